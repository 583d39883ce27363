// The workspace's articles, found the way the editor decides what an article is; shared by the
// workspace export and the speaker index.
import * as vscode from 'vscode';
import { exportOutputMarker, whyNotAnArticle, type ArticleRules } from '../core';

/**
 * The workspace's articles by the editor's own rules (language, date header, zitatlupe.languages),
 * leaving out folders of export output; with what was skipped and why. Search when available,
 * else a walk of the folders.
 */
export async function workspaceArticles(): Promise<{ articles: vscode.Uri[]; skipped: string[] }> {
  const c = vscode.workspace.getConfiguration('zitatlupe');
  const rules: ArticleRules = { languages: c.get<string[]>('languages', ['german-news']), detectNewsHeader: c.get<boolean>('detectNewsHeader', true) };
  const candidates: vscode.Uri[] = [];
  const exportFolders: vscode.Uri[] = [];
  try {
    candidates.push(...await vscode.workspace.findFiles('**/*.{txt,md,markdown}', '**/{node_modules,.git}/**'));
    exportFolders.push(...(await vscode.workspace.findFiles('**/annotation.conf', '**/{node_modules,.git}/**')).map((u) => vscode.Uri.joinPath(u, '..')));
  } catch {
    const walk = async (dir: vscode.Uri, depth: number): Promise<void> => {
      const entries = await vscode.workspace.fs.readDirectory(dir);
      if (exportOutputMarker(entries.map(([name]) => name))) exportFolders.push(dir);
      for (const [name, type] of entries) {
        const uri = vscode.Uri.joinPath(dir, name);
        if (type === vscode.FileType.Directory && depth < 8 && name !== 'node_modules' && !name.startsWith('.')) await walk(uri, depth + 1);
        else if (type === vscode.FileType.File) candidates.push(uri);
      }
    };
    for (const f of vscode.workspace.workspaceFolders ?? []) await walk(f.uri, 0);
  }
  const articles: vscode.Uri[] = [];
  const skipped = exportFolders.map((u) => vscode.l10n.t('{0}: export output (holds annotation.conf)', vscode.workspace.asRelativePath(u)));
  for (const uri of candidates.sort((a, b) => a.path.localeCompare(b.path))) {
    if (exportFolders.some((d) => uri.path.startsWith(d.path + '/'))) continue;
    const head = uri.path.endsWith('.txt') && !uri.path.endsWith('.news.txt') ? await readHead(uri) : '';
    const why = whyNotAnArticle(uri.path.split('/').pop()!, () => head, rules);
    if (why === undefined) articles.push(uri);
    else if (why.startsWith('plain text')) skipped.push(vscode.l10n.t('{0}: plain text without a „date YYYY-MM-DD“ first line (add plaintext to zitatlupe.languages to take it)', vscode.workspace.asRelativePath(uri)));
  }
  return { articles, skipped };
}

async function readHead(uri: vscode.Uri): Promise<string> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText(new vscode.Range(0, 0, 1, 0));
  return new TextDecoder().decode((await vscode.workspace.fs.readFile(uri)).slice(0, 256));
}
