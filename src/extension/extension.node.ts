// Desktop entry (Node extension host): analysis runs in a worker thread.
import type * as vscode from 'vscode';
import { activateWith, type ZitatlupeApi } from './activate';
import { nodeWorker } from './worker/transport.node';

export { deactivate } from './activate';

export function activate(context: vscode.ExtensionContext): ZitatlupeApi {
  return activateWith(context, nodeWorker(context.extensionPath));
}
