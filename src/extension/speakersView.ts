// The Speakers view: persons and bodies across the workspace's articles with their counts by
// speech type; each expands into a timeline of their quotes (by the article's date) that opens the
// article at the quote. Below them, roles without a name (per article) and „Varianten“: statements
// quoted in different words. Also the commands that search all quotes and that merge or keep apart
// persons in the persons file.
import * as vscode from 'vscode';
import { count, matchesQuery, mergePersons, parseQuoteQuery, separatePerson, type IndexedPerson, type IndexedQuote, type QuoteGroup } from '../crossArticle';
import type { CrossArticleIndex } from './crossArticleIndex';
import { decodeUtf8 } from '../annotations';
import { writeAtomic } from './files';
import { counted, speechTypeGroupLabel, speechTypeLabel } from './labels';

export type SpeakerNode =
  | { kind: 'person'; person: IndexedPerson }
  | { kind: 'roles'; persons: IndexedPerson[] }
  | { kind: 'variants'; groups: QuoteGroup[] }
  | { kind: 'group'; group: QuoteGroup }
  | { kind: 'quote'; quote: IndexedQuote; speaker?: string };

const STATUS_LABEL = (s: IndexedQuote['status']) => (s === 'accepted' ? vscode.l10n.t('accepted') : s === 'rejected' ? vscode.l10n.t('rejected') : vscode.l10n.t('suggestion'));

