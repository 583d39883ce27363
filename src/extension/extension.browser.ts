// Web entry (VS Code for the Web, worker extension host): the same features, no Node APIs;
// analysis runs in a nested dedicated worker.
import type * as vscode from 'vscode';
import { activateWith, type ZitatlupeApi } from './activate';
import { webWorker } from './worker/transport.browser';

export { deactivate } from './activate';

export function activate(context: vscode.ExtensionContext): ZitatlupeApi {
  return activateWith(context, webWorker(context.extensionUri));
}
