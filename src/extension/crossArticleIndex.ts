// The workspace's speaker index: every article analysed with its sidecar's decisions, speakers
// merged across articles, quote variants found. Built in the background on first use (the Speakers
// view, the quote search), with progress and a way to stop; kept current as articles, sidecars and
// the persons file change; saved in the workspace's storage, so a reopened window re-reads only the
// articles that changed since.
import * as vscode from 'vscode';
import { decodeUtf8, parseSidecar } from '../annotations';
import { Analyzer, LineIndex } from '../core';
import { findVariants, groupOf, indexArticle, parsePersons, PERSONS_FILE, SpeakerIndex, type IndexedArticle, type PersonsFile, type QuoteGroup, type VariantResult } from '../crossArticle';
import type { AnnotationStore } from './annotationStore';
import { settings } from './settings';
import { workspaceArticles } from './workspaceArticles';

/** Start and end of a quote as line/character, for links that open it. */
type Place = [number, number, number, number];

interface Entry {
  /** The article file's and its sidecar's modification times and sizes when indexed (-1: none). */
  stamp: string;
  article: IndexedArticle;
  places: Record<string, Place>;
}

const CACHE_FILE = 'speaker-index.json';
const CACHE_VERSION = 1;
/** With this many articles to read, the build shows a notification that can be cancelled. */
const NOTIFY_FROM = 30;

