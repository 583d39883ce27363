// Keeps one analysis per open article and re-runs it after edits. The Analyzer's paragraph cache
// makes a keystroke cost only the touched paragraph plus the cheap document-level steps. Results
// carry the document version they were computed for, so nothing stale is ever painted.
// Long articles, and any whose analysis once took long, are analysed in a worker, off the
// extension host's thread: a pasted hostile text never freezes the window, and a run that is
// overtaken by newer text is cancelled.
import * as vscode from 'vscode';
import { applyDecisions, type Annotation, type Person, type Reviewed } from '../annotations';
import { Analyzer, InputError, type Analysis } from '../core';
import { settings } from './settings';
import { AnalysisWorkerClient } from './worker/client';
import type { WorkerTransport } from './worker/protocol';

export interface DocumentAnalysis {
  uri: vscode.Uri;
  version: number;
  /**
   * The document analysed. Untitled URIs are reused and versions restart, so (uri, version) alone
   * can match a different, closed document.
   */
  document?: vscode.TextDocument;
  analysis?: Analysis;
  /** The decisions applied to `analysis` (which is then the reviewed analysis). */
  review?: Reviewed;
  /** Set when the text cannot be analysed (binary, oversized); the message says why and where. */
  error?: { message: string; offset: number };
}

/** Paragraph results kept per document; enough for a long article, bounded for huge ones. */
const PARAGRAPH_CACHE = 4000;
/** Articles at least this long are analysed in the worker from the start. */
const WORKER_MIN_CHARS = 100_000;
/** An inline analysis slower than this sends the document (if not short) to the worker from then on. */
const SLOW_INLINE_MS = 50;
const SLOW_MIN_CHARS = 20_000;
/** A worker run overtaken by newer text is cancelled (the worker restarted) after this long. */
const CANCEL_AFTER_MS = 1000;

export class AnalysisService implements vscode.Disposable {
  private readonly results = new Map<string, DocumentAnalysis>();
  private readonly worker?: AnalysisWorkerClient;
  /** Documents analysed in the worker, with their last raw analysis (decisions are applied here). */
  private readonly inWorker = new Map<string, { version: number; analysis?: Analysis; error?: DocumentAnalysis['error']; lastComputed: number } | null>();
  /** Per document: the worker run in flight, and whether newer text waits for it. */
  private readonly inflight = new Map<string, { version: number; started: number }>();
  private readonly queued = new Set<string>();
  /** The worker's name for each open document: untitled URIs are reused, documents are not. */
  private readonly workerKeys = new WeakMap<vscode.TextDocument, string>();
  private workerKeyCount = 0;
  private readonly analyzers = new Map<string, Analyzer>();
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  /** Callers waiting for a document's analysis; untitled URIs are reused, so each names its document. */
  private readonly waiters = new Map<string, { doc: vscode.TextDocument; done: (result: DocumentAnalysis | undefined) => void }[]>();
  /** Documents whose decisions changed since their last analysis. */
  private readonly stale = new Set<string>();
  private readonly changed = new vscode.EventEmitter<DocumentAnalysis>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  /** Fires after a document's analysis is replaced (or cleared: `analysis` undefined). */
  readonly onDidAnalyze = this.changed.event;
  /** Where the human decisions come from (the sidecar store), once it exists. */
  private decisions?: (uri: vscode.Uri) => { annotations: readonly Annotation[]; speakers: readonly Person[] } | undefined;

  setDecisionSource(source: (uri: vscode.Uri) => { annotations: readonly Annotation[]; speakers: readonly Person[] } | undefined): void {
    this.decisions = source;
  }

  /** Re-runs the analysis of an open document soon (its decisions changed). */
  refresh(uri: vscode.Uri): void {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (doc) this.schedule(doc, true);
  }

