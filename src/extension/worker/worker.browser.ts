// The analysis worker in the web extension host: a dedicated worker.
import type { WorkerRequest } from './protocol';
import { serve } from './serve';

declare const self: { postMessage(message: unknown): void; onmessage: ((e: { data: WorkerRequest }) => void) | null };

const handle = serve((reply) => self.postMessage(reply));
self.onmessage = (e) => handle(e.data);
