// "Zitatlupe: Check Quotes Against Source…": every direct quote of the active article against a
// transcript or press release. The verdicts are diagnostics on the quotes (Problems, squiggles,
// hover), each with a word diff and a link to its passage in the source; they are cleared when the
// article changes, so a stale verdict never stands. The source is recorded in the sidecar (path and
// sha256): the check reruns on the recorded sources whenever the article is analysed, and says when
// a source changed since. The last check's report can be saved as Markdown.
import * as vscode from 'vscode';
import { decodeUtf8, sha256Hex, type SourceRecord } from '../annotations';
import { bestMatch, SourceIndex, type DiffOp, type Verdict } from '../core';
import { verificationReport, type CheckedQuote, type CheckedSource } from '../export';
import type { AnalysisService } from './analysisService';
import type { AnnotationStore } from './annotationStore';
import { writeAtomic } from './files';

/** `record: false` checks without writing the source into the sidecar. */
export interface SourceCheckArgs { source: string; article?: string; record?: boolean }
export interface SourceCheckResult { id: string; text: string; verdict: Verdict; line?: number }

export const verdictLabel = (v: Verdict): string => ({
  'exact': vscode.l10n.t('exact'),
  'exact-except-punctuation': vscode.l10n.t('exact except punctuation or case'),
  'shortened': vscode.l10n.t('shortened'),
  'words-changed': vscode.l10n.t('words changed'),
  'not-found': vscode.l10n.t('not found in the source'),
})[v];

/** Word diff for a diagnostic: ~~source~~ → quote, as plain text. */
const diffText = (diff: DiffOp[]) => diff.map((d) => (d.op === 'same' ? d.quote : d.op === 'changed' ? `[${d.source} → ${d.quote}]` : d.op === 'added' ? `[+ ${d.quote}]` : `[− ${d.source}]`)).join(' ');

interface LoadedSource {
  uri: vscode.Uri;
  raw: string;
  index: SourceIndex;
  sha256: string;
  /** The source's text differs from what the sidecar recorded. */
  changed: boolean;
}

/** The verdict of each quote of each checked article, for the navigator. */
export class SourceVerdicts implements vscode.Disposable {
  private readonly byArticle = new Map<string, Map<string, Verdict>>();
  private readonly changed = new vscode.EventEmitter<string>();
  readonly onDidChange = this.changed.event;

  get(article: string, quoteId: string): Verdict | undefined {
    return this.byArticle.get(article)?.get(quoteId);
  }

