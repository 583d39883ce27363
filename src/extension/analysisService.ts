// Keeps one analysis per open article and re-runs it after edits. The Analyzer's paragraph cache
// makes a keystroke cost only the touched paragraph plus the cheap document-level steps. Results
// carry the document version they were computed for, so nothing stale is ever painted.
import * as vscode from 'vscode';
import { applyDecisions, type Annotation, type Person, type Reviewed } from '../annotations';
import { Analyzer, InputError, type Analysis } from '../core';
import { settings } from './settings';

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

export class AnalysisService implements vscode.Disposable {
  private readonly results = new Map<string, DocumentAnalysis>();
  private readonly analyzers = new Map<string, Analyzer>();
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly waiters = new Map<string, (() => void)[]>();
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

  constructor() {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d)),
      vscode.workspace.onDidChangeTextDocument((e) => { if (e.contentChanges.length) this.schedule(e.document); }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        // A late close of an earlier document under a reused untitled URI must not drop the new one.
        const have = this.get(d.uri);
        if (!have?.document || have.document === d) this.forget(d.uri);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('zitatlupe.languages')) this.refreshAll();
      }),
    );
    this.refreshAll();
  }

  isEnabledFor(doc: vscode.TextDocument): boolean {
    return settings().languages.includes(doc.languageId) && doc.uri.scheme !== 'output';
  }

  /** Paragraphs the last analysis of this document computed afresh (the rest came from its cache). */
  lastComputed(uri: vscode.Uri): number | undefined {
    return this.analyzers.get(uri.toString())?.lastComputed;
  }

  get(uri: vscode.Uri): DocumentAnalysis | undefined {
    return this.results.get(uri.toString());
  }

  /** The analysis for the document's current version, computing it now if needed. */
  current(doc: vscode.TextDocument): DocumentAnalysis | undefined {
    if (!this.isEnabledFor(doc)) return undefined;
    const have = this.get(doc.uri);
    if (have && have.document === doc && have.version === doc.version && !this.stale.has(doc.uri.toString())) return have;
    return this.run(doc);
  }

  /** Resolves once the document's current version has been analysed (for tests and commands). */
  whenAnalysed(doc: vscode.TextDocument): Promise<DocumentAnalysis | undefined> {
    const have = this.get(doc.uri);
    if (!this.isEnabledFor(doc)) return Promise.resolve(undefined);
    if (have && have.document === doc && have.version === doc.version && !this.pending.has(doc.uri.toString())) return Promise.resolve(have);
    return new Promise((resolve) => {
      const key = doc.uri.toString();
      const list = this.waiters.get(key) ?? [];
      list.push(() => resolve(this.get(doc.uri)));
      this.waiters.set(key, list);
      this.schedule(doc);
    });
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
      if (!doc.isClosed) this.run(doc);
    }, settings().delay));
  }

  private run(doc: vscode.TextDocument): DocumentAnalysis {
    const key = doc.uri.toString();
    let analyzer = this.analyzers.get(key);
    if (!analyzer) this.analyzers.set(key, (analyzer = new Analyzer({ cacheSize: PARAGRAPH_CACHE, explain: true })));
    let result: DocumentAnalysis;
    try {
      const analysis = analyzer.analyze(doc.getText());
      const decided = this.decisions?.(doc.uri);
      const review = decided && (decided.annotations.length || decided.speakers.length) ? applyDecisions(analysis, decided.annotations, decided.speakers) : undefined;
      result = { uri: doc.uri, version: doc.version, document: doc, analysis: review?.analysis ?? analysis, ...(review ? { review } : {}) };
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      result = { uri: doc.uri, version: doc.version, document: doc, error: { message: e.message, offset: e.offset } };
    }
    this.results.set(key, result);
    this.stale.delete(key);
    this.changed.fire(result);
    for (const w of this.waiters.get(key) ?? []) w();
    this.waiters.delete(key);
    return result;
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    const timer = this.pending.get(key);
    if (timer) clearTimeout(timer);
    this.pending.delete(key);
    this.analyzers.delete(key);
    if (this.results.delete(key)) this.changed.fire({ uri, version: -1 });
    for (const w of this.waiters.get(key) ?? []) w();
    this.waiters.delete(key);
  }

  dispose(): void {
    for (const t of this.pending.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}
