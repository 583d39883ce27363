// "Zitatlupe: Export annotations…": a format, a scope (this article or the whole workspace) and a
// place to save. The workspace export shows progress, can be cancelled, and reports skipped files.
import * as vscode from 'vscode';
import { decodeUtf8, FileError, parseSidecar } from '../annotations';
import { Analyzer, InputError } from '../core';
import { settings } from './settings';
import { workspaceArticles } from './workspaceArticles';
import { buildExport, exportFormat, FORMATS, type ExportDoc, type Format } from '../export';
import type { AnnotationStore } from './annotationStore';
import { writeAtomic } from './files';
import { counted } from './labels';

/** Arguments for running the export without pickers: `vscode.commands.executeCommand('zitatlupe.export', {…})`. */
export interface ExportArgs {
  format: Format;
  scope?: 'article' | 'workspace';
  include?: 'accepted' | 'suggestions';
  /** A file (one article, CSV) or folder URI as a string. */
  target: string;
}

export function registerExportCommand(store: AnnotationStore): vscode.Disposable {
  return vscode.commands.registerCommand('zitatlupe.export', async (args?: ExportArgs) => {
    if (!vscode.workspace.isTrusted) return void vscode.window.showWarningMessage(vscode.l10n.t('This workspace is not trusted: Zitatlupe exports nothing here. Trust the workspace to export.'));
    // With arguments (keybindings, tasks, tests) the pickers and dialogs are skipped.
    // (Labels and exporters come from the format registry, shared with the CLI.)
    const format = args?.format ? { f: exportFormat(args.format) } : await vscode.window.showQuickPick(
      FORMATS.map((id) => exportFormat(id)).map((f) => ({ label: vscode.l10n.t(f.label), f })), { title: vscode.l10n.t('Export annotations: format') });
    if (!format) return;
    const active = vscode.window.activeTextEditor?.document;
    const scopes = [
      ...(active && !active.isUntitled ? [{ label: vscode.l10n.t('This article'), workspace: false }] : []),
      { label: vscode.l10n.t('All articles in the workspace'), workspace: true },
    ];
    const scope = args?.scope ? { workspace: args.scope === 'workspace' } : scopes.length === 1 ? scopes[0] : await vscode.window.showQuickPick(scopes, { title: vscode.l10n.t('Export annotations: which articles?') });
    if (!scope) return;
    const include = args?.include ? { suggestions: args.include === 'suggestions' } : await vscode.window.showQuickPick([
      { label: vscode.l10n.t('Accepted only'), suggestions: false },
      { label: vscode.l10n.t('Accepted and open suggestions'), suggestions: true },
    ], { title: vscode.l10n.t('Export annotations: what?') });
    if (!include) return;
    const found = scope.workspace ? await workspaceArticles() : { articles: [active!.uri], skipped: [] };
    const files = found.articles;
    if (!files.length) return void vscode.window.showInformationMessage(vscode.l10n.t('No articles to export in the workspace.'));
    // (A format that needs a folder of its own, brat, always writes into one.)
    const many = files.length > 1 || !!format.f.folderFiles;
    const target = args?.target ? vscode.Uri.parse(args.target) : many
      ? (await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: vscode.l10n.t('Export here'), title: vscode.l10n.t('Folder for the exported files') }))?.[0]
      : await vscode.window.showSaveDialog({ defaultUri: files[0].with({ path: files[0].path.replace(/(\.news)?\.txt$/, '') + '.' + format.f.extension }), title: vscode.l10n.t('Save the export') });
    if (!target) return;
    const skipped: string[] = [...found.skipped];
    const docs: ExportDoc[] = [];
    const uris: vscode.Uri[] = [];
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Exporting annotations'), cancellable: true }, async (progress, token) => {
      const analyzer = new Analyzer({ interviewTurns: settings().interviewTurns });
      for (const [k, uri] of files.entries()) {
        if (token.isCancellationRequested) { skipped.push(vscode.l10n.t('{0} more: cancelled', files.length - k)); break; }
        progress.report({ message: uri.path.split('/').pop(), increment: 100 / files.length });
        try {
          const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
          const text = open?.getText() ?? decodeUtf8(await vscode.workspace.fs.readFile(uri));
          const state = store.get(uri);
          let sidecar = state?.data;
          // Pending decisions are written first; then the file on disk is what counts. A sidecar
          // changed outside (git pull, an editor) since it was loaded is read again rather than
          // exported from the loaded copy before the file watcher catches up.
          if (state) await store.flush(uri);
          const raw = await vscode.workspace.fs.readFile(store.sidecarUri(uri)).then((b) => decodeUtf8(b, 'its sidecar'), (e) => (e instanceof FileError ? Promise.reject(e) : undefined));
          if (!state || (!state.dirty && raw !== state.diskText)) {
            sidecar = undefined;
            if (raw !== undefined) {
              const parsed = parseSidecar(raw);
              if (!parsed.data) throw new Error(vscode.l10n.t('its sidecar is invalid (line {0})', parsed.issues[0]?.line ?? 1));
              sidecar = parsed.data;
            }
          } else if (state.parsed && !state.parsed.data) {
            throw new Error(vscode.l10n.t('its sidecar is invalid (line {0})', state.parsed.issues[0]?.line ?? 1));
          }
          docs.push(buildExport(uri.path.split('/').pop()!, text, analyzer.analyze(text), sidecar, { includeSuggestions: include.suggestions }));
          uris.push(uri);
        } catch (e) {
          skipped.push(`${vscode.workspace.asRelativePath(uri)}: ${e instanceof InputError ? e.message : (e as Error).message}`);
        }
      }
    });
    // Whole files or none; an article never overwritten by its own export.
    const write = async (uri: vscode.Uri, content: string) => {
      if (uris.some((u) => u.toString() === uri.toString())) throw new Error(vscode.l10n.t('{0} is an article: not overwritten', vscode.workspace.asRelativePath(uri)));
      await writeAtomic(uri, content);
    };
    const stem = (d: ExportDoc) => d.file.replace(/\.txt$/, '');
    const fmt = format.f;
    // W3C's target.source: the article's URI, or its path under zitatlupe.export.baseIri.
    const baseIri = vscode.workspace.getConfiguration('zitatlupe').get<string>('export.baseIri', '');
    const sourceOf = (uri: vscode.Uri) => (baseIri ? new URL(vscode.workspace.asRelativePath(uri, false).split('/').map(encodeURIComponent).join('/'), baseIri).href : uri.toString());
    // Folder exports keep each article's folder (relative to the workspace), so equal names never collide.
    const folderOf = (uri: vscode.Uri) => vscode.workspace.asRelativePath(uri, false).split('/').slice(0, -1);
    if (!many) {
      const d = docs[0];
      if (d) await write(target, fmt.files(d, stem(d), { source: sourceOf(uris[0]) })[0].content);
    } else if (fmt.oneFileForMany) {
      await write(vscode.Uri.joinPath(target, `zitatlupe.${fmt.extension}`), fmt.oneFileForMany(docs));
    } else {
      for (const [k, d] of docs.entries()) {
        const dir = vscode.Uri.joinPath(target, ...folderOf(uris[k]));
        await vscode.workspace.fs.createDirectory(dir);
        for (const f of fmt.files(d, stem(d), { source: sourceOf(uris[k]) })) await write(vscode.Uri.joinPath(dir, f.name), f.content);
      }
      for (const f of fmt.folderFiles ?? []) await write(vscode.Uri.joinPath(target, f.name), f.content);
    }
    const items = docs.reduce((n, d) => n + d.items.length, 0);
    const moved = docs.reduce((n, d) => n + d.moved, 0);
    const orphans = docs.reduce((n, d) => n + d.orphans.length, 0);
    // What re-anchoring did is said, so nobody takes an export for the sidecar's old offsets.
    const message = [vscode.l10n.t('Exported {0} {1}.', counted.items(items), counted.fromArticles(docs.length)),
      ...(moved ? [`${counted.movedDecisions(moved)}.`] : []), ...(orphans ? [`${counted.orphansLeftOut(orphans)}.`] : [])].join(' ');
    if (args) return { items, articles: docs.length, moved, orphans, skipped };
    if (skipped.length) {
      const show = vscode.l10n.t('Show skipped');
      if (await vscode.window.showWarningMessage(`${message} ${vscode.l10n.t('{0} skipped.', skipped.length)}`, show) === show) {
        const doc = await vscode.workspace.openTextDocument({ content: skipped.join('\n'), language: 'plaintext' });
        await vscode.window.showTextDocument(doc);
      }
    } else {
      void vscode.window.showInformationMessage(message);
    }
  });
}
