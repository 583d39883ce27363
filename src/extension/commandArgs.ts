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
