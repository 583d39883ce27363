// The analysis worker of the desktop extension host: a Node worker thread.
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { WorkerReply, WorkerTransport } from './protocol';

export function nodeWorker(extensionPath: string): () => Promise<WorkerTransport> {
  return async () => {
    const worker = new Worker(join(extensionPath, 'dist', 'analysisWorker.js'));
    // (The worker must not keep the extension host alive on shutdown.)
    worker.unref();
    return {
      post: (m) => worker.postMessage(m),
      onMessage: (listener) => worker.on('message', (r: WorkerReply) => listener(r)),
      onError: (listener) => worker.on('error', (e) => listener(e.message)),
      terminate: () => void worker.terminate(),
    };
  };
}
