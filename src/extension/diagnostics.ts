// Problems panel entries: unbalanced marks, quotes without speaker, optionally hedges in the
// author's voice, each at the severity the user chose (or off).
import * as vscode from 'vscode';
import type { Analysis, Diagnostic } from '../core';
import type { AnalysisService, DocumentAnalysis } from './analysisService';
import { settings, type SeveritySetting } from './settings';

const SEVERITY: Record<Exclude<SeveritySetting, 'off'>, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export class ArticleDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('zitatlupe');
  private readonly disposables: vscode.Disposable[] = [this.collection];

  constructor(service: AnalysisService) {
    this.disposables.push(
      service.onDidAnalyze((r) => this.update(r)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration('zitatlupe.diagnostics')) return;
        for (const doc of vscode.workspace.textDocuments) {
          const r = service.get(doc.uri);
          if (r) this.update(r);
        }
      }),
    );
  }

  private update(r: DocumentAnalysis): void {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === r.uri.toString());
    if (!doc || doc.version !== r.version || (r.document && r.document !== doc)) {
      if (r.version === -1) this.collection.delete(r.uri);
      return;
    }
    const out: vscode.Diagnostic[] = [];
    const at = (start: number, end: number) => new vscode.Range(doc.positionAt(start), doc.positionAt(end));
    if (r.error) {
      const d = new vscode.Diagnostic(at(r.error.offset, r.error.offset + 1), vscode.l10n.t('Zitatlupe cannot analyse this file: {0}', r.error.message), vscode.DiagnosticSeverity.Error);
      d.source = 'Zitatlupe';
      out.push(d);
    }
    if (r.analysis) for (const d of collect(r.analysis)) {
      const level = severityFor(d.code);
      if (level === 'off') continue;
      const diag = new vscode.Diagnostic(at(d.start, d.end), message(d), SEVERITY[level]);
      diag.source = 'Zitatlupe';
      diag.code = d.code;
      out.push(diag);
    }
    this.collection.set(r.uri, out);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function collect(a: Analysis): Diagnostic[] {
  const hedges: Diagnostic[] = a.hedges.filter((h) => !h.inQuote).map((h) => ({
    start: h.start, end: h.end, code: 'hedge-author-voice', severity: 'information', message: h.text,
  }));
  return [...a.diagnostics, ...hedges];
}

function severityFor(code: Diagnostic['code']): SeveritySetting {
  const s = settings().severity;
  switch (code) {
    case 'unbalanced-quote':
    case 'unclosed-quote': return s.unbalancedQuote;
    case 'quote-without-speaker': return s.quoteWithoutSpeaker;
    case 'hedge-author-voice': return s.authorHedge;
    default: return 'warning';
  }
}

function message(d: Diagnostic): string {
  switch (d.code) {
    case 'unbalanced-quote': return vscode.l10n.t('Unbalanced quotation mark: {0}', d.message);
    case 'unclosed-quote': return vscode.l10n.t('Quotation mark not closed before the end of the paragraph.');
    case 'quote-without-speaker': return vscode.l10n.t('No speaker found for this quote.');
    case 'hedge-author-voice': return vscode.l10n.t('Hedged claim in the author\'s voice: „{0}“', d.message);
    case 'analysis-limited': return vscode.l10n.t('This paragraph is too dense to analyse fully: past a point its quotes are found by their marks only, without speakers, indirect speech or hedges.');
    default: return d.message;
  }
}
