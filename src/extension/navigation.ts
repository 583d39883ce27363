// Moving through an article: next/previous quote or hedge, all quotes of a speaker, first mention.
import * as vscode from 'vscode';
import { quoteAt, quotesBySpeaker, speakerById, stepTo, type Range } from '../core';
import type { AnalysisService } from './analysisService';
import { articleUri } from './commandArgs';
import { speechTypeLabel } from './labels';

export function registerNavigation(service: AnalysisService): vscode.Disposable[] {
  const analysed = async (editor: vscode.TextEditor | undefined) => (editor ? (await service.ready(editor.document))?.analysis : undefined);

  const step = (what: 'quotes' | 'hedges', direction: 1 | -1) => async () => {
    const editor = vscode.window.activeTextEditor;
    const a = await analysed(editor);
    if (!editor || !a) return;
    const target = stepTo<Range>(a[what], editor.document.offsetAt(editor.selection.start), direction);
    if (!target) {
      void vscode.window.setStatusBarMessage(what === 'quotes' ? vscode.l10n.t('No quotes in this article') : vscode.l10n.t('No hedges in this article'), 3000);
      return;
    }
    select(editor, target);
  };

  return [
    vscode.commands.registerCommand('zitatlupe.nextQuote', step('quotes', 1)),
    vscode.commands.registerCommand('zitatlupe.previousQuote', step('quotes', -1)),
    vscode.commands.registerCommand('zitatlupe.nextHedge', step('hedges', 1)),
    vscode.commands.registerCommand('zitatlupe.previousHedge', step('hedges', -1)),
    vscode.commands.registerCommand('zitatlupe.revealRange', async (uri: string, start: number, end: number) => {
      const editor = await show(uri);
      if (editor) select(editor, { start, end });
    }),
    vscode.commands.registerCommand('zitatlupe.goToFirstMention', async (uri: string, speakerId: string) => {
      const editor = await show(uri);
      const a = editor && (await service.ready(editor.document))?.analysis;
      const s = a ? speakerById(a, speakerId) : undefined;
      if (editor && s?.mentions.length) select(editor, s.mentions[0]);
    }),
    // (From the editor's context menu the first argument is the article's Uri.)
    vscode.commands.registerCommand('zitatlupe.showQuotesBySpeaker', async (uri?: string | vscode.Uri, speakerId?: string) => {
      const editor = uri ? await show(uri) : vscode.window.activeTextEditor;
      const a = await analysed(editor);
      if (!editor || !a) return;
      const offset = editor.document.offsetAt(editor.selection.active);
      const id = speakerId ?? quoteAt(a, offset)?.quote.speaker?.speakerId ?? a.speakers.find((s) => s.mentions.some((m) => m.start <= offset && offset < m.end))?.id;
      const speaker = speakerById(a, id);
      if (!speaker) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Place the cursor on a quote or a speaker first.'));
        return;
      }
      const items = quotesBySpeaker(a, speaker.id).map((q) => ({
        label: q.text.replace(/\s+/g, ' '), description: speechTypeLabel(q.type),
        detail: vscode.l10n.t('Line {0}', editor.document.positionAt(q.start).line + 1), quote: q,
      }));
      const pick = await vscode.window.showQuickPick(items, {
        title: vscode.l10n.t('Quotes by {0}', speaker.name), matchOnDescription: true,
        onDidSelectItem: (item) => select(editor, (item as (typeof items)[number]).quote, true),
      });
      if (pick) select(editor, pick.quote);
    }),
  ];
}

async function show(uri: string | vscode.Uri): Promise<vscode.TextEditor | undefined> {
  const target = uri instanceof vscode.Uri ? uri : articleUri(uri);
  const open = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === target.toString());
  if (open) return vscode.window.showTextDocument(open.document, open.viewColumn);
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(target));
}

function select(editor: vscode.TextEditor, r: Range, preview = false): void {
  const range = new vscode.Range(editor.document.positionAt(r.start), editor.document.positionAt(r.end));
  if (!preview) editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
