// "Zitatlupe: Check Quotes Against Source…": every direct quote of the active article against a
// transcript or press release. The verdicts are diagnostics on the quotes (Problems, squiggles,
// hover), each with a word diff and a link to its passage in the source; they are cleared when the
// article changes, so a stale verdict never stands.
import * as vscode from 'vscode';
import { decodeUtf8 } from '../annotations';
import { SourceIndex, type DiffOp, type Verdict } from '../core';
import type { AnalysisService } from './analysisService';

export interface SourceCheckArgs { source: string; article?: string }
export interface SourceCheckResult { id: string; text: string; verdict: Verdict; line?: number }

const verdictLabel = (v: Verdict): string => ({
  'exact': vscode.l10n.t('exact'),
  'exact-except-punctuation': vscode.l10n.t('exact except punctuation or case'),
  'shortened': vscode.l10n.t('shortened'),
  'words-changed': vscode.l10n.t('words changed'),
  'not-found': vscode.l10n.t('not found in the source'),
})[v];

/** Word diff for a diagnostic: ~~source~~ → quote, as plain text. */
const diffText = (diff: DiffOp[]) => diff.map((d) => (d.op === 'same' ? d.quote : d.op === 'changed' ? `[${d.source} → ${d.quote}]` : d.op === 'added' ? `[+ ${d.quote}]` : `[− ${d.source}]`)).join(' ');

export function registerSourceCheck(service: AnalysisService): vscode.Disposable[] {
  const diagnostics = vscode.languages.createDiagnosticCollection('zitatlupe-source');
  const command = vscode.commands.registerCommand('zitatlupe.checkAgainstSource', async (args?: SourceCheckArgs): Promise<SourceCheckResult[] | undefined> => {
    const doc = args?.article ? await vscode.workspace.openTextDocument(vscode.Uri.parse(args.article)) : vscode.window.activeTextEditor?.document;
    if (!doc) return void vscode.window.showInformationMessage(vscode.l10n.t('Open the article whose quotes you want to check.'));
    const sourceUri = args?.source ? vscode.Uri.parse(args.source) : (await vscode.window.showOpenDialog({
      title: vscode.l10n.t('Source to check the quotes against (transcript, press release, subtitles)'),
      filters: { [vscode.l10n.t('Text, Markdown, subtitles')]: ['txt', 'md', 'markdown', 'vtt', 'srt'] }, canSelectMany: false,
    }))?.[0];
    if (!sourceUri) return;
    try {
      const raw = decodeUtf8(await vscode.workspace.fs.readFile(sourceUri), sourceUri.path.split('/').pop());
      const analysed = await service.whenAnalysed(doc);
      const quotes = (analysed?.analysis?.quotes ?? []).filter((q) => q.type === 'direct');
      const index = new SourceIndex(raw);
      const sourceLines = raw.split('\n');
      const lineStarts = sourceLines.reduce<number[]>((starts, _line, k) => (k ? [...starts, starts[k - 1] + sourceLines[k - 1].length + 1] : [0]), []);
      const position = (offset: number) => {
        const line = index.lineOf(offset);
        return new vscode.Position(line - 1, offset - lineStarts[line - 1]);
      };
      const results: SourceCheckResult[] = [];
      const found: vscode.Diagnostic[] = [];
      for (const q of quotes) {
        const r = index.check(q.text);
        results.push({ id: q.id, text: q.text, verdict: r.verdict, ...(r.line ? { line: r.line } : {}) });
        const bad = r.verdict === 'words-changed' || r.verdict === 'not-found';
        const detail = r.verdict === 'shortened' || r.verdict === 'words-changed' ? ` — ${diffText(r.diff)}` : '';
        const d = new vscode.Diagnostic(new vscode.Range(doc.positionAt(q.start), doc.positionAt(q.end)),
          vscode.l10n.t('Source: {0}{1}', verdictLabel(r.verdict), detail), bad ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Information);
        d.source = 'Zitatlupe';
        d.code = r.verdict;
        if (r.start !== undefined && r.end !== undefined) {
          d.relatedInformation = [new vscode.DiagnosticRelatedInformation(new vscode.Location(sourceUri, new vscode.Range(position(r.start), position(r.end))),
            vscode.l10n.t('the passage in {0}, line {1}: {2}', sourceUri.path.split('/').pop()!, r.line!, (sourceLines[r.line! - 1] ?? '').trim().slice(0, 120)))];
        }
        found.push(d);
      }
      diagnostics.set(doc.uri, found);
      if (!args) {
        const bad = results.filter((r) => r.verdict === 'words-changed' || r.verdict === 'not-found').length;
        void vscode.window.showInformationMessage(vscode.l10n.t('Checked {0} direct quotes against {1}: {2} with words changed or not found.', results.length, sourceUri.path.split('/').pop()!, bad));
      }
      return results;
    } catch (e) {
      if (args) throw e;
      void vscode.window.showErrorMessage(vscode.l10n.t('The source check failed: {0}', (e as Error).message));
      return undefined;
    }
  });
  // A verdict is about the text it was made on.
  const stale = vscode.workspace.onDidChangeTextDocument((e) => { if (e.contentChanges.length && diagnostics.has(e.document.uri)) diagnostics.delete(e.document.uri); });
  const closed = vscode.workspace.onDidCloseTextDocument((doc) => diagnostics.delete(doc.uri));
  return [diagnostics, command, stale, closed];
}