export class CrossArticleIndex implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private persons: PersonsFile | undefined;
  private built: Promise<void> | undefined;
  private cancel: vscode.CancellationTokenSource | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private readonly pending = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private watching = false;
  /** The current index; undefined until the first build finished. */
  index: SpeakerIndex | undefined;
  variants: VariantResult | undefined;
  private groups = new Map<string, QuoteGroup>();
  /** Set when the last build was stopped: how many articles it left out. */
  incomplete = 0;
  /** A problem with the persons file, shown in the Speakers view. */
  personsProblem: string | undefined;

  constructor(private readonly store: AnnotationStore, private readonly storage: vscode.Uri | undefined, private readonly version: string) {}

  /**
   * Follows file changes and decisions once the index exists: a window that never opens the
   * Speakers view or the search watches nothing more at activation.
   */
  private follow(): void {
    if (this.watching) return;
    this.watching = true;
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{txt,md,markdown,yaml}');
    // (Until the first build has finished, it reads the files itself.)
    const touched = (uri: vscode.Uri) => { if (this.index) this.queue(uri); };
    this.disposables.push(
      watcher, watcher.onDidChange(touched), watcher.onDidCreate(touched), watcher.onDidDelete(touched),
      // (Decisions made in this window: the sidecar is written, and the watcher may not see it soon.)
      this.store.onDidChange((s) => { if (this.index) this.queue(s.article); }),
      // (Interview turns as quotes or not: every article's quotes change.)
      vscode.workspace.onDidChangeConfiguration((e) => { if (this.index && e.affectsConfiguration('zitatlupe.interviewTurns')) void this.rebuild(); }),
    );
  }

  /** Builds the index once (later calls wait for the same build). */
  ensureBuilt(): Promise<void> {
    // (A build that failed is tried again next time, not remembered as done.)
    this.built ??= this.build().catch((e) => { this.built = undefined; throw e; });
    return this.built;
  }

  /** Reads every article again (the Speakers view's refresh). */
  rebuild(): Promise<void> {
    this.stop();
    this.entries.clear();
    this.built = this.build();
    return this.built;
  }

  /** Stops a running build; what was read so far stays in the index. */
  stop(): void {
    this.cancel?.cancel();
  }

  groupOf(article: string, quoteId: string): QuoteGroup | undefined {
    return this.groups.get(`${article}\u0000${quoteId}`);
  }

  placeOf(article: string, quoteId: string): vscode.Range | undefined {
    const p = this.entries.get(article)?.places[quoteId];
    return p && new vscode.Range(p[0], p[1], p[2], p[3]);
  }

  private async build(): Promise<void> {
    this.follow();
    await this.loadCache();
    await this.loadPersons();
    const { articles } = await workspaceArticles();
    const stamps = await Promise.all(articles.map((u) => this.stampOf(u)));
    const todo = articles.filter((u, k) => this.entries.get(u.toString())?.stamp !== stamps[k]);
    const keep = new Set(articles.map(String));
    for (const k of [...this.entries.keys()]) if (!keep.has(k)) this.entries.delete(k);
    this.cancel = new vscode.CancellationTokenSource();
    const token = this.cancel.token;
    const run = async (progress?: vscode.Progress<{ message?: string; increment?: number }>) => {
      const analyzer = new Analyzer({ interviewTurns: settings().interviewTurns });
      for (const [k, uri] of todo.entries()) {
        if (token.isCancellationRequested) { this.incomplete = todo.length - k; break; }
        progress?.report({ message: `${k + 1}/${todo.length} ${uri.path.split('/').pop()}`, increment: 100 / todo.length });
        await this.indexFile(uri, analyzer);
        // (One article at a time, then the host's other work: the window stays responsive.)
        await new Promise((r) => setTimeout(r, 0));
      }
    };
    this.incomplete = 0;
    const title = vscode.l10n.t('Zitatlupe: building the speaker index');
    if (todo.length >= NOTIFY_FROM) {
      await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, (progress, t) => {
        t.onCancellationRequested(() => this.stop());
        return run(progress);
      });
    } else {
      await vscode.window.withProgress({ location: { viewId: 'zitatlupe.speakers' }, title }, () => run());
    }
    this.recompute();
    await this.saveCache();
  }

  private async stampOf(uri: vscode.Uri): Promise<string> {
    const stat = (u: vscode.Uri) => vscode.workspace.fs.stat(u).then((s) => `${s.mtime}:${s.size}`, () => '-1');
    return `${await stat(uri)}|${await stat(this.store.sidecarUri(uri))}`;
  }

  /** Reads and analyses one article with its decisions; a file that cannot be read leaves the index. */
  private async indexFile(uri: vscode.Uri, analyzer: Analyzer): Promise<void> {
    const key = uri.toString();
    try {
      const stamp = await this.stampOf(uri);
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
      const text = open?.getText() ?? decodeUtf8(await vscode.workspace.fs.readFile(uri));
      const state = this.store.get(uri);
      let sidecar = state?.data;
      if (!state) {
        const raw = await vscode.workspace.fs.readFile(this.store.sidecarUri(uri)).then((b) => decodeUtf8(b), () => undefined);
        sidecar = raw === undefined ? undefined : parseSidecar(raw).data;
      }
      const article = indexArticle(key, uri.path.split('/').pop()!, text, analyzer.analyze(text), sidecar);
      const lines = new LineIndex(text);
      const places: Record<string, Place> = {};
      for (const q of article.quotes) places[q.id] = [...lines.position(q.start), ...lines.position(q.end)];
      this.entries.set(key, { stamp, article, places });
    } catch {
      this.entries.delete(key);
    }
  }

  private async loadPersons(): Promise<void> {
    this.persons = undefined;
    this.personsProblem = undefined;
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) return;
    const raw = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, PERSONS_FILE)).then((b) => decodeUtf8(b), () => undefined);
    if (raw === undefined) return;
    const parsed = parsePersons(raw);
    this.persons = parsed.data;
    const problem = parsed.issues.find((i) => i.severity === 'error');
    if (problem) this.personsProblem = vscode.l10n.t('{0}, line {1}, column {2}: {3}', PERSONS_FILE, problem.line, problem.col, problem.message);
  }

  /** The persons file's URI (in the first workspace folder), for the merge and keep-apart commands. */
  personsUri(): vscode.Uri | undefined {
    const folder = vscode.workspace.workspaceFolders?.[0];
    return folder && vscode.Uri.joinPath(folder.uri, PERSONS_FILE);
  }

  /** Applies a changed persons file: no article is read again. */
  async reloadPersons(): Promise<void> {
    await this.loadPersons();
    if (this.index) this.recompute();
  }

  private recompute(): void {
    this.index = new SpeakerIndex([...this.entries.values()].map((e) => e.article), this.persons);
    this.variants = findVariants(this.index.allQuotes());
    this.groups = groupOf(this.variants);
    this.changed.fire();
  }

  /** Files changed on disk or decisions made: re-read them together, a moment later. */
  private queue(uri: vscode.Uri): void {
    this.pending.add(uri.toString());
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), 400);
  }

  private async flush(): Promise<void> {
    const uris = [...this.pending].map((s) => vscode.Uri.parse(s));
    this.pending.clear();
    const analyzer = new Analyzer({ interviewTurns: settings().interviewTurns });
    let persons = false;
    // (The workspace's articles are looked up once per batch, only when a file is new to the index.)
    let articles: Set<string> | undefined;
    const isArticle = async (key: string) => (articles ??= new Set((await workspaceArticles()).articles.map(String))).has(key);
    for (const uri of uris) {
      const name = uri.path.split('/').pop() ?? '';
      if (name === PERSONS_FILE) { persons = true; continue; }
      // A sidecar stands for its article; an article known to the index, or a new one, is re-read.
      const article = name.endsWith('.annotations.yaml') ? [...this.entries.keys()].find((k) => this.store.sidecarUri(vscode.Uri.parse(k)).toString() === uri.toString()) : uri.toString();
      if (!article) continue;
      const exists = await vscode.workspace.fs.stat(vscode.Uri.parse(article)).then(() => true, () => false);
      if (!exists) { this.entries.delete(article); continue; }
      if (this.entries.has(article) || await isArticle(article)) await this.indexFile(vscode.Uri.parse(article), analyzer);
    }
    if (persons) await this.loadPersons();
    this.recompute();
    await this.saveCache();
  }

  private async loadCache(): Promise<void> {
    if (!this.storage || this.entries.size) return;
    try {
      const raw = JSON.parse(decodeUtf8(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.storage, CACHE_FILE)))) as { version: number; extension: string; interviewTurns?: boolean; entries: [string, Entry][] };
      // (Another version of Zitatlupe, or another interview setting, analyses differently: its cache is not used.)
      if (raw.version !== CACHE_VERSION || raw.extension !== this.version || (raw.interviewTurns ?? false) !== settings().interviewTurns) return;
      for (const [k, e] of raw.entries) this.entries.set(k, e);
    } catch {
      // No cache yet, or an unreadable one: the build reads every article.
    }
  }

  private async saveCache(): Promise<void> {
    if (!this.storage) return;
    try {
      await vscode.workspace.fs.createDirectory(this.storage);
      const body = JSON.stringify({ version: CACHE_VERSION, extension: this.version, interviewTurns: settings().interviewTurns, entries: [...this.entries] });
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(this.storage, CACHE_FILE), new TextEncoder().encode(body));
    } catch {
      // A cache that cannot be written only makes the next start slower.
    }
  }

  dispose(): void {
    this.cancel?.cancel();
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
