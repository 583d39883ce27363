// Highlights: one decoration type per layer, created once. Colour is never the only signal:
// every layer also has its own border, weight or style. Results for an older document version
// are never painted.
import * as vscode from 'vscode';
import { layerRanges, type Layer, type LayerRanges, type Range } from '../core';
import type { AnalysisService, DocumentAnalysis } from './analysisService';
import { settings } from './settings';

/** What the decisions add: accepted marks, rejected suggestions (struck through), notes. */
type DecisionKind = 'accepted' | 'rejected' | 'notes';
type Kind = keyof LayerRanges | DecisionKind;
const LAYER_OF: Record<Kind, Layer | undefined> = {
  directQuotes: 'directQuotes', reportedSpeech: 'reportedSpeech', speakers: 'speakers', cues: 'cues',
  hedgesInQuote: 'hedges', hedgesAuthor: 'hedges', accepted: undefined, rejected: undefined, notes: undefined,
};
const color = (id: string) => new vscode.ThemeColor(`zitatlupe.${id}`);

function createTypes(): Record<Kind, vscode.TextEditorDecorationType> {
  const ruler = vscode.OverviewRulerLane;
  return {
    directQuotes: vscode.window.createTextEditorDecorationType({
      backgroundColor: color('directQuoteBackground'), borderStyle: 'none none solid none', borderWidth: '0 0 2px 0',
      borderColor: color('directQuoteBorder'), overviewRulerColor: color('directQuoteBorder'), overviewRulerLane: ruler.Left,
    }),
    reportedSpeech: vscode.window.createTextEditorDecorationType({
      backgroundColor: color('reportedSpeechBackground'), borderStyle: 'none none dashed none', borderWidth: '0 0 2px 0',
      borderColor: color('reportedSpeechBorder'), overviewRulerColor: color('reportedSpeechBorder'), overviewRulerLane: ruler.Left,
    }),
    speakers: vscode.window.createTextEditorDecorationType({ color: color('speakerForeground'), fontWeight: 'bold' }),
    cues: vscode.window.createTextEditorDecorationType({ color: color('cueForeground'), fontStyle: 'italic' }),
    hedgesInQuote: vscode.window.createTextEditorDecorationType({
      borderStyle: 'dotted', borderWidth: '1px', borderColor: color('hedgeInQuoteBorder'),
      overviewRulerColor: color('hedgeInQuoteBorder'), overviewRulerLane: ruler.Right,
    }),
    hedgesAuthor: vscode.window.createTextEditorDecorationType({
      backgroundColor: color('hedgeAuthorBackground'), borderStyle: 'solid', borderWidth: '1px', borderColor: color('hedgeAuthorBorder'),
      overviewRulerColor: color('hedgeAuthorBorder'), overviewRulerLane: ruler.Right,
    }),
    // Decision states: a check mark after accepted items, rejected suggestions struck through and faded.
    accepted: vscode.window.createTextEditorDecorationType({ after: { contentText: '✓', color: color('acceptedForeground'), margin: '0 0 0 2px' } }),
    rejected: vscode.window.createTextEditorDecorationType({ textDecoration: 'line-through', opacity: '0.6' }),
    notes: vscode.window.createTextEditorDecorationType({
      borderStyle: 'none none dotted none', borderWidth: '0 0 2px 0', borderColor: color('noteBorder'),
      after: { contentText: '✎', color: color('noteBorder'), margin: '0 0 0 2px' },
    }),
  };
}

