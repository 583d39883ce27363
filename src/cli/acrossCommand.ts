// Commands across articles: `speakers` (who is quoted how often, in how many articles, under which
// names), `quotes` (search all quotes, as a timeline) and `variants` (the same statement in
// different words). Each article is analysed with its sidecar's decisions; a file that fails is
// reported and the rest go on.
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { FileError, MAX_SIDECAR_BYTES } from '../annotations';
import { readTextFile } from '../annotations/files';
import { SourceIndex } from '../core/sourceCheck';
import { count, findVariants, nameKey, parsePersons, PERSONS_FILE, searchQuotes, SpeakerIndex, type IndexedArticle, type IndexedQuote, type PersonsFile } from '../crossArticle';
import { openOutput } from './output';
import { createPool } from './pool';
import { indexTask, type IndexInput, type IndexOutput } from './tasks';
import { diffText } from './verifyCommand';

export interface AcrossOptions {
  sidecarFolder?: string;
  /** The CLI bundle the worker threads run (default: this file, which is the bundle). */
  script?: string;
  /** The persons file; default: zitatlupe.persons.yaml in the (first) folder given. */
  persons?: string;
}

interface Loaded {
  index: SpeakerIndex;
  /** 1-based line of a quote, per article. */
  lineOf: (article: string, quoteId: string) => number;
  failures: number;
}

/** Reads every article (in worker threads with jobs > 1), reporting and skipping bad files. */
export async function loadIndex(paths: string[], files: string[], options: AcrossOptions, jobs: number, err: (s: string) => void): Promise<Loaded> {
  const articles: IndexedArticle[] = [];
  const lines = new Map<string, number>();
  let failures = 0;
  const pool = createPool<IndexInput, IndexOutput>(jobs, 'index', indexTask, options.script ?? __filename, undefined);
  try {
    await pool.run(files.map((file) => ({ file, ...(options.sidecarFolder ? { sidecarFolder: options.sidecarFolder } : {}) })), (r, { file }) => {
      if ('error' in r) { failures++; err(`zitatlupe: ${file}: ${r.error}\n`); return; }
      articles.push(r.article);
      r.article.quotes.forEach((q, k) => lines.set(`${file}\u0000${q.id}`, r.lines[k]));
    });
  } finally {
    await pool.close();
  }
  const personsPath = options.persons ?? defaultPersonsPath(paths);
  let persons: PersonsFile | undefined;
  if (personsPath && existsSync(personsPath)) {
    const parsed = parsePersons(readTextFile(personsPath, MAX_SIDECAR_BYTES, personsPath));
    for (const i of parsed.issues) err(`zitatlupe: ${personsPath}:${i.line}:${i.col}: ${i.severity}: ${i.message}\n`);
    if (!parsed.data) failures++;
    persons = parsed.data;
  } else if (options.persons) {
    throw new FileError(`${options.persons}: no such file`);
  }
  return { index: new SpeakerIndex(articles, persons), lineOf: (article, id) => lines.get(`${article}\u0000${id}`) ?? 1, failures };
}

/**
 * `zitatlupe index`: one JSON line per quote, streamed article by article in input order (the
 * archive never has to fit in memory). Speakers are named as in their article, with the key that
 * merges names across articles; `speakers` does the merging.
 */
export async function indexCommand(files: string[], outPath: string | undefined, options: AcrossOptions, jobs: number, err: (s: string) => void): Promise<number> {
  const out = openOutput(outPath, files);
  let failures = 0, written = 0;
  const pool = createPool<IndexInput, IndexOutput>(jobs, 'index', indexTask, options.script ?? __filename, undefined);
  try {
    await pool.run(files.map((file) => ({ file, ...(options.sidecarFolder ? { sidecarFolder: options.sidecarFolder } : {}) })), async (r, { file }) => {
      if ('error' in r) { failures++; err(`zitatlupe: ${file}: ${r.error}\n`); return; }
      for (const [k, q] of r.article.quotes.entries()) {
        await out.write(JSON.stringify({
          article: file, date: q.date ?? null, title: q.title ?? null, line: r.lines[k], id: q.id, type: q.type, status: q.status,
          speaker: q.speaker ?? null, speakerKey: q.speaker && !q.roleOnly ? nameKey(q.speaker) : null, ...(q.role ? { role: q.role } : {}),
          text: q.text, start: q.start, end: q.end,
        }));
        written++;
      }
    });
  } finally {
    await pool.close();
  }
  await out.close();
  err(`zitatlupe: ${written} quotes from ${files.length - failures} of ${files.length} articles\n`);
  return failures ? 1 : 0;
}

function defaultPersonsPath(paths: string[]): string | undefined {
  for (const p of paths) {
    try {
      const dir = statSync(p).isDirectory() ? p : dirname(p);
      if (existsSync(join(dir, PERSONS_FILE))) return join(dir, PERSONS_FILE);
    } catch { /* reported as missing by the caller */ }
  }
  return undefined;
}

const TYPE_ORDER = ['direct', 'indirect', 'reported', 'free_indirect'] as const;

