// "Zitatlupe: Import Annotations…": a brat .ann or a W3C Web Annotation file into the open
// article's sidecar, through the store (validation, undo, atomic write), merged by id or replacing.
import * as vscode from 'vscode';
import { decodeUtf8, planImport, type ImportMode, type ImportPlan } from '../annotations';
import { fromBrat, fromW3c, type ImportResult } from '../export';
import type { AnnotationStore } from './annotationStore';

/** Arguments for running the import without pickers (tests, other extensions). */
export interface ImportArgs {
  /** The brat or W3C file, a URI as a string. */
  file: string;
  /** The article, a URI as a string (default: the active editor's). */
  article?: string;
  mode?: ImportMode;
}

export interface ImportSummary { added: number; replaced: number; unchanged: number; removed: number; problems: string[] }

function readImport(name: string, file: vscode.Uri, raw: string, text: string): ImportResult {
  if (/\.ann$/i.test(file.path)) return fromBrat(name, text, raw);
  let json: unknown;
  try { json = JSON.parse(raw); } catch (e) { throw new Error(vscode.l10n.t('{0} is not JSON: {1}', file.path.split('/').pop()!, (e as Error).message)); }
  return fromW3c(name, text, json);
}

export function registerImportCommand(store: AnnotationStore): vscode.Disposable {
  return vscode.commands.registerCommand('zitatlupe.importAnnotations', async (args?: ImportArgs): Promise<ImportSummary | undefined> => {
    try {
      if (!vscode.workspace.isTrusted) return void vscode.window.showWarningMessage(vscode.l10n.t('This workspace is not trusted: Zitatlupe imports nothing here. Trust the workspace to import.'));
      const doc = args?.article ? await vscode.workspace.openTextDocument(vscode.Uri.parse(args.article)) : vscode.window.activeTextEditor?.document;
      if (!doc) return void vscode.window.showInformationMessage(vscode.l10n.t('Open the article to import annotations into.'));
      const file = args?.file ? vscode.Uri.parse(args.file) : (await vscode.window.showOpenDialog({
        title: vscode.l10n.t('Import annotations into {0}', doc.uri.path.split('/').pop()!),
        filters: { [vscode.l10n.t('brat or W3C Web Annotation')]: ['ann', 'json', 'jsonld'] }, canSelectMany: false,
      }))?.[0];
      if (!file) return;
      const mode = args?.mode ?? (await vscode.window.showQuickPick([
        { label: vscode.l10n.t('Merge'), detail: vscode.l10n.t('Take the imported annotations by id and keep all others of the sidecar'), mode: 'merge' as const },
        { label: vscode.l10n.t('Replace'), detail: vscode.l10n.t('Keep only the imported annotations („Undo the Last Decision“ brings the old ones back)'), mode: 'replace' as const },
      ], { title: vscode.l10n.t('Import annotations: merge or replace?') }))?.mode;
      if (!mode) return;
      const result = readImport(doc.uri.path.split('/').pop()!, file, decodeUtf8(await vscode.workspace.fs.readFile(file), file.path.split('/').pop()), doc.getText());
      let plan: ImportPlan | undefined;
      await store.update(doc, (data) => (plan = planImport(data, result.data, mode)).data);
      await store.flush(doc.uri);
      const summary: ImportSummary = { added: plan!.added.length, replaced: plan!.replaced.length, unchanged: plan!.unchanged.length, removed: plan!.removed.length, problems: result.problems };
      if (args) return summary;
      const message = vscode.l10n.t('Imported: {0} new, {1} changed, {2} unchanged, {3} removed.', summary.added, summary.replaced, summary.unchanged, summary.removed);
      if (!result.problems.length) return void vscode.window.showInformationMessage(message);
      const show = vscode.l10n.t('Show what was left out');
      if (await vscode.window.showWarningMessage(`${message} ${vscode.l10n.t('{0} lines not imported.', result.problems.length)}`, show) === show) {
        await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ content: result.problems.map((p) => `${file.path.split('/').pop()}: ${p}`).join('\n'), language: 'plaintext' }));
      }
    } catch (e) {
      if (args) throw e;
      void vscode.window.showErrorMessage(vscode.l10n.t('Import failed: {0}', (e as Error).message));
    }
    return undefined;
  });
}