  set(article: string, verdicts: Map<string, Verdict> | undefined): void {
    if (verdicts) this.byArticle.set(article, verdicts); else if (!this.byArticle.delete(article)) return;
    this.changed.fire(article);
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** The source's path relative to the article's folder (POSIX), as the sidecar records it. */
function relativePath(article: vscode.Uri, source: vscode.Uri): string {
  const from = article.path.split('/').slice(0, -1), to = source.path.split('/');
  let k = 0;
  while (k < from.length && k < to.length - 1 && from[k] === to[k]) k++;
  return [...from.slice(k).map(() => '..'), ...to.slice(k)].join('/');
}

export function registerSourceCheck(service: AnalysisService, store: AnnotationStore, verdicts: SourceVerdicts): vscode.Disposable[] {
  const diagnostics = vscode.languages.createDiagnosticCollection('zitatlupe-source');
  /** Per document: the version and recorded sources its verdicts were computed for. */
  const checked = new Map<string, string>();
  const lastReport = new Map<string, { article: string; sources: CheckedSource[]; quotes: CheckedQuote[] }>();

  /** Checks every direct quote against the sources and shows the verdicts. */
  async function check(doc: vscode.TextDocument, sources: LoadedSource[]): Promise<SourceCheckResult[]> {
    const analysed = await service.whenAnalysed(doc);
    const quotes = (analysed?.analysis?.quotes ?? []).filter((q) => q.type === 'direct');
    const indexed = sources.map((s) => ({ ...s, name: s.uri.path.split('/').pop()! }));
    const results: SourceCheckResult[] = [];
    const found: vscode.Diagnostic[] = [];
    const report: CheckedQuote[] = [];
    for (const q of quotes) {
      const { source: s, match: r } = bestMatch(indexed, q.text);
      results.push({ id: q.id, text: q.text, verdict: r.verdict, ...(r.line ? { line: r.line } : {}) });
      report.push({ text: q.text, speaker: q.speaker?.name ?? q.speaker?.text ?? null, verdict: r.verdict, ...(r.line ? { line: r.line } : {}), diff: r.diff, ...(indexed.length > 1 ? { source: s.name } : {}) });
      const bad = r.verdict === 'words-changed' || r.verdict === 'not-found';
      const detail = r.verdict === 'shortened' || r.verdict === 'words-changed' ? ` — ${diffText(r.diff)}` : '';
      const changed = s.changed ? ` ${vscode.l10n.t('(the source changed since it was recorded)')}` : '';
      const d = new vscode.Diagnostic(new vscode.Range(doc.positionAt(q.start), doc.positionAt(q.end)),
        vscode.l10n.t('Source: {0}{1}', verdictLabel(r.verdict), detail) + changed, bad ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Information);
      d.source = 'Zitatlupe';
      d.code = r.verdict;
      if (r.start !== undefined && r.end !== undefined) {
        const position = (offset: number) => new vscode.Position(...s.index.lines.position(offset));
        const passage = s.raw.slice(r.start, r.end).replace(/\s+/g, ' ').slice(0, 120);
        d.relatedInformation = [new vscode.DiagnosticRelatedInformation(new vscode.Location(s.uri, new vscode.Range(position(r.start), position(r.end))),
          vscode.l10n.t('the passage in {0}, line {1}: {2}', s.name, r.line!, passage))];
      }
      found.push(d);
    }
    diagnostics.set(doc.uri, found);
    verdicts.set(doc.uri.toString(), new Map(results.map((r) => [r.id, r.verdict])));
    lastReport.set(doc.uri.toString(), { article: doc.uri.path.split('/').pop()!, sources: indexed.map((s) => ({ name: relativePath(doc.uri, s.uri), sha256: s.sha256, changed: s.changed })), quotes: report });
    return results;
  }

  /** Sources read and indexed, kept while the file's time and size stay: the rerun after each analysis reads nothing again. */
  const loaded = new Map<string, { stamp: string; source: Omit<LoadedSource, 'changed'> }>();
  async function load(uri: vscode.Uri, recorded?: SourceRecord): Promise<LoadedSource> {
    const stat = await vscode.workspace.fs.stat(uri);
    const stamp = `${stat.mtime}:${stat.size}`;
    let hit = loaded.get(uri.toString());
    if (hit?.stamp !== stamp) {
      const raw = decodeUtf8(await vscode.workspace.fs.readFile(uri), uri.path.split('/').pop());
      hit = { stamp, source: { uri, raw, index: new SourceIndex(raw), sha256: await sha256Hex(raw) } };
      loaded.set(uri.toString(), hit);
    }
    return { ...hit.source, changed: !!recorded && recorded.sha256 !== hit.source.sha256 };
  }

  /** Reruns the check for an article whose sidecar records sources, once per text version. */
  async function rerun(doc: vscode.TextDocument): Promise<void> {
    const recorded = store.get(doc.uri)?.data?.sources;
    if (!recorded?.length || doc.uri.scheme === 'untitled') return;
    const key = `${doc.version}|${JSON.stringify(recorded)}`;
    if (checked.get(doc.uri.toString()) === key) return;
    checked.set(doc.uri.toString(), key);
    const folder = vscode.Uri.joinPath(doc.uri, '..');
    const sources = (await Promise.all(recorded.map((r) => load(vscode.Uri.joinPath(folder, r.path), r).catch(() => undefined)))).filter((s): s is LoadedSource => !!s);
    if (sources.length && checked.get(doc.uri.toString()) === key) await check(doc, sources);
  }

  const command = vscode.commands.registerCommand('zitatlupe.checkAgainstSource', async (args?: SourceCheckArgs): Promise<SourceCheckResult[] | undefined> => {
    const doc = args?.article ? await vscode.workspace.openTextDocument(vscode.Uri.parse(args.article)) : vscode.window.activeTextEditor?.document;
    if (!doc) return void vscode.window.showInformationMessage(vscode.l10n.t('Open the article whose quotes you want to check.'));
    const sourceUri = args?.source ? vscode.Uri.parse(args.source) : (await vscode.window.showOpenDialog({
      title: vscode.l10n.t('Source to check the quotes against (transcript, press release, subtitles)'),
      filters: { [vscode.l10n.t('Text, Markdown, subtitles')]: ['txt', 'md', 'markdown', 'vtt', 'srt'] }, canSelectMany: false,
    }))?.[0];
    if (!sourceUri) return;
    try {
      const source = await load(sourceUri);
      const results = await check(doc, [source]);
      // Recorded in the sidecar (undoable like a decision), so the check reruns and a reviewer sees it.
      let recorded = false;
      if (args?.record !== false && vscode.workspace.isTrusted && doc.uri.scheme !== 'untitled' && !store.refusal(doc.uri)) {
        const entry: SourceRecord = { path: relativePath(doc.uri, sourceUri), sha256: source.sha256, checked: new Date().toISOString() };
        await store.update(doc, (data) => ({ ...data, sources: [...(data.sources ?? []).filter((x) => x.path !== entry.path), entry] }));
        checked.set(doc.uri.toString(), `${doc.version}|${JSON.stringify(store.get(doc.uri)?.data?.sources)}`);
        recorded = true;
      }
      if (!args) {
        const bad = results.filter((r) => r.verdict === 'words-changed' || r.verdict === 'not-found').length;
        const save = vscode.l10n.t('Save Report…');
        const message = vscode.l10n.t('Checked {0} direct quotes against {1}: {2} with words changed or not found.', results.length, sourceUri.path.split('/').pop()!, bad)
          + (recorded ? ' ' + vscode.l10n.t('The source is recorded in the sidecar; the check reruns when the article opens.') : '');
        if (await vscode.window.showInformationMessage(message, save) === save) await vscode.commands.executeCommand('zitatlupe.saveSourceReport', doc.uri.toString());
      }
      return results;
    } catch (e) {
      if (args) throw e;
      void vscode.window.showErrorMessage(vscode.l10n.t('The source check failed: {0}', (e as Error).message));
      return undefined;
    }
  });
  // The report of the last check, as Markdown (German, like the annotation report).
  const saveReport = vscode.commands.registerCommand('zitatlupe.saveSourceReport', async (article?: unknown, target?: unknown): Promise<string | undefined> => {
    const key = typeof article === 'string' ? article : vscode.window.activeTextEditor?.document.uri.toString();
    const last = key ? lastReport.get(key) : undefined;
    if (!last) return void vscode.window.showInformationMessage(vscode.l10n.t('Check the article against a source first.'));
    const markdown = verificationReport(last.article, last.sources, last.quotes);
    const uri = typeof target === 'string' ? vscode.Uri.parse(target) : await vscode.window.showSaveDialog({
      defaultUri: vscode.Uri.parse(key!).with({ path: vscode.Uri.parse(key!).path.replace(/(\.news)?\.txt$/, '') + '.quellenpruefung.md' }),
      filters: { Markdown: ['md'] }, title: vscode.l10n.t('Save the source check report'),
    });
    if (!uri) return undefined;
    if (!vscode.workspace.isTrusted) return void vscode.window.showWarningMessage(vscode.l10n.t('This workspace is not trusted: Zitatlupe exports nothing here. Trust the workspace to export.'));
    await writeAtomic(uri, markdown);
    return uri.toString();
  });
  // A verdict is about the text it was made on: cleared at once, checked again once analysed.
  const clear = (uri: vscode.Uri) => { diagnostics.delete(uri); verdicts.set(uri.toString(), undefined); };
  const stale = vscode.workspace.onDidChangeTextDocument((e) => { if (e.contentChanges.length && diagnostics.has(e.document.uri)) clear(e.document.uri); });
  const closed = vscode.workspace.onDidCloseTextDocument((doc) => { clear(doc.uri); checked.delete(doc.uri.toString()); lastReport.delete(doc.uri.toString()); });
  const analysed = service.onDidAnalyze((r) => { if (r.document && r.analysis) void rerun(r.document); });
  const sidecars = store.onDidChange((state) => {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === state.article.toString());
    if (doc) void rerun(doc);
  });
  return [diagnostics, command, saveReport, stale, closed, analysed, sidecars];
}