export function speakersReport(loaded: Loaded, asJson: boolean, out: (s: string) => void): void {
  const { index } = loaded;
  if (asJson) {
    out(JSON.stringify({
      articles: index.articles.length,
      persons: index.persons.map((p) => ({
        name: p.name, ...(p.role ? { role: p.role } : {}), roleOnly: p.roleOnly, names: p.names, quotes: count(p), byType: p.byType, articles: p.articles,
        timeline: p.quotes.map((q) => ({ article: q.article, ...(q.date ? { date: q.date } : {}), line: loaded.lineOf(q.article, q.id), id: q.id, type: q.type, status: q.status, text: q.text })),
      })),
    }, null, 2) + '\n');
    return;
  }
  const named = index.persons.filter((p) => !p.roleOnly);
  out(`${plural(index.articles.length, 'article')}, ${plural(named.length, 'named speaker')}, ${plural(index.persons.length - named.length, 'role-only speaker')} (counted per article)\n\n`);
  out(`${'speaker'.padEnd(34)} ${'quotes'.padStart(6)} ${'direct'.padStart(6)} ${'indir.'.padStart(6)} ${'rep.'.padStart(5)} ${'free'.padStart(5)} ${'articles'.padStart(8)}  also as\n`);
  for (const p of index.persons) {
    const who = (p.roleOnly ? `${p.name} (${basename(p.articles[0])})` : p.name).slice(0, 34);
    const cells = [count(p), ...TYPE_ORDER.map((t) => p.byType[t]), p.articles.length];
    const widths = [6, 6, 6, 5, 5, 8];
    out(`${who.padEnd(34)} ${cells.map((n, k) => String(n).padStart(widths[k])).join(' ')}  ${p.names.slice(1).join(', ')}\n`);
  }
}

export function quotesReport(loaded: Loaded, search: string, asJson: boolean, out: (s: string) => void): void {
  const found = searchQuotes(loaded.index, search);
  const speakerOf = (q: IndexedQuote) => loaded.index.personOf(q.article, q.id)?.name ?? q.speaker;
  if (asJson) {
    out(JSON.stringify({ search, quotes: found.map((q) => ({ ...q, line: loaded.lineOf(q.article, q.id), ...(speakerOf(q) ? { speaker: speakerOf(q) } : {}) })) }, null, 2) + '\n');
    return;
  }
  for (const q of found) {
    out(`${(q.date ?? '–').padEnd(10)} ${`${q.article}:${loaded.lineOf(q.article, q.id)}`}  ${q.type}, ${q.status}${speakerOf(q) ? `, ${speakerOf(q)}` : ''}\n    ${q.text.replace(/\s+/g, ' ')}\n`);
  }
  out(`${plural(found.length, 'quote')} of ${loaded.index.allQuotes().length}\n`);
}

export function variantsReport(loaded: Loaded, asJson: boolean, out: (s: string) => void): number {
  const result = findVariants(loaded.index.allQuotes());
  const variants = result.groups.filter((g) => g.wordings > 1);
  const diffs = (g: (typeof variants)[number]) => g.members.map((q, k) => {
    // (Each wording against the first: what the others changed, left out or added.)
    const m = k === 0 ? undefined : new SourceIndex(g.members[0].text).check(q.text);
    return { q, verdict: m?.verdict, diff: m ? diffText(m.diff) : undefined };
  });
  if (asJson) {
    out(JSON.stringify({
      quotes: loaded.index.allQuotes().length, comparisons: result.comparisons,
      variants: variants.map((g) => ({ wordings: g.wordings, places: diffs(g).map(({ q, verdict, diff }) => ({ article: q.article, ...(q.date ? { date: q.date } : {}), line: loaded.lineOf(q.article, q.id), id: q.id, speaker: q.speaker ?? null, text: q.text, ...(verdict ? { verdict, diff } : {}) })) })),
    }, null, 2) + '\n');
    return 0;
  }
  for (const g of variants) {
    const speakers = [...new Set(g.members.map((q) => loaded.index.personOf(q.article, q.id)?.name ?? q.speaker).filter(Boolean))];
    out(`${plural(g.members.length, 'place')}, ${plural(g.wordings, 'wording')}${speakers.length ? ` — ${speakers.join(', ')}` : ''}\n`);
    for (const { q, verdict, diff } of diffs(g)) {
      out(`  ${(q.date ?? '–').padEnd(10)} ${q.article}:${loaded.lineOf(q.article, q.id)}  ${q.text.replace(/\s+/g, ' ')}\n`);
      if (verdict && verdict !== 'exact' && verdict !== 'exact-except-punctuation') out(`  ${''.padEnd(10)} ${verdict}: ${diff}\n`);
    }
    out('\n');
  }
  out(`${plural(variants.length, 'statement')} quoted in different words; ${result.groups.length - variants.length} quoted alike in several places (${result.comparisons} comparisons for ${loaded.index.allQuotes().length} quotes)\n`);
  return 0;
}

function plural(n: number, noun: string): string {
  return `${n} ${n === 1 ? noun : noun + 's'}`;
}
