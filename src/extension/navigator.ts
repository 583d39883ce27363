// The quote navigator: a tree of the active article's quotes, grouped by speaker, speech type or
// hedging, with counts. It follows the active editor and the cursor.
import * as vscode from 'vscode';
import { groupQuotes, hedgesInside, quoteAt, speakerById, type Analysis, type GroupBy, type Hedge, type Quote, type SpeechType } from '../core';
import type { Annotation, AnnotationStatus, Reviewed } from '../annotations';
import type { AnalysisService } from './analysisService';
import { verdictLabel, type SourceVerdicts } from './sourceCheck';
import type { ItemNode } from './commandArgs';
import { hedgeKindLabel, speechTypeGroupLabel, speechTypeLabel } from './labels';

export type NavigatorNode =
  | { kind: 'group'; key: string; label: string; items: NavigatorNode[] }
  | (ItemNode & { kind: 'quote'; quote: Quote; parent: string; status?: AnnotationStatus })
  | (ItemNode & { kind: 'hedge'; hedge: Hedge; parent: string; status?: AnnotationStatus })
  | (ItemNode & { kind: 'orphan'; annotation: Annotation; parent: string });

/** Which decisions the navigator shows. */
export type StatusFilter = 'all' | 'suggested' | 'accepted' | 'rejected';
const FILTER_KEY = 'zitatlupe.statusFilter';

const GROUP_KEY = 'zitatlupe.groupBy';

