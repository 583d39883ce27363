// The article's counts in the status bar; a click opens the quote navigator.
import * as vscode from 'vscode';
import { groupQuotes } from '../core';
import type { AnalysisService } from './analysisService';
import { counted } from './labels';

export class CountsStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('zitatlupe.counts', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];

  constructor(private readonly service: AnalysisService) {
    this.item.name = vscode.l10n.t('Zitatlupe counts');
    this.item.command = 'zitatlupe.quotes.focus';
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      service.onDidAnalyze(() => this.update()),
    );
    this.update();
  }

  /** The text shown, for tests. */
  get text(): string {
    return this.item.text;
  }

  private update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const r = doc && this.service.isEnabledFor(doc) ? this.service.get(doc.uri) : undefined;
    if (!r) return this.item.hide();
    if (r.error) {
      this.item.text = `$(warning) ${vscode.l10n.t('Zitatlupe: not analysed')}`;
      this.item.tooltip = r.error.message;
    } else if (r.analysis) {
      const a = r.analysis;
      // The speakers are the navigator's speaker groups, so the two never disagree.
      const speakers = groupQuotes(a, 'speaker').filter((g) => g.key !== 'none').length;
      this.item.text = `$(quote) ${a.quotes.length}  $(person) ${speakers}  $(question) ${a.hedges.length}`;
      this.item.tooltip = vscode.l10n.t('{0}, {1}, {2} — click to open the quote navigator', counted.quotes(a.quotes.length), counted.speakers(speakers), counted.hedges(a.hedges.length));
      this.item.accessibilityInformation = { label: this.item.tooltip };
    }
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
