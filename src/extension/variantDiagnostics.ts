// Quote variants in the Problems panel: on each quote of an open article that another article (or
// another place) quotes in different words, an information diagnostic with a link to every other
// wording. Only where the open text still reads as it did when indexed.
import * as vscode from 'vscode';
import { otherWordings, type IndexedQuote } from '../crossArticle';
import type { CrossArticleIndex } from './crossArticleIndex';

export class VariantDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('zitatlupe-variants');
  private readonly disposables: vscode.Disposable[] = [this.collection];

  constructor(private readonly index: CrossArticleIndex) {
    this.disposables.push(
      index.onDidChange(() => this.updateAll()),
      vscode.workspace.onDidOpenTextDocument((d) => this.update(d)),
      vscode.workspace.onDidCloseTextDocument((d) => this.collection.delete(d.uri)),
    );
  }

  private updateAll(): void {
    this.collection.clear();
    for (const d of vscode.workspace.textDocuments) this.update(d);
  }

  private update(doc: vscode.TextDocument): void {
    const article = this.index.index?.articles.find((a) => a.article === doc.uri.toString());
    if (!article) return;
    const out: vscode.Diagnostic[] = [];
    for (const q of article.quotes) {
      const group = this.index.groupOf(article.article, q.id);
      if (!group || group.wordings < 2) continue;
      const others = otherWordings(group, q);
      const range = this.index.placeOf(article.article, q.id);
      if (!others.length || !range || doc.getText(range) !== q.text) continue;
      const d = new vscode.Diagnostic(range, others.length === 1
        ? vscode.l10n.t('Quoted in other words elsewhere: {0}', where(others[0]))
        : vscode.l10n.t('Quoted in other words in {0} other places', others.length), vscode.DiagnosticSeverity.Information);
      d.source = 'Zitatlupe';
      d.code = 'quote-variant';
      d.relatedInformation = others.flatMap((m) => {
        const r = this.index.placeOf(m.article, m.id);
        return r ? [new vscode.DiagnosticRelatedInformation(new vscode.Location(vscode.Uri.parse(m.article), r), `${where(m)}: ${m.text}`)] : [];
      });
      out.push(d);
    }
    this.collection.set(doc.uri, out);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** „b.news.txt, 2025-03-04“. */
export function where(q: IndexedQuote): string {
  const file = decodeURIComponent(q.article.split('/').pop() ?? q.article);
  return q.date ? `${file}, ${q.date}` : file;
}
