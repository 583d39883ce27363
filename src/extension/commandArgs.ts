// What a decision command is about, whichever way the user reached it: the Command Palette and
// keybindings pass nothing (the item under the cursor), hover links and lightbulb actions pass
// (article URI, id), the navigator's inline buttons and context menu pass its tree node (and, with
// several rows selected, all selected nodes), the editor's context menu passes the article's Uri.
import * as vscode from 'vscode';

export interface CommandTarget {
  /** The article; absent: the active editor's. */
  uri?: string;
  /** The suggestion or annotation; absent: the one under the cursor. */
  id?: string;
}

/** A navigator row that stands for one suggestion or annotation. */
export interface ItemNode {
  kind: 'quote' | 'hedge' | 'orphan';
  uri: string;
  itemId: string;
}

function isItemNode(x: unknown): x is ItemNode {
  return typeof x === 'object' && x !== null && typeof (x as ItemNode).uri === 'string' && typeof (x as ItemNode).itemId === 'string'
    && ['quote', 'hedge', 'orphan'].includes((x as ItemNode).kind);
}

export function commandTargets(args: readonly unknown[]): CommandTarget[] {
  const [first, second] = args;
  if (typeof first === 'string') return [{ uri: first, ...(typeof second === 'string' ? { id: second } : {}) }];
  if (first instanceof vscode.Uri) return [{ uri: first.toString() }];
  if (isItemNode(first)) {
    const selected = Array.isArray(second) ? second.filter(isItemNode) : [];
    const nodes = selected.some((n) => n.itemId === first.itemId && n.uri === first.uri) ? selected : [first];
    return nodes.map((n) => ({ uri: n.uri, id: n.itemId }));
  }
  return [{}];
}

/**
 * The article a link or menu names, once it is one this window works on: a document open here or a
 * file inside a workspace folder. Arguments of command links can come from anywhere (a hover's
 * Markdown, a keybinding, another extension), so anything else is refused, not opened.
 */
export function articleUri(raw: string): vscode.Uri {
  let uri: vscode.Uri;
  try {
    uri = vscode.Uri.parse(raw, true);
  } catch {
    throw new Error(vscode.l10n.t('Refused: {0} is not an article of this workspace.', raw));
  }
  const open = vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());
  if (!open && !vscode.workspace.getWorkspaceFolder(uri)) throw new Error(vscode.l10n.t('Refused: {0} is not an article of this workspace.', raw));
  return uri;
}