  constructor(worker?: () => Promise<WorkerTransport>) {
    if (worker) {
      this.worker = new AnalysisWorkerClient(worker, (message) => console.warn(message));
      this.disposables.push(this.worker);
    }
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d)),
      vscode.workspace.onDidChangeTextDocument((e) => { if (e.contentChanges.length) this.schedule(e.document); }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        const workerKey = this.workerKeys.get(d);
        if (workerKey) this.worker?.forget(workerKey);
        this.release(d.uri, (w) => w.doc === d, undefined);
        // A late close of an earlier document under a reused untitled URI must not drop the new one
        // (its result, its scheduled analysis or its waiters).
        const reopened = vscode.workspace.textDocuments.some((o) => o !== d && !o.isClosed && o.uri.toString() === d.uri.toString());
        const have = this.get(d.uri);
        if (!reopened && (!have?.document || have.document === d)) this.forget(d.uri);
        else if (have?.document === d) this.results.delete(d.uri.toString());
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('zitatlupe.languages')) this.refreshAll();
        if (e.affectsConfiguration('zitatlupe.interviewTurns')) this.reanalyzeAll();
      }),
    );
    this.refreshAll();
  }

  isEnabledFor(doc: vscode.TextDocument): boolean {
    return settings().languages.includes(doc.languageId) && doc.uri.scheme !== 'output';
  }

  /** Paragraphs the last analysis of this document computed afresh (the rest came from its cache). */
  lastComputed(uri: vscode.Uri): number | undefined {
    return this.inWorker.get(uri.toString())?.lastComputed ?? this.analyzers.get(uri.toString())?.lastComputed;
  }

  /** Whether the document is analysed in the worker (long, or once slow). */
  analysedInWorker(uri: vscode.Uri): boolean {
    return this.inWorker.has(uri.toString());
  }

  get(uri: vscode.Uri): DocumentAnalysis | undefined {
    return this.results.get(uri.toString());
  }

  /**
   * The analysis for the document's current version, computing it now if needed — unless the
   * document is analysed in the worker: then undefined until the worker's result arrives (the
   * thread is never blocked; callers that must have it await whenAnalysed).
   */
  current(doc: vscode.TextDocument): DocumentAnalysis | undefined {
    if (!this.isEnabledFor(doc)) return undefined;
    const key = doc.uri.toString();
    const have = this.get(doc.uri);
    if (have && have.document === doc && have.version === doc.version && !this.stale.has(key)) return have;
    if (this.useWorker(doc)) {
      const raw = this.inWorker.get(key);
      // Only the decisions changed: applied here at once, no new analysis needed.
      if (raw && raw.version === doc.version) return this.accept(doc, raw.analysis, raw.error);
      this.schedule(doc);
      return undefined;
    }
    return this.run(doc);
  }

  /** The current analysis, waiting for the worker if it is still at work (commands, hovers). */
  async ready(doc: vscode.TextDocument): Promise<DocumentAnalysis | undefined> {
    return this.current(doc) ?? this.whenAnalysed(doc);
  }

  /** Resolves once the document's current version has been analysed (for tests and commands). */
  whenAnalysed(doc: vscode.TextDocument): Promise<DocumentAnalysis | undefined> {
    const have = this.get(doc.uri);
    if (!this.isEnabledFor(doc)) return Promise.resolve(undefined);
    if (have && have.document === doc && have.version === doc.version && !this.pending.has(doc.uri.toString())) return Promise.resolve(have);
    return new Promise((resolve) => {
      const key = doc.uri.toString();
      const list = this.waiters.get(key) ?? [];
      list.push({ doc, done: resolve });
      this.waiters.set(key, list);
      this.schedule(doc);
    });
  }

  /** Every open article again from scratch (a setting that changes what the analysis finds). */
  private reanalyzeAll(): void {
    for (const doc of vscode.workspace.textDocuments) if (this.isEnabledFor(doc)) this.schedule(doc, true);
  }

  private refreshAll(): void {
    for (const doc of vscode.workspace.textDocuments) {
      if (this.isEnabledFor(doc)) this.schedule(doc);
      else if (this.results.has(doc.uri.toString())) this.forget(doc.uri);
    }
  }

  private schedule(doc: vscode.TextDocument, force = false): void {
    if (!this.isEnabledFor(doc)) return;
    if (force) this.stale.add(doc.uri.toString());
    const key = doc.uri.toString();
    const old = this.pending.get(key);
    if (old) clearTimeout(old);
    // Changes arriving together (typing, multi-cursor, undo groups) are analysed once.
    this.pending.set(key, setTimeout(() => {
      this.pending.delete(key);
      if (doc.isClosed) return;
      if (this.useWorker(doc)) void this.runInWorker(doc);
      else this.run(doc);
    }, settings().delay));
  }

  private useWorker(doc: vscode.TextDocument): boolean {
    if (!this.worker) return false;
    const key = doc.uri.toString();
    if (!this.inWorker.has(key) && doc.getText().length >= WORKER_MIN_CHARS) this.inWorker.set(key, null);
    return this.inWorker.has(key);
  }

  private run(doc: vscode.TextDocument): DocumentAnalysis {
    const key = doc.uri.toString();
    let analyzer = this.analyzers.get(key);
    const { interviewTurns } = settings();
    if (!analyzer || analyzer.interviewTurns !== interviewTurns) {
      this.analyzers.set(key, (analyzer = new Analyzer({ cacheSize: PARAGRAPH_CACHE, explain: true, interviewTurns })));
    }
    const started = Date.now();
    let analysis: Analysis | undefined, error: DocumentAnalysis['error'];
    try {
      analysis = analyzer.analyze(doc.getText());
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      error = { message: e.message, offset: e.offset };
    }
    // Too slow for this thread: the next analysis of this document runs in the worker. (A short
    // article is never sent: its first, cold analysis can be slow on a busy machine.)
    if (this.worker && Date.now() - started > SLOW_INLINE_MS && doc.getText().length >= SLOW_MIN_CHARS) {
      this.inWorker.set(key, null);
      this.analyzers.delete(key);
    }
    return this.accept(doc, analysis, error);
  }

  /** One worker run at a time per document; newer text waits, and cancels a run that takes too long. */
  private async runInWorker(doc: vscode.TextDocument): Promise<void> {
    const key = doc.uri.toString();
    const running = this.inflight.get(key);
    if (running) {
      // The same text is being analysed already: its result will do.
      if (running.version === doc.version) return;
      this.queued.add(key);
      setTimeout(() => { if (this.inflight.get(key) === running && this.queued.has(key) && this.worker!.cancellable) this.worker!.restart(); }, Math.max(0, running.started + CANCEL_AFTER_MS - Date.now()));
      return;
    }
    const run = { version: doc.version, started: Date.now() };
    this.inflight.set(key, run);
    let workerKey = this.workerKeys.get(doc);
    if (!workerKey) this.workerKeys.set(doc, (workerKey = `${key}#${++this.workerKeyCount}`));
    const outcome = await this.worker!.analyze(workerKey, run.version, doc.getText(), settings().interviewTurns);
    this.inflight.delete(key);
    if (doc.isClosed) return;
    if (outcome === undefined) {
      // No worker can run here: back to analysing in this thread.
      this.inWorker.delete(key);
      this.run(doc);
      return;
    }
    if ('cancelled' in outcome || this.queued.delete(key) || outcome.version !== doc.version) {
      void this.runInWorker(doc);
      if ('cancelled' in outcome) return;
    }
    if (outcome.crash) throw new Error(`Zitatlupe's analysis failed: ${outcome.crash}`);
    if (outcome.version !== doc.version) return;
    this.inWorker.set(key, { version: outcome.version, analysis: outcome.analysis, error: outcome.error, lastComputed: outcome.lastComputed });
    this.accept(doc, outcome.analysis, outcome.error);
  }

  /** A document's analysis (or error) with its decisions applied becomes the current result. */
  private accept(doc: vscode.TextDocument, analysis: Analysis | undefined, error: DocumentAnalysis['error']): DocumentAnalysis {
    const key = doc.uri.toString();
    let result: DocumentAnalysis;
    if (analysis) {
      const decided = this.decisions?.(doc.uri);
      const review = decided && (decided.annotations.length || decided.speakers.length) ? applyDecisions(analysis, decided.annotations, decided.speakers) : undefined;
      result = { uri: doc.uri, version: doc.version, document: doc, analysis: review?.analysis ?? analysis, ...(review ? { review } : {}) };
    } else {
      result = { uri: doc.uri, version: doc.version, document: doc, error };
    }
    // A closed document (a late timer or hover) never replaces the result of one reusing its URI.
    if (doc.isClosed) return result;
    this.results.set(key, result);
    this.stale.delete(key);
    this.changed.fire(result);
    // Only waiters for this document and this version: an edit since has its own analysis coming.
    this.release(doc.uri, (w) => w.doc === doc && w.doc.version === result.version, result);
    return result;
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    const timer = this.pending.get(key);
    if (timer) clearTimeout(timer);
    this.pending.delete(key);
    this.analyzers.delete(key);
    this.inWorker.delete(key);
    this.queued.delete(key);
    if (this.results.delete(key)) this.changed.fire({ uri, version: -1 });
    this.release(uri, () => true, undefined);
  }

  /** Resolves (and drops) the waiters for this URI that `which` picks. */
  private release(uri: vscode.Uri, which: (w: { doc: vscode.TextDocument }) => boolean, result: DocumentAnalysis | undefined): void {
    const key = uri.toString();
    const list = this.waiters.get(key);
    if (!list) return;
    const keep = list.filter((w) => !which(w));
    for (const w of list) if (which(w)) w.done(result);
    if (keep.length) this.waiters.set(key, keep);
    else this.waiters.delete(key);
  }

  dispose(): void {
    for (const t of this.pending.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}
