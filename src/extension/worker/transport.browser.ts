// The analysis worker of the web extension host: a dedicated worker made from the bundled script
// (read through the workspace file system and started from a blob URL, which is same-origin).
import * as vscode from 'vscode';
import type { WorkerReply, WorkerTransport } from './protocol';

// (The web host's Worker; the project compiles without the DOM library.)
declare const Worker: new (url: string) => {
  postMessage(m: unknown): void;
  onmessage: ((e: { data: WorkerReply }) => void) | null;
  onerror: ((e: { message?: string; preventDefault?(): void }) => void) | null;
  terminate(): void;
};

export function webWorker(extensionUri: vscode.Uri): () => Promise<WorkerTransport> {
  // One blob URL for the session: a worker ended by a restart may still be loading it.
  let script: string | undefined;
  return async () => {
    if (!script) {
      const code = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'dist', 'web', 'analysisWorker.js'));
      script ??= URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
    }
    const worker = new Worker(script);
    return {
      post: (m) => worker.postMessage(m),
      onMessage: (listener) => { worker.onmessage = (e) => listener(e.data); },
      onError: (listener) => { worker.onerror = (e) => { e.preventDefault?.(); listener(e.message ?? 'the worker script failed'); }; },
      terminate: () => worker.terminate(),
    };
  };
}