export class Decorations implements vscode.Disposable {
  private readonly types = createTypes();
  /** The ranges last handed to setDecorations, per document; VS Code cannot read them back, tests can. */
  private readonly painted = new Map<string, Record<Kind, vscode.Range[]>>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly service: AnalysisService) {
    this.disposables.push(
      service.onDidAnalyze((r) => this.paintResult(r)),
      vscode.window.onDidChangeVisibleTextEditors((editors) => { for (const e of editors) this.paintEditor(e); }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('zitatlupe.layers')) for (const ed of vscode.window.visibleTextEditors) this.paintEditor(ed);
      }),
    );
    for (const e of vscode.window.visibleTextEditors) this.paintEditor(e);
  }

  paintedFor(uri: vscode.Uri): Record<Kind, vscode.Range[]> | undefined {
    return this.painted.get(uri.toString());
  }

  private paintResult(r: DocumentAnalysis): void {
    for (const e of vscode.window.visibleTextEditors) if (e.document.uri.toString() === r.uri.toString()) this.paint(e, r);
  }

  private paintEditor(editor: vscode.TextEditor): void {
    // current() returns the analysis of this very version (computing it if needed; that fires a paint).
    const r = this.service.current(editor.document);
    if (r) this.paint(editor, r);
    // (While the worker analyses a long article, its marks stay; VS Code moves them with the edits.)
    else if (!this.service.analysedInWorker(editor.document.uri)) this.clear(editor);
  }

  private paint(editor: vscode.TextEditor, r: DocumentAnalysis): void {
    const doc = editor.document;
    if (!r.analysis || !this.service.isEnabledFor(doc)) return this.clear(editor);
    // A result for another version describes other text; the next analysis will paint.
    if (doc.version !== r.version || (r.document && r.document !== doc)) return;
    const layers = settings().layers;
    const review = r.review;
    const ranges: Record<Kind, Range[]> = {
      ...layerRanges(r.analysis), accepted: [], rejected: review?.rejected ?? [], notes: review?.notes.map((n) => n.target) ?? [],
    };
    if (review) {
      ranges.speakers.push(...review.speakerMarks.map((m) => m.target));
      for (const item of [...r.analysis.quotes, ...r.analysis.hedges]) if (review.status.get(item.id) === 'accepted') ranges.accepted.push({ start: item.end, end: item.end });
    }
    const toRange = (x: Range) => new vscode.Range(doc.positionAt(x.start), doc.positionAt(x.end));
    const out = {} as Record<Kind, vscode.Range[]>;
    for (const kind of Object.keys(this.types) as Kind[]) {
      const layer = LAYER_OF[kind];
      out[kind] = !layer || layers[layer] ? ranges[kind].map(toRange) : [];
      editor.setDecorations(this.types[kind], out[kind]);
    }
    this.painted.set(doc.uri.toString(), out);
  }

  private clear(editor: vscode.TextEditor): void {
    for (const t of Object.values(this.types)) editor.setDecorations(t, []);
    this.painted.delete(editor.document.uri.toString());
  }

  dispose(): void {
    for (const t of Object.values(this.types)) t.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

/** Commands that switch layers on and off; the state lives in the settings, so it persists. */
export function registerLayerCommands(): vscode.Disposable[] {
  const toggle = async (layer: Layer) => {
    const c = vscode.workspace.getConfiguration('zitatlupe');
    await c.update(`layers.${layer}`, !settings().layers[layer], vscode.ConfigurationTarget.Global);
  };
  const names: Record<Layer, string> = {
    directQuotes: vscode.l10n.t('Direct quotes'),
    reportedSpeech: vscode.l10n.t('Indirect, reported and free indirect speech'),
    speakers: vscode.l10n.t('Speakers'),
    cues: vscode.l10n.t('Cues'),
    hedges: vscode.l10n.t('Hedges'),
  };
  const cmds = (Object.keys(names) as Layer[]).map((layer) =>
    vscode.commands.registerCommand(`zitatlupe.toggle.${layer}`, () => toggle(layer)));
  cmds.push(vscode.commands.registerCommand('zitatlupe.toggleLayers', async () => {
    const current = settings().layers;
    const items = (Object.keys(names) as Layer[]).map((layer) => ({ label: names[layer], layer, picked: current[layer] }));
    const picked = await vscode.window.showQuickPick(items, { canPickMany: true, title: vscode.l10n.t('Highlight layers') });
    if (!picked) return;
    const c = vscode.workspace.getConfiguration('zitatlupe');
    for (const item of items) {
      const on = picked.includes(item);
      if (on !== current[item.layer]) await c.update(`layers.${item.layer}`, on, vscode.ConfigurationTarget.Global);
    }
  }));
  return cmds;
}
