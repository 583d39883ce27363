// The analysis worker in the desktop (Node) extension host: a worker thread.
import { parentPort } from 'node:worker_threads';
import type { WorkerRequest } from './protocol';
import { serve } from './serve';

const port = parentPort!;
const handle = serve((reply) => port.postMessage(reply));
port.on('message', (request: WorkerRequest) => handle(request));