export class QuoteNavigator implements vscode.TreeDataProvider<NavigatorNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<NavigatorNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<NavigatorNode>;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private roots: NavigatorNode[] = [];
  private doc: vscode.TextDocument | undefined;
  /** The document the current tree describes. */
  private rootsOf: vscode.TextDocument | undefined;
  private groupBy: GroupBy;
  private filter: StatusFilter;

  constructor(private readonly service: AnalysisService, private readonly state: vscode.Memento, private readonly verdicts?: SourceVerdicts) {
    this.groupBy = state.get<GroupBy>(GROUP_KEY, 'speaker');
    this.filter = state.get<StatusFilter>(FILTER_KEY, 'all');
    this.view = vscode.window.createTreeView('zitatlupe.quotes', { treeDataProvider: this, showCollapseAll: true, canSelectMany: true });
    this.disposables.push(
      this.view,
      vscode.window.onDidChangeActiveTextEditor(() => this.rebuild()),
      service.onDidAnalyze((r) => { if (r.uri.toString() === this.activeDoc()?.uri.toString()) this.rebuild(); }),
      // (The source check's verdicts show on the quote rows.)
      ...(verdicts ? [verdicts.onDidChange((article) => { if (article === this.activeDoc()?.uri.toString()) this.changed.fire(undefined); })] : []),
      vscode.window.onDidChangeTextEditorSelection((e) => this.followCursor(e)),
      ...(['speaker', 'type', 'hedged'] as GroupBy[]).map((by) =>
        vscode.commands.registerCommand(`zitatlupe.navigator.groupBy.${by}`, () => this.setGroupBy(by))),
      // One title-bar button for the grouping keeps the view's title readable at the default width.
      vscode.commands.registerCommand('zitatlupe.navigator.groupBy', async () => {
        const choices: { label: string; by: GroupBy }[] = [
          { label: vscode.l10n.t('Speaker'), by: 'speaker' }, { label: vscode.l10n.t('Speech type'), by: 'type' }, { label: vscode.l10n.t('Hedging'), by: 'hedged' },
        ];
        const pick = await vscode.window.showQuickPick(choices.map((c) => ({ ...c, description: c.by === this.groupBy ? vscode.l10n.t('current') : undefined })), { title: vscode.l10n.t('Group the quotes by') });
        if (pick) await this.setGroupBy(pick.by);
      }),
      vscode.commands.registerCommand('zitatlupe.navigator.filter', async (value?: StatusFilter) => {
        const labels: Record<StatusFilter, string> = { all: vscode.l10n.t('All'), suggested: vscode.l10n.t('Suggestions'), accepted: vscode.l10n.t('Accepted'), rejected: vscode.l10n.t('Rejected') };
        const pick = value ?? (await vscode.window.showQuickPick((Object.keys(labels) as StatusFilter[]).map((f) => ({ label: labels[f], picked: f === this.filter, f })), { title: vscode.l10n.t('Show which quotes?') }))?.f;
        if (pick) await this.setFilter(pick);
      }),
    );
    void vscode.commands.executeCommand('setContext', GROUP_KEY, this.groupBy);
    this.rebuild();
  }

  /** The current top-level nodes (for tests: what the user sees in the view). */
  get groups(): readonly NavigatorNode[] {
    return this.roots;
  }

  get grouping(): GroupBy {
    return this.groupBy;
  }

  get statusFilter(): StatusFilter {
    return this.filter;
  }

  async setFilter(f: StatusFilter): Promise<void> {
    this.filter = f;
    await this.state.update(FILTER_KEY, f);
    this.rebuild();
  }

  async setGroupBy(by: GroupBy): Promise<void> {
    this.groupBy = by;
    await this.state.update(GROUP_KEY, by);
    await vscode.commands.executeCommand('setContext', GROUP_KEY, by);
    this.rebuild();
  }

  private activeDoc(): vscode.TextDocument | undefined {
    const ed = vscode.window.activeTextEditor;
    return ed && this.service.isEnabledFor(ed.document) ? ed.document : undefined;
  }

  private rebuild(): void {
    const doc = this.activeDoc();
    // Keep showing the last article while focus is in a panel or an unrelated editor.
    if (!doc && vscode.window.activeTextEditor === undefined && this.doc && !this.doc.isClosed) return;
    this.doc = doc;
    const r = doc ? this.service.current(doc) : undefined;
    // (While the worker analyses a long article, its list stays until the result arrives.)
    if (doc && !r && this.service.analysedInWorker(doc.uri) && this.rootsOf === doc) return;
    this.rootsOf = doc;
    const a = r?.analysis;
    this.roots = a && doc ? buildGroups(a, doc.uri.toString(), this.groupBy, r?.review, this.filter) : [];
    void vscode.commands.executeCommand('setContext', 'zitatlupe.hasArticle', !!a);
    this.view.description = doc ? doc.uri.path.split('/').pop() + (this.filter !== 'all' ? ` · ${this.filter}` : '') : undefined;
    this.view.message = a && !a.quotes.length ? vscode.l10n.t('No quotes found in this article.') : undefined;
    this.changed.fire(undefined);
  }

  private followCursor(e: vscode.TextEditorSelectionChangeEvent): void {
    if (!this.view.visible || e.textEditor.document !== this.doc) return;
    const a = this.service.get(e.textEditor.document.uri)?.analysis;
    const hit = a && quoteAt(a, e.textEditor.document.offsetAt(e.selections[0].active));
    if (!hit) return;
    const node = this.findQuote(hit.quote.id);
    if (node) void this.view.reveal(node, { select: true, focus: false, expand: true });
  }

  private findQuote(id: string): NavigatorNode | undefined {
    for (const g of this.roots) if (g.kind === 'group') for (const n of g.items) if (n.kind === 'quote' && n.quote.id === id) return n;
    return undefined;
  }

  getChildren(node?: NavigatorNode): NavigatorNode[] {
    if (!node) return this.roots;
    return node.kind === 'group' ? node.items : [];
  }

  getParent(node: NavigatorNode): NavigatorNode | undefined {
    if (node.kind === 'group') return undefined;
    return this.roots.find((g) => g.kind === 'group' && g.key === node.parent);
  }

  getTreeItem(node: NavigatorNode): vscode.TreeItem {
    const uri = this.doc?.uri.toString();
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `group:${node.key}`;
      item.description = String(node.items.length);
      item.contextValue = 'group';
      return item;
    }
    if (node.kind === 'orphan') {
      const a = node.annotation;
      const item = new vscode.TreeItem(oneLine(a.target.exact), vscode.TreeItemCollapsibleState.None);
      item.id = `orphan:${a.id}`;
      item.description = a.kind;
      item.iconPath = new vscode.ThemeIcon('debug-disconnect');
      item.tooltip = vscode.l10n.t('The text of this annotation was not found. Select where it belongs and click to re-attach it.');
      item.contextValue = 'orphan';
      item.command = { command: 'zitatlupe.reattach', title: vscode.l10n.t('Re-attach'), arguments: [uri, a.id] };
      return item;
    }
    const target = node.kind === 'quote' ? node.quote : node.hedge;
    const item = new vscode.TreeItem(oneLine(target.text), vscode.TreeItemCollapsibleState.None);
    item.id = `${node.parent}:${node.kind}:${target.start}`;
    const mark = node.status === 'accepted' ? '✓ ' : node.status === 'rejected' ? '✗ ' : '';
    if (node.kind === 'quote') {
      const q = node.quote;
      const verdict = uri ? this.verdicts?.get(uri, q.id) : undefined;
      item.description = mark + [q.speaker?.name ?? q.speaker?.text, speechTypeLabel(q.type), verdict ? vscode.l10n.t('source: {0}', verdictLabel(verdict)) : ''].filter(Boolean).join(' · ');
      item.iconPath = new vscode.ThemeIcon(q.type === 'direct' ? 'quote' : 'comment');
      item.contextValue = `quote.${node.status ?? 'suggested'}`;
      item.tooltip = `${speechTypeLabel(q.type)}${q.cue ? ` — ${q.cue.text}` : ''}\n${q.text}`;
    } else {
      item.description = mark + hedgeKindLabel(node.hedge.kind).name;
      item.iconPath = new vscode.ThemeIcon('question');
      item.contextValue = `hedge.${node.status ?? 'suggested'}`;
    }
    item.command = { command: 'zitatlupe.revealRange', title: vscode.l10n.t('Show in editor'), arguments: [uri, target.start, target.end] };
    return item;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function buildGroups(a: Analysis, uri: string, by: GroupBy, review: Reviewed | undefined, filter: StatusFilter): NavigatorNode[] {
  const statusOf = (id: string) => review?.status.get(id);
  const keep = (id: string) => filter === 'all' || (statusOf(id) ?? 'suggested') === filter;
  const shown: Analysis = { ...a, quotes: a.quotes.filter((q) => keep(q.id)) };
  const groups: NavigatorNode[] = filter === 'rejected' ? [] : groupQuotes(shown, by).map((g) => ({
    kind: 'group', key: g.key, label: groupLabel(a, by, g.key),
    items: g.quotes.map((quote) => ({ kind: 'quote', quote, uri, itemId: quote.id, parent: g.key, status: statusOf(quote.id) })),
  }));
  if (by === 'hedged' && filter !== 'rejected') {
    const author = a.hedges.filter((h) => keep(h.id) && !h.inQuote && !a.quotes.some((q) => hedgesInside(a, q).includes(h)));
    if (author.length) groups.push({ kind: 'group', key: 'author-hedges', label: vscode.l10n.t('Hedges in the author\'s voice'), items: author.map((hedge) => ({ kind: 'hedge', hedge, uri, itemId: hedge.id, parent: 'author-hedges', status: statusOf(hedge.id) })) });
  }
  // Rejected suggestions are out of the analysis; with the filter they are listed on their own.
  if (filter === 'rejected' && review?.rejected.length) {
    groups.push({ kind: 'group', key: 'rejected', label: vscode.l10n.t('Rejected'), items: review.rejected.map((x) => ({
      kind: 'quote', quote: { id: x.id, start: x.start, end: x.end, text: x.text, type: 'direct', speaker: null, cue: null, confidence: 0 }, uri, itemId: x.id, parent: 'rejected', status: 'rejected' as const,
    })) });
  }
  if (review?.orphans.length) {
    groups.push({ kind: 'group', key: 'orphans', label: vscode.l10n.t('Orphaned'), items: review.orphans.map((annotation) => ({ kind: 'orphan', annotation, uri, itemId: annotation.id, parent: 'orphans' })) });
  }
  return groups;
}

function groupLabel(a: Analysis, by: GroupBy, key: string): string {
  if (by === 'speaker') {
    if (key === 'none') return vscode.l10n.t('No speaker');
    const s = speakerById(a, key);
    return s ? (s.role ? `${s.name} (${s.role})` : s.name) : key;
  }
  if (by === 'type') return speechTypeGroupLabel(key as SpeechType);
  return key === 'hedged' ? vscode.l10n.t('Hedged') : vscode.l10n.t('Not hedged');
}

function oneLine(s: string, max = 90): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length <= max ? flat : flat.slice(0, max - 1) + '…';
}