export class SpeakersView implements vscode.TreeDataProvider<SpeakerNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<SpeakerNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<SpeakerNode>;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private roots: SpeakerNode[] = [];

  constructor(private readonly index: CrossArticleIndex) {
    this.view = vscode.window.createTreeView('zitatlupe.speakers', { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(
      this.view,
      index.onDidChange(() => this.refresh()),
      // (Built on first sight, not at activation: a window that never opens the view pays nothing.)
      this.view.onDidChangeVisibility((e) => { if (e.visible) this.build(); }),
      vscode.commands.registerCommand('zitatlupe.speakers.refresh', () => index.rebuild()),
      vscode.commands.registerCommand('zitatlupe.speakers.stop', () => index.stop()),
      vscode.commands.registerCommand('zitatlupe.searchQuotes', (line?: string) => this.search(typeof line === 'string' ? line : undefined)),
      vscode.commands.registerCommand('zitatlupe.speakers.merge', (node?: SpeakerNode) => this.merge(node)),
      vscode.commands.registerCommand('zitatlupe.speakers.keepApart', (node?: SpeakerNode) => this.keepApart(node)),
      vscode.commands.registerCommand('zitatlupe.showSpeakerAcrossArticles', (key?: unknown) => this.reveal(key)),
    );
    if (this.view.visible) this.build();
  }

  private build(): void {
    this.index.ensureBuilt().catch((e) => void vscode.window.showErrorMessage(vscode.l10n.t('The speaker index could not be built: {0}', (e as Error).message)));
  }

  /** The top-level nodes as the user sees them (for tests). */
  get nodes(): readonly SpeakerNode[] {
    return this.roots;
  }

  private refresh(): void {
    const index = this.index.index;
    const persons = index?.persons ?? [];
    const variants = this.index.variants?.groups.filter((g) => g.wordings > 1) ?? [];
    const roles = persons.filter((p) => p.roleOnly);
    this.roots = [
      ...persons.filter((p) => !p.roleOnly).map((person): SpeakerNode => ({ kind: 'person', person })),
      ...(roles.length ? [{ kind: 'roles', persons: roles } as const] : []),
      ...(variants.length ? [{ kind: 'variants', groups: variants } as const] : []),
    ];
    const notes = [
      this.index.incomplete ? vscode.l10n.t('Stopped before reading every article ({0} left). Refresh to read them.', this.index.incomplete) : '',
      this.index.personsProblem ?? '',
      index && !persons.length ? vscode.l10n.t('No quotes with a speaker in the workspace\'s articles.') : '',
    ].filter(Boolean);
    this.view.message = notes.join(' ') || undefined;
    this.view.description = index ? counted.articles(index.articles.length) : undefined;
    this.changed.fire(undefined);
  }

  getChildren(node?: SpeakerNode): SpeakerNode[] {
    if (!node) return this.roots;
    switch (node.kind) {
      case 'person': return node.person.quotes.map((quote) => ({ kind: 'quote', quote }));
      case 'roles': return node.persons.map((person) => ({ kind: 'person', person }));
      case 'variants': return node.groups.map((group) => ({ kind: 'group', group }));
      case 'group': return node.group.members.map((quote) => ({ kind: 'quote', quote, speaker: this.index.index?.personOf(quote.article, quote.id)?.name ?? quote.speaker }));
      default: return [];
    }
  }

  getTreeItem(node: SpeakerNode): vscode.TreeItem {
    const collapsed = vscode.TreeItemCollapsibleState.Collapsed;
    switch (node.kind) {
      case 'person': {
        const p = node.person;
        const item = new vscode.TreeItem(p.roleOnly ? `${p.name} (${fileName(p.articles[0])})` : p.name, collapsed);
        item.description = `${count(p)} · ${counted.articles(p.articles.length)}`;
        const byType = (['direct', 'indirect', 'reported', 'free_indirect'] as const).filter((t) => p.byType[t]).map((t) => `${speechTypeGroupLabel(t)}: ${p.byType[t]}`);
        item.tooltip = [p.role, byType.join(', '), p.names.length > 1 ? vscode.l10n.t('Also: {0}', p.names.slice(1).join(', ')) : ''].filter(Boolean).join('\n');
        item.contextValue = p.roleOnly ? 'speaker.role' : p.names.length > 1 ? 'speaker.merged' : 'speaker';
        item.iconPath = new vscode.ThemeIcon(p.roleOnly ? 'person' : 'account');
        item.id = `person:${p.key}`;
        return item;
      }
      case 'roles': {
        const item = new vscode.TreeItem(vscode.l10n.t('Roles without a name'), collapsed);
        item.description = String(node.persons.length);
        item.tooltip = vscode.l10n.t('„der Sprecher“, „eine Sprecherin des Ministeriums“: a different person in every article, never merged.');
        return item;
      }
      case 'variants': {
        const item = new vscode.TreeItem(vscode.l10n.t('Variants'), collapsed);
        item.description = String(node.groups.length);
        item.tooltip = vscode.l10n.t('Statements quoted in different words in several places.');
        item.iconPath = new vscode.ThemeIcon('diff');
        return item;
      }
      case 'group': {
        const item = new vscode.TreeItem(shorten(node.group.members[0].text, 60), collapsed);
        item.description = `${counted.places(node.group.members.length)}, ${counted.wordings(node.group.wordings)}`;
        return item;
      }
      case 'quote': {
        const q = node.quote;
        const item = new vscode.TreeItem(`${q.date ?? '–'} · ${shorten(q.text, 70)}`, vscode.TreeItemCollapsibleState.None);
        item.description = [node.speaker, fileName(q.article), speechTypeLabel(q.type), STATUS_LABEL(q.status)].filter(Boolean).join(' · ');
        item.tooltip = new vscode.MarkdownString().appendText(`${q.text}\n\n${q.title ?? fileName(q.article)}${q.date ? ` (${q.date})` : ''}`);
        const range = this.index.placeOf(q.article, q.id);
        item.command = { command: 'vscode.open', title: vscode.l10n.t('Open'), arguments: [vscode.Uri.parse(q.article), { selection: range }] };
        item.iconPath = new vscode.ThemeIcon(q.type === 'direct' ? 'quote' : 'comment');
        return item;
      }
    }
  }

  getParent(node: SpeakerNode): SpeakerNode | undefined {
    if (node.kind === 'person' && node.person.roleOnly) return this.roots.find((r) => r.kind === 'roles');
    return undefined;
  }

  /** The hover's „also quoted in other articles“: the person, revealed and expanded. */
  private async reveal(key: unknown): Promise<void> {
    await this.index.ensureBuilt();
    const node = typeof key === 'string' ? this.roots.find((r) => r.kind === 'person' && r.person.key === key) : undefined;
    if (!node) return;
    await this.view.reveal(node, { select: true, focus: true, expand: true });
  }

  /** „Search all quotes“: a quick pick filtered by words and `speaker:`, `type:`, `from:`, `to:`, `status:`. */
  private async search(initial?: string): Promise<void> {
    const pick = vscode.window.createQuickPick<vscode.QuickPickItem & { quote: IndexedQuote }>();
    pick.title = vscode.l10n.t('Search all quotes');
    pick.placeholder = vscode.l10n.t('Words, and speaker:Name type:direct from:2025-01 to:2025-06 status:accepted');
    pick.matchOnDescription = true;
    pick.busy = true;
    pick.show();
    await this.index.ensureBuilt();
    const index = this.index.index;
    const all = index?.allQuotes() ?? [];
    const update = () => {
      const query = parseQuoteQuery(pick.value);
      pick.items = all.filter((q) => matchesQuery(q, query, index?.personOf(q.article, q.id)?.names)).slice(0, 500).map((q) => ({
        label: shorten(q.text, 120),
        description: [index?.personOf(q.article, q.id)?.name ?? q.speaker, speechTypeLabel(q.type), STATUS_LABEL(q.status)].filter(Boolean).join(' · '),
        detail: `${q.date ?? '–'} · ${q.title ?? fileName(q.article)}`,
        // (The filter above decides; VS Code's own fuzzy filter would hide matches by speaker or date.)
        alwaysShow: true,
        quote: q,
      }));
    };
    pick.onDidChangeValue(update);
    pick.onDidAccept(async () => {
      const q = pick.selectedItems[0]?.quote;
      pick.hide();
      if (q) await vscode.commands.executeCommand('vscode.open', vscode.Uri.parse(q.article), { selection: this.index.placeOf(q.article, q.id) });
    });
    pick.onDidHide(() => pick.dispose());
    if (initial) pick.value = initial;
    update();
    pick.busy = false;
  }

  private async merge(node?: SpeakerNode): Promise<void> {
    if (node?.kind !== 'person') return;
    const others = (this.index.index?.persons ?? []).filter((p) => !p.roleOnly && p.key !== node.person.key);
    const target = await vscode.window.showQuickPick(others.map((p) => ({ label: p.name, description: `${count(p)} · ${counted.articles(p.articles.length)}`, p })), {
      title: vscode.l10n.t('„{0}“ is the same person as …', node.person.name),
    });
    if (!target) return;
    await this.editPersons((src) => node.person.names.reduce((s, n) => mergePersons(s, target.p.name, n), src));
  }

  private async keepApart(node?: SpeakerNode): Promise<void> {
    if (node?.kind !== 'person' || node.person.names.length < 2) return;
    const name = await vscode.window.showQuickPick(node.person.names.slice(1), { title: vscode.l10n.t('Which name is not {0}?', node.person.names[0]) });
    if (!name) return;
    await this.editPersons((src) => separatePerson(src, name));
  }

  /** Writes a change to the persons file (atomically), then applies it to the index. */
  private async editPersons(change: (source: string) => string): Promise<void> {
    if (!vscode.workspace.isTrusted) return void vscode.window.showWarningMessage(vscode.l10n.t('This workspace is not trusted: Zitatlupe writes no persons file here.'));
    const uri = this.index.personsUri();
    if (!uri) return void vscode.window.showWarningMessage(vscode.l10n.t('Open a folder to keep a persons file.'));
    const source = await vscode.workspace.fs.readFile(uri).then((b) => decodeUtf8(b), () => '');
    let next: string;
    try {
      next = change(source);
    } catch (e) {
      return void vscode.window.showErrorMessage(vscode.l10n.t('The persons file was not changed: {0}', (e as Error).message));
    }
    try {
      await writeAtomic(uri, next);
    } catch (e) {
      return void vscode.window.showErrorMessage(vscode.l10n.t('The persons file was not changed: {0}', (e as Error).message));
    }
    await this.index.reloadPersons();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function fileName(uri: string): string {
  return decodeURIComponent(uri.split('/').pop() ?? uri);
}

function shorten(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length <= max ? flat : flat.slice(0, max - 1) + '…';
}
