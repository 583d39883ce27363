// VS Code ranks a file extension above a first-line pattern, so `firstLine` alone never turns a
// `.txt` article into german-news. Plain-text documents whose first line is the `date YYYY-MM-DD`
// header are switched here, once per opened document (the user can switch back).
import * as vscode from 'vscode';
import { hasNewsHeader } from '../core';

export function registerHeaderDetection(): vscode.Disposable {
  const switched = new Set<string>();
  const check = (doc: vscode.TextDocument) => {
    if (doc.languageId !== 'plaintext' || switched.has(doc.uri.toString())) return;
    if (!vscode.workspace.getConfiguration('zitatlupe').get<boolean>('detectNewsHeader', true)) return;
    if (!hasNewsHeader(doc.getText(new vscode.Range(0, 0, 1, 0)))) return;
    switched.add(doc.uri.toString());
    void vscode.languages.setTextDocumentLanguage(doc, 'german-news');
  };
  vscode.workspace.textDocuments.forEach(check);
  const subscriptions = [
    vscode.workspace.onDidOpenTextDocument(check),
    vscode.workspace.onDidCloseTextDocument((d) => switched.delete(d.uri.toString())),
  ];
  return { dispose: () => subscriptions.forEach((s) => s.dispose()) };
}
