// Desktop entry (Node extension host): analysis runs in a worker thread.
import type * as vscode from 'vscode';
import { activateWith, type ZitatlupeApi } from './activate';
import { rename } from 'node:fs/promises';
import { useAtomicReplace } from './files';
import { nodeWorker } from './worker/transport.node';

export { deactivate } from './activate';

export function activate(context: vscode.ExtensionContext): ZitatlupeApi {
  useAtomicReplace(rename);
  return activateWith(context, nodeWorker(context.extensionPath));
}
