// The work of one input, shared by the inline path and the worker threads.
import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MAX_SIDECAR_BYTES, parseSidecar, sidecarPathFor, type SidecarData } from '../annotations';
import { readTextFile } from '../annotations/files';
import { writeExportFile } from './output';
import { Analyzer, DEFAULT_MAX_LENGTH, InputError, LineIndex, toPrediction, type RuleTiming } from '../core';
import { buildExport, exportFormat, toCsv, type Format } from '../export';
import { indexArticle, type IndexedArticle } from '../crossArticle';

let analyzer = new Analyzer();

/** How the analysis runs: `--explain`, `--disable-rules` for ablations, `--interview-turns`. */
export interface AnalyzeOptions { explain?: boolean; disabled?: string[]; interviewTurns?: boolean }

/** Sets up this thread's analyzer for its tasks (the main thread, or a worker from its workerData). */
export function configureAnalyzer(options: AnalyzeOptions | undefined, timing?: RuleTiming): void {
  if (!options?.explain && !options?.disabled?.length && !options?.interviewTurns && !timing) return;
  analyzer = new Analyzer({ explain: options?.explain, rules: { disabled: options?.disabled, timing }, interviewTurns: options?.interviewTurns });
}

/** One JSON line; `error` when the reader could not take it (encoding, length). */
export interface AnalyzeInput { line: number; raw: string; error?: string }
export type AnalyzeOutput = { ok: string } | { error: string; id: unknown };

export function analyzeTask({ raw, error }: AnalyzeInput): AnalyzeOutput {
  if (error) return { error, id: null };
  let id: unknown = null;
  try {
    let doc: { id?: unknown; text?: unknown };
    try {
      doc = JSON.parse(raw);
    } catch (e) {
      throw new Error(`invalid JSON: ${(e as Error).message}`);
    }
    if (!doc || typeof doc !== 'object') throw new Error('expected a JSON object');
    id = doc.id ?? null;
    if (typeof doc.text !== 'string') throw new Error('missing "text" (a string)');
    return { ok: JSON.stringify({ id: doc.id, ...toPrediction(analyzer.analyze(doc.text)) }) };
  } catch (err) {
    return { error: (err as Error).message, id };
  }
}

/** The article's sidecar data, undefined without a sidecar; an invalid one throws with its line and column. */
function sidecarData(file: string, folder?: string): SidecarData | undefined {
  const sidecarPath = sidecarPathFor(file, folder);
  if (!existsSync(sidecarPath)) return undefined;
  const parsed = parseSidecar(readTextFile(sidecarPath, MAX_SIDECAR_BYTES, sidecarPath));
  const error = parsed.issues.find((i) => i.severity === 'error');
  if (error || !parsed.data) throw new Error(`${sidecarPath}:${error?.line ?? 1}:${error?.col ?? 1}: ${error?.message ?? 'invalid sidecar'}`);
  return parsed.data;
}

export interface ExportInput {
  file: string; format: Format; includeSuggestions?: boolean; includeRejections?: boolean; excel?: boolean; safeFormulas?: boolean; sidecarFolder?: string;
  /** Write the files here (in the worker) instead of returning them. */ outDir?: string;
  /** The article's absolute IRI in W3C exports (default: its file: URL). */ source?: string;
}
export type ExportOutput = { files: { name: string; content: string }[]; items: number; orphans: number; moved: number } | { error: string };

export function exportTask(input: ExportInput): ExportOutput {
  try {
    const text = readText(input.file);
    const sidecar = sidecarData(input.file, input.sidecarFolder);
    const name = basename(input.file);
    const doc = buildExport(name, text, analyzer.analyze(text), sidecar, { ...(input.includeSuggestions ? { includeSuggestions: true } : {}), ...(input.includeRejections ? { includeRejections: true } : {}) });
    const stem = name.replace(/\.txt$/, '');
    // (CSV rows of many articles go into one file under one header: the CLI writes the header once.)
    const files = input.format === 'csv'
      ? [{ name: `${stem}.csv`, content: toCsv([doc], { excel: input.excel, safeFormulas: input.safeFormulas, header: false }) }]
      : exportFormat(input.format).files(doc, stem, { excel: input.excel, safeFormulas: input.safeFormulas, source: input.source ?? pathToFileURL(resolve(input.file)).href });
    if (input.outDir) {
      for (const f of files) writeExportFile(join(input.outDir, f.name), f.content, input.file);
      return { files: [], items: doc.items.length, orphans: doc.orphans.length, moved: doc.moved };
    }
    return { files, items: doc.items.length, orphans: doc.orphans.length, moved: doc.moved };
  } catch (err) {
    return { error: describeError(err) };
  }
}

export interface StatsInput { file: string }
export type StatsOutput = { file: string; quotes: number; byType: Record<string, number>; hedges: number; authorHedges: number; speakers: Record<string, number> } | { error: string };

export function statsTask({ file }: StatsInput): StatsOutput {
  try {
    const a = analyzer.analyze(readText(file));
    const byType: Record<string, number> = { direct: 0, indirect: 0, reported: 0, free_indirect: 0 };
    const speakers: Record<string, number> = {};
    for (const q of a.quotes) {
      byType[q.type]++;
      const who = q.speaker?.name ?? q.speaker?.text;
      if (who) speakers[who] = (speakers[who] ?? 0) + 1;
    }
    return { file, quotes: a.quotes.length, byType, hedges: a.hedges.length, authorHedges: a.hedges.filter((h) => !h.inQuote).length, speakers };
  } catch (err) {
    return { error: describeError(err) };
  }
}

export interface IndexInput { file: string; sidecarFolder?: string }
/** One article's quotes for the cross-article index, with the 1-based line of each quote. */
export type IndexOutput = { article: IndexedArticle; lines: number[] } | { error: string };

export function indexTask({ file, sidecarFolder }: IndexInput): IndexOutput {
  try {
    const text = readText(file);
    const sidecar = sidecarData(file, sidecarFolder);
    const article = indexArticle(file, basename(file), text, analyzer.analyze(text), sidecar);
    const lines = new LineIndex(text);
    return { article, lines: article.quotes.map((q) => lines.lineOf(q.start)) };
  } catch (err) {
    return { error: describeError(err) };
  }
}

/** An article's text: its size checked before reading (the analysis limit, in UTF-8 bytes at most 4 per character), strictly UTF-8. */
export function readText(file: string): string {
  try {
    return readTextFile(file, 4 * DEFAULT_MAX_LENGTH);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new Error('no such file');
    throw err;
  }
}

function describeError(err: unknown): string {
  return err instanceof InputError || err instanceof Error ? err.message : String(err);
}
