// `zitatlupe`: the command-line tool over the pure core. Streams JSONL so that files of
// thousands of articles never sit in memory whole; one bad line or file never stops a batch.
import { closeSync, createReadStream, existsSync, mkdirSync, openSync, readdirSync, readSync, realpathSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join, relative, sep } from 'node:path';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { jsonlLines } from './cli/jsonl';
import { commonRoot, FileError, guardOutput, openOutput, outputFolderFor } from './cli/output';
import { importAnnotations } from './cli/importCommand';
import { verify } from './cli/verifyCommand';
import { indexCommand, loadIndex, quotesReport, speakersReport, variantsReport } from './cli/acrossCommand';
import { createPool, type TaskName } from './cli/pool';
import { analyzeTask, configureAnalyzer, exportTask, indexTask, readText, statsTask, type AnalyzeInput, type AnalyzeOptions, type AnalyzeOutput, type ExportInput, type ExportOutput, type StatsOutput } from './cli/tasks';
import { CSV_COLUMNS, exportFormat, FORMATS, type Format } from './export';
import { reanchorAll, serializeSidecar, sha256Hex } from './annotations';
import { readSidecarFor, writeFileAtomic } from './annotations/files';
import { allRules, Analyzer, EDITOR_DEFAULT_RULES, exportOutputMarker, groupQuotes, InputError, RuleTiming, ruleById, speakerById, toPrediction, whyNotAnArticle, type Analysis, type ArticleRules } from './core';

const USAGE = `Usage:
  zitatlupe analyze --jsonl IN.jsonl [--out OUT.jsonl] [--jobs N]
                                                           one {"id","text"} per line in, one prediction per line out
  zitatlupe analyze FILE… [--pretty]                       analyse article files, one JSON line per file
                                                           (--pretty: a readable listing instead)
           [--explain]                                     add to each quote and hedge the rules that made it ("why")
           [--timing]                                      print the time spent per rule (one job)
           [--disable-rules ID,…]                          switch rules off (for ablations; ids: zitatlupe rules)
           [--interview-turns]                             each turn of an interview („Roth: …“) as a direct quote of
                                                           its speaker (also for export and stats)
  zitatlupe rules [--json]                                 list the analysis rules with their ids and descriptions
  zitatlupe export FILE|DIR… --format json|csv|w3c|brat|md [--out PATH] [--include suggestions,rejections]
                 [--excel] [--safe-formulas|--no-safe-formulas] [--jobs N] [--sidecar-folder DIR]
                 [--languages …] [--base-iri IRI]          export decisions (accepted; --include suggestions adds
                                                           open ones, rejections the rejected ones for a round trip;
                                                           without a sidecar: the automatic analysis)
                                                           --excel: CSV with ; and a BOM; its cells that start with
                                                           = + - @ get a ' so Excel never runs them (also --safe-formulas)
                                                           --base-iri: W3C target.source under this IRI (default file:)
  zitatlupe stats DIR|FILE… [--json] [--jobs N] [--languages …]
                                                           who is quoted how often, direct/indirect share, hedges
  In folders, export and stats take what the editor analyses: *.news.txt and .txt files whose first
  line is "date YYYY-MM-DD"; [--languages german-news,plaintext,markdown] adds plain .txt / .md
  files, like the setting zitatlupe.languages. Folders of export output (annotation.conf) are skipped.
  zitatlupe check FILE… [--write] [--sidecar-folder DIR]
                                                           re-anchor the sidecars of these articles; report what
                                                           moved and what is orphaned; exit 1 on invalid sidecars
                                                           or orphans (--write saves the re-anchored targets)
  zitatlupe import FILE.ann|FILE.jsonld --article ARTICLE [--merge|--replace] [--dry-run] [--sidecar-folder DIR]
                                                           bring a brat or W3C file into the article's sidecar: by id,
                                                           keeping the rest (--merge, default) or only the imported
                                                           (--replace); what it cannot read is reported with its
                                                           line (exit 1); --dry-run shows what would change
  zitatlupe verify ARTICLE [--source FILE…] [--json|--markdown] [--record] [--sidecar-folder DIR]
                                                           every direct quote against its source (transcript, press
                                                           release; text, Markdown, WebVTT/SRT): exact, exact except
                                                           punctuation/case, shortened, words changed, not found,
                                                           with a word diff; exit 1 on words changed or not found;
                                                           --record keeps the sources (path, sha256) in the sidecar,
                                                           and without --source the recorded ones are checked;
                                                           --markdown prints the report for the desk
  zitatlupe index DIR|FILE… [--out INDEX.jsonl] [--jobs N]  one JSON line per quote (article, date, line, speaker and its
                                                           merge key, type, decision, text), streamed in input order
  zitatlupe speakers DIR|FILE… [--json] [--persons FILE] [--languages …] [--sidecar-folder DIR] [--jobs N]
                                                           who is quoted across the articles: persons merged by name
                                                           („Putin“ = „Wladimir Putin“; role-only mentions such as
                                                           „der Sprecher“ per article), quotes by type, articles
  zitatlupe quotes DIR|FILE… [--search "WORDS speaker:NAME type:direct from:2025-01 to:2025-06 status:accepted"] [--json]
                                                           search all quotes; the list is a timeline (article date)
  zitatlupe variants DIR|FILE… [--json] [--jobs N]         the same statement quoted in different words (changed,
                                                           left out, added), with a word diff against the first
  The persons file (default: zitatlupe.persons.yaml in the folder) merges names („aliases“) and
  keeps apart surnames shared by several people („distinct“); the editor writes it.
  zitatlupe --help | --version`;


function takeOption(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) throw new UsageError(`${name} needs a value.`);
  args.splice(i, 2);
  return value;
}

/** Removes a boolean flag from the arguments and says whether it was there. */
function takeFlag(args: string[], name: string): boolean {
  const i = args.indexOf(name);
  if (i >= 0) args.splice(i, 1);
  return i >= 0;
}

/** After the known options are taken: anything else starting with -- is a mistake. */
function rejectUnknownOptions(args: string[]): void {
  const unknown = args.find((a) => a.startsWith('--'));
  if (unknown) throw new UsageError(`unknown option ${unknown}`);
}

class UsageError extends Error {}

function describe(err: unknown): string {
  if (err instanceof InputError) return err.message;
  if (err instanceof Error) return err.message;
  return String(err);
}

async function analyzeJsonl(input: string, outPath: string | undefined, jobs: number, options: AnalyzeOptions): Promise<number> {
  const out = openOutput(outPath, input === '-' ? [] : [input]);
  const progress = process.stderr.isTTY;
  let failures = 0;
  let done = 0;
  const source = input === '-' ? process.stdin : createReadStream(input);
  const opened = new Promise<void>((resolve, reject) => {
    if (input === '-') resolve();
    else (source as ReturnType<typeof createReadStream>).once('open', () => resolve()).once('error', reject);
  });
  try {
    await opened;
  } catch (err) {
    process.stderr.write(`zitatlupe: cannot read ${input}: ${describe(err)}\n`);
    return 2;
  }
  const lines = () => jsonlLines(source as AsyncIterable<Buffer>);
  const pool = createPool<AnalyzeInput, AnalyzeOutput>(jobs, 'analyze', analyzeTask, __filename, options);
  try {
    await pool.run(lines(), async (result, { line }) => {
      done++;
      if ('ok' in result) await out.write(result.ok);
      else {
        failures++;
        process.stderr.write(`zitatlupe: ${input}:${line}: ${result.error}\n`);
        await out.write(JSON.stringify({ id: result.id, line, error: result.error }));
      }
      if (progress && done % 50 === 0) process.stderr.write(`\ranalysed ${done} lines…`);
    });
  } finally {
    await pool.close();
  }
  if (progress) process.stderr.write(`\ranalysed ${count(done, 'line')}, ${failures} failed.\n`);
  await out.close();
  return failures ? 1 : 0;
}

/**
 * The articles among the paths: files named on the command line always; in folders, what the
 * editor would analyse (see whyNotAnArticle), never a folder of export output. What was skipped
 * is said on stderr, so a count that looks low can be explained.
 */
function articleFiles(paths: string[], rules: ArticleRules): { files: string[]; missing: string[] } {
  const files: string[] = [], missing: string[] = [];
  const skipped = new Map<string, string[]>();
  const skip = (why: string, p: string) => skipped.set(why, [...(skipped.get(why) ?? []), p]);
  const walk = (p: string, named: boolean) => {
    let st;
    try { st = statSync(p); } catch { missing.push(p); return; }
    if (st.isDirectory()) {
      const names = readdirSync(p).filter((n) => !n.startsWith('.')).sort();
      const marker = exportOutputMarker(names);
      if (marker) return skip(`export output (holds ${marker})`, p);
      for (const name of names) walk(join(p, name), false);
    } else if (named) {
      files.push(p);
    } else {
      const why = whyNotAnArticle(basename(p), () => readHead(p), rules);
      if (why === undefined) files.push(p);
      else if (why !== 'a sidecar' && why !== 'not a text file') skip(why, p);
    }
  };
  for (const p of paths) walk(p, true);
  for (const [why, list] of skipped) {
    const shown = list.slice(0, 5).join(', ') + (list.length > 5 ? `, and ${list.length - 5} more` : '');
    process.stderr.write(`zitatlupe: skipped ${count(list.length, why.startsWith('export output') ? 'folder' : 'file')}, ${why}: ${shown}\n`);
  }
  if ([...skipped.keys()].some((w) => w.startsWith('plain text'))) process.stderr.write('zitatlupe: (--languages german-news,plaintext takes plain .txt files as articles, as the setting zitatlupe.languages does in the editor)\n');
  return { files, missing };
}

function readHead(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(256);
    return buf.toString('utf8', 0, readSync(fd, buf, 0, 256, 0));
  } finally {
    closeSync(fd);
  }
}

/** --languages a,b: the editor's zitatlupe.languages for choosing the articles in folders. */
function rulesOption(args: string[]): ArticleRules {
  const raw = takeOption(args, '--languages');
  if (raw === undefined) return EDITOR_DEFAULT_RULES;
  const languages = raw.split(',').map((x) => x.trim()).filter(Boolean);
  const unknown = languages.filter((l) => !['german-news', 'plaintext', 'markdown'].includes(l));
  if (unknown.length || !languages.length) throw new UsageError(`--languages takes german-news, plaintext and markdown (got ${raw})`);
  return { ...EDITOR_DEFAULT_RULES, languages };
}

async function exportFiles(paths: string[], format: Format, outPath: string | undefined, opts: { includeSuggestions: boolean; includeRejections: boolean; excel: boolean; safeFormulas: boolean; sidecarFolder?: string; rules: ArticleRules; baseIri?: string; interviewTurns: boolean }, jobs: number): Promise<number> {
  const { files, missing } = articleFiles(paths, opts.rules);
  let failures = missing.length;
  for (const m of missing) process.stderr.write(`zitatlupe: ${m}: no such file or folder\n`);
  // One output file for one article or for CSV; a folder of files otherwise.
  const toDir = outPath !== undefined && (format === 'brat' || (format !== 'csv' && (files.length > 1 || isDir(outPath))));
  if (format === 'brat' && !outPath) throw new UsageError('brat needs --out DIR (a .txt and an .ann per article)');
  if (toDir) {
    // (Never into an input's own folder: a brat export writes copies of the articles.)
    guardOutput(outPath!, [...paths, ...files], true);
    if (existsSync(outPath!) && !isDir(outPath!)) throw new FileError(`--out ${outPath} is a file; a folder is needed for ${format} with several articles`);
    try { mkdirSync(outPath!, { recursive: true }); } catch (e) { throw new FileError(`cannot create ${outPath}: ${(e as Error).message}`); }
  }
  // Folder exports keep the articles' folders below the inputs' common root: equal names never collide.
  const root = toDir ? commonRoot(paths) : '';
  const out = toDir ? undefined : openOutput(outPath, files);
  if (format === 'csv') await out!.write((opts.excel ? '\uFEFF' : '') + CSV_COLUMNS.join(opts.excel ? ';' : ',') + '\r');
  let items = 0, orphans = 0, moved = 0;
  const pool = createPool<ExportInput, ExportOutput>(jobs, 'export', exportTask, __filename, { interviewTurns: opts.interviewTurns } satisfies AnalyzeOptions);
  try {
    const sourceOf = (file: string) => (opts.baseIri ? new URL(relative(commonRoot(paths), realpathOrSelf(file)).split(sep).map(encodeURIComponent).join('/'), opts.baseIri).href : undefined);
    await pool.run(files.map((file) => ({ file, format, includeSuggestions: opts.includeSuggestions, includeRejections: opts.includeRejections, excel: opts.excel, safeFormulas: opts.safeFormulas, sidecarFolder: opts.sidecarFolder, source: sourceOf(file), ...(toDir ? { outDir: outputFolderFor(file, root, outPath!) } : {}) })), async (result, { file }) => {
      if ('error' in result) {
        failures++;
        process.stderr.write(`zitatlupe: ${file}: ${result.error}\n`);
        return;
      }
      items += result.items;
      orphans += result.orphans;
      moved += result.moved;
      if (!toDir) {
        // stdout or one file: JSON and W3C as one line per article (JSON Lines), the rest as they are.
        for (const f of result.files) {
          // (out.write adds the final \n; CSV rows keep their \r for CRLF.)
          const content = format === 'json' || format === 'w3c' ? JSON.stringify(JSON.parse(f.content)) : f.content.replace(/\n$/, '');
          if (content) await out!.write(content);
        }
      }
    });
  } finally {
    await pool.close();
  }
  if (toDir) for (const f of exportFormat(format).folderFiles ?? []) writeFileAtomic(join(outPath!, f.name), f.content);
  await out?.close();
  process.stderr.write(`zitatlupe: exported ${count(items, 'item')} from ${files.length - (failures - missing.length)} of ${count(files.length, 'article')}${moved ? `; ${count(moved, 'decision')} followed ${moved === 1 ? 'its' : 'their'} text to where it is now` : ''}${orphans ? `; ${count(orphans, 'orphaned annotation')} left out (text no longer found; zitatlupe check lists them)` : ''}${failures ? `; ${failures} failed` : ''}.\n`);
  return failures ? 1 : 0;
}

function realpathOrSelf(p: string): string {
  try { return realpathSync(p); } catch { return p; }
}

function isDir(p: string): boolean {
  try { return statSync(p).isDirectory(); } catch { return false; }
}

async function stats(paths: string[], asJson: boolean, jobs: number, rules: ArticleRules, interviewTurns: boolean): Promise<number> {
  const { files, missing } = articleFiles(paths, rules);
  let failures = missing.length;
  for (const m of missing) process.stderr.write(`zitatlupe: ${m}: no such file or folder\n`);
  const articles: Exclude<StatsOutput, { error: string }>[] = [];
  const pool = createPool<{ file: string }, StatsOutput>(jobs, 'stats', statsTask, __filename, { interviewTurns } satisfies AnalyzeOptions);
  try {
    await pool.run(files.map((file) => ({ file })), (r, { file }) => {
      if ('error' in r) { failures++; process.stderr.write(`zitatlupe: ${file}: ${r.error}\n`); } else articles.push(r);
    });
  } finally {
    await pool.close();
  }
  const speakers: Record<string, number> = {};
  const byType: Record<string, number> = { direct: 0, indirect: 0, reported: 0, free_indirect: 0 };
  let quotes = 0, hedges = 0;
  for (const a of articles) {
    quotes += a.quotes; hedges += a.hedges;
    for (const [k, n] of Object.entries(a.byType)) byType[k] += n;
    for (const [k, n] of Object.entries(a.speakers)) speakers[k] = (speakers[k] ?? 0) + n;
  }
  const top = Object.entries(speakers).sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
  const share = (n: number) => (quotes ? `${((100 * n) / quotes).toFixed(1)} %` : '–');
  if (asJson) {
    process.stdout.write(JSON.stringify({ articles: articles.length, quotes, byType, hedges, hedgesPerArticle: articles.length ? hedges / articles.length : 0, speakers: Object.fromEntries(top), perArticle: articles }, null, 2) + '\n');
  } else {
    const lines = [`${count(articles.length, 'article')}, ${count(quotes, 'quote')}, ${count(hedges, 'hedge')} (${articles.length ? (hedges / articles.length).toFixed(2) : '0'} per article)`, ''];
    lines.push('type            quotes   share');
    for (const [k, n] of Object.entries(byType)) lines.push(`${k.padEnd(14)} ${String(n).padStart(7)}  ${share(n).padStart(7)}`);
    lines.push('', 'quoted                              quotes');
    for (const [who, n] of top.slice(0, 25)) lines.push(`${who.slice(0, 34).padEnd(34)} ${String(n).padStart(7)}`);
    // (One column per type, the same types as the table above, so the two always add up alike.)
    lines.push('', 'article                             quotes  direct  indirect  reported  free_ind.  hedges');
    for (const a of articles) {
      const cells = [[a.quotes, 7], [a.byType.direct, 7], [a.byType.indirect, 9], [a.byType.reported, 9], [a.byType.free_indirect, 10], [a.hedges, 7]] as const;
      lines.push(`${basename(a.file).slice(0, 34).padEnd(34)} ${cells.map(([n, w]) => String(n).padStart(w)).join(' ')}`);
    }
    process.stdout.write(lines.join('\n') + '\n');
  }
  return failures ? 1 : 0;
}

/** „1 quote“, „2 quotes“. */
function count(n: number, noun: string): string {
  return `${n} ${n === 1 ? noun : noun + 's'}`;
}

function usage(message: string): never {
  throw new UsageError(message);
}

/** Rule ids from a comma-separated list; an unknown id is a mistake, not a silent no-op. */
function ruleIds(raw: string | undefined): string[] | undefined {
  if (raw === undefined) return undefined;
  const ids = raw.split(',').map((x) => x.trim()).filter(Boolean);
  const unknown = ids.filter((id) => !ruleById(id));
  if (unknown.length) throw new UsageError(`unknown rule ${unknown.join(', ')} (zitatlupe rules lists them)`);
  return ids;
}

/** ESLint-style timing: the slowest rules first, with their share of the time spent in rules. */
function timingTable(timing: RuleTiming): string {
  const rows = timing.table();
  const total = rows.reduce((n, r) => n + r.ms, 0) || 1;
  const lines = ['rule                                              time (ms)   runs  share'];
  for (const r of rows) lines.push(`${r.id.padEnd(48)} ${r.ms.toFixed(1).padStart(10)} ${String(r.runs).padStart(7)} ${((100 * r.ms) / total).toFixed(1).padStart(5)} %`);
  return lines.join('\n') + '\n(times include the rules a rule runs itself: source frames inside attributions, verb frames inside speech)\n';
}

function jobsOption(args: string[]): number {
  const raw = takeOption(args, '--jobs');
  if (raw === undefined) return Math.max(1, availableParallelism());
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new UsageError('--jobs needs a whole number ≥ 1');
  return n;
}

function pretty(file: string, a: Analysis): string {
  // The speakers counted are the ones listed below the quotes: those quoted, as the navigator groups them.
  const quoted = groupQuotes(a, 'speaker').filter((g) => g.key !== 'none').map((g) => speakerById(a, g.key)).filter((s) => s !== undefined);
  const lines = [`${file}${a.header.date ? ` (${a.header.date})` : ''}: ${count(a.quotes.length, 'quote')} by ${count(quoted.length, 'speaker')}`];
  for (const q of a.quotes) {
    const who = q.speaker ? (q.speaker.name ?? q.speaker.text) : '?';
    const short = q.text.length > 90 ? q.text.slice(0, 87) + '…' : q.text;
    lines.push(`  ${who.padEnd(24)} ${(q.cue?.text ?? '–').padEnd(14)} ${short}`);
  }
  for (const s of quoted) lines.push(`  · ${s.name}${s.role ? `: ${s.role}` : ''}${s.aliases.length ? ` (${s.aliases.join(', ')})` : ''}`);
  for (const d of a.diagnostics) if (d.severity !== 'information') lines.push(`  ! offset ${d.start}: ${d.message}`);
  return lines.join('\n');
}

async function analyzeFiles(files: string[], outPath: string | undefined, asText: boolean, options: AnalyzeOptions, timing?: RuleTiming): Promise<number> {
  const analyzer = new Analyzer({ explain: options.explain, interviewTurns: options.interviewTurns, ...(options.disabled?.length || timing ? { rules: { disabled: options.disabled, timing } } : {}) });
  const out = openOutput(outPath, files);
  let failures = 0;
  for (const file of files) {
    try {
      const text = readText(file);
      const analysis = analyzer.analyze(text);
      await out.write(asText ? pretty(file, analysis) : JSON.stringify({ file, id: basename(file), ...toPrediction(analysis) }));
    } catch (err) {
      failures++;
      const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : describe(err);
      process.stderr.write(`zitatlupe: ${file}: ${reason}\n`);
      await out.write(JSON.stringify({ file, error: reason }));
    }
  }
  await out.close();
  return failures ? 1 : 0;
}

/** Re-anchors each article's sidecar; for newsroom CI. */
async function check(files: string[], write: boolean, folder: string | undefined): Promise<number> {
  let bad = 0;
  for (const file of files) {
    try {
      bad += await checkOne(file, write, folder);
    } catch (err) {
      // (A sidecar that is a folder, an unwritable folder, bad bytes: said, and the batch goes on.)
      bad++;
      process.stderr.write(`zitatlupe: ${file}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : describe(err)}\n`);
    }
  }
  return bad ? 1 : 0;
}

/** One article of `check`: 0 when all is well, 1 when it needs attention. */
async function checkOne(file: string, write: boolean, folder: string | undefined): Promise<number> {
  const text = readText(file);
  const { path, parsed, source } = readSidecarFor(file, folder);
  if (!parsed) {
    process.stdout.write(`${file}: no sidecar (${basename(path)})\n`);
    return 0;
  }
  for (const i of parsed.issues) process.stderr.write(`${path}:${i.line}:${i.col}: ${i.severity}: ${i.message}\n`);
  if (parsed.issues.some((i) => i.severity === 'error') || !parsed.data) return 1;
  const hash = await sha256Hex(text);
  const { annotations, report } = reanchorAll(text, parsed.data.annotations);
  const changed = hash !== parsed.data.document.sha256;
  process.stdout.write(`${file}: ${count(annotations.length, 'annotation')}, ${report.moved.length} moved, ${report.orphaned.length} orphaned${changed ? '' : ' (article unchanged)'}\n`);
  for (const m of report.moved) process.stdout.write(`  moved    ${m.id}: ${m.from} → ${m.to} (${m.how})\n`);
  for (const id of report.restored) process.stdout.write(`  restored ${id}\n`);
  for (const id of report.orphaned) process.stdout.write(`  orphaned ${id}: „${annotations.find((x) => x.id === id)!.target.exact.slice(0, 60)}“\n`);
  let bad = report.orphaned.length ? 1 : 0;
  if (write) {
    if (parsed.readOnly) {
      process.stderr.write(`${path}: not written: ${parsed.readOnly}\n`);
      return 1;
    }
    const next = serializeSidecar({ ...parsed.data, document: { ...parsed.data.document, sha256: hash }, annotations }, parsed.doc);
    if (next !== source) {
      writeFileAtomic(path, next);
      process.stdout.write(`  wrote ${path}\n`);
    }
  }
  return bad;
}

export async function main(argv: string[]): Promise<number> {
  const args = [...argv];
  const command = args.shift();
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE + '\n');
    return command ? 0 : 2;
  }
  if (command === '--version') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  try {
    if (command === 'analyze') {
      const jsonl = takeOption(args, '--jsonl');
      const outPath = takeOption(args, '--out');
      const jobs = jobsOption(args);
      const asText = takeFlag(args, '--pretty');
      const options: AnalyzeOptions = { explain: takeFlag(args, '--explain'), disabled: ruleIds(takeOption(args, '--disable-rules')), interviewTurns: takeFlag(args, '--interview-turns') };
      const timing = takeFlag(args, '--timing') ? new RuleTiming() : undefined;
      rejectUnknownOptions(args);
      // (Timing is per thread: with --timing everything runs in this one.)
      configureAnalyzer(options, timing);
      const code = jsonl
        ? (args.length ? usage('give either --jsonl or files, not both') : await analyzeJsonl(jsonl, outPath, timing ? 1 : jobs, options))
        : args.length ? await analyzeFiles(args, outPath, asText, options, timing) : usage('analyze needs --jsonl IN.jsonl or files');
      if (timing) process.stderr.write(timingTable(timing));
      return code;
    }
    if (command === 'rules') {
      const asJson = takeFlag(args, '--json');
      rejectUnknownOptions(args);
      const rules = allRules();
      process.stdout.write(asJson ? JSON.stringify(rules, null, 2) + '\n' : rules.map((r) => `${r.id.padEnd(48)} ${r.kind.padEnd(11)} ${r.description}`).join('\n') + '\n');
      return 0;
    }
    if (command === 'export') {
      const format = takeOption(args, '--format') as Format | undefined;
      if (!format || !FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
      exportFormat(format);
      const outPath = takeOption(args, '--out');
      const include = takeOption(args, '--include');
      const included = new Set(include?.split(',') ?? []);
      for (const what of included) if (what !== 'suggestions' && what !== 'rejections') throw new UsageError('--include takes suggestions, rejections or both (suggestions,rejections)');
      const sidecarFolder = takeOption(args, '--sidecar-folder');
      const jobs = jobsOption(args);
      const excel = takeFlag(args, '--excel');
      const safeFormulas = takeFlag(args, '--no-safe-formulas') ? false : takeFlag(args, '--safe-formulas') || excel;
      const rules = rulesOption(args);
      const baseIri = takeOption(args, '--base-iri');
      const interviewTurns = takeFlag(args, '--interview-turns');
      if (baseIri !== undefined && !/^[a-z][a-z0-9+.-]*:\/\/.+\/$/i.test(baseIri)) throw new UsageError('--base-iri needs an absolute IRI ending in / (e.g. https://example.org/articles/)');
      rejectUnknownOptions(args);
      if (!args.length) throw new UsageError('export needs files or folders');
      configureAnalyzer({ interviewTurns });
      return await exportFiles(args, format, outPath, { includeSuggestions: included.has('suggestions'), includeRejections: included.has('rejections'), excel, safeFormulas, sidecarFolder, rules, baseIri, interviewTurns }, jobs);
    }
    if (command === 'stats') {
      const jobs = jobsOption(args);
      const asJson = takeFlag(args, '--json');
      const rules = rulesOption(args);
      const interviewTurns = takeFlag(args, '--interview-turns');
      rejectUnknownOptions(args);
      if (!args.length) throw new UsageError('stats needs files or folders');
      configureAnalyzer({ interviewTurns });
      return await stats(args, asJson, jobs, rules, interviewTurns);
    }
    if (command === 'import') {
      const article = takeOption(args, '--article');
      const merge = takeFlag(args, '--merge');
      const replace = takeFlag(args, '--replace');
      const dryRun = takeFlag(args, '--dry-run');
      const sidecarFolder = takeOption(args, '--sidecar-folder');
      rejectUnknownOptions(args);
      if (merge && replace) throw new UsageError('--merge or --replace, not both');
      if (!article || args.length !== 1) throw new UsageError('import needs one FILE.ann|FILE.jsonld and --article ARTICLE');
      return importAnnotations(args[0], { article, mode: replace ? 'replace' : 'merge', dryRun, sidecarFolder }, (s) => process.stdout.write(s), (s) => process.stderr.write(s));
    }
    if (command === 'verify') {
      const sources: string[] = [];
      for (let s = takeOption(args, '--source'); s !== undefined; s = takeOption(args, '--source')) sources.push(s);
      const options = { json: takeFlag(args, '--json'), markdown: takeFlag(args, '--markdown'), record: takeFlag(args, '--record'), sidecarFolder: takeOption(args, '--sidecar-folder') };
      rejectUnknownOptions(args);
      if (args.length !== 1) throw new UsageError('verify needs one ARTICLE (and --source FILE, unless its sidecar records sources)');
      if (options.json && options.markdown) throw new UsageError('--json or --markdown, not both');
      return await verify(args[0], sources, options, (s) => process.stdout.write(s), (s) => process.stderr.write(s));
    }
    if (command === 'speakers' || command === 'quotes' || command === 'variants' || command === 'index') {
      const asJson = command !== 'index' && takeFlag(args, '--json');
      const rules = rulesOption(args);
      const sidecarFolder = takeOption(args, '--sidecar-folder');
      const persons = command === 'index' ? undefined : takeOption(args, '--persons');
      const search = command === 'quotes' ? takeOption(args, '--search') ?? '' : undefined;
      const outPath = command === 'index' ? takeOption(args, '--out') : undefined;
      const jobs = jobsOption(args);
      rejectUnknownOptions(args);
      if (!args.length) throw new UsageError(`${command} needs files or folders`);
      const { files, missing } = articleFiles(args, rules);
      for (const m of missing) process.stderr.write(`zitatlupe: ${m}: no such file or folder\n`);
      const err = (s: string) => process.stderr.write(s);
      if (command === 'index') return (await indexCommand(files, outPath, { sidecarFolder }, jobs, err)) || (missing.length ? 1 : 0);
      const loaded = await loadIndex(args, files, { sidecarFolder, persons }, jobs, err);
      const out = (s: string) => process.stdout.write(s);
      if (command === 'speakers') speakersReport(loaded, asJson, out);
      else if (command === 'quotes') quotesReport(loaded, search!, asJson, out);
      else variantsReport(loaded, asJson, out);
      return missing.length || loaded.failures ? 1 : 0;
    }
    if (command === 'check') {
      const folder = takeOption(args, '--sidecar-folder');
      const write = takeFlag(args, '--write');
      rejectUnknownOptions(args);
      if (!args.length) throw new UsageError('check needs article files');
      return await check(args, write, folder);
    }
    throw new UsageError(`unknown command ${command}`);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`zitatlupe: ${err.message}\n${USAGE}\n`);
      return 2;
    }
    // (A path or encoding problem of the run as a whole: said in words, no stack trace.)
    if (err instanceof FileError) {
      process.stderr.write(`zitatlupe: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
}

declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : 'dev';

// In a worker thread this file serves tasks instead of running the command line.
const TASKS: Record<TaskName, (input: never) => unknown> = { analyze: analyzeTask, export: exportTask, stats: statsTask, index: indexTask };
if (!isMainThread && (workerData as { zitatlupeTask?: TaskName } | null)?.zitatlupeTask) {
  const { zitatlupeTask, options } = workerData as { zitatlupeTask: TaskName; options?: AnalyzeOptions };
  configureAnalyzer(options);
  const task = TASKS[zitatlupeTask];
  parentPort!.on('message', ({ seq, input }: { seq: number; input: never[] }) => parentPort!.postMessage({ seq, result: input.map((x) => task(x)) }));
} else if (require.main === module) {
  // A closed pipe (`… | head`) ends the output quietly, as for any Unix tool.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0); else throw e; });
  main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (err) => {
      process.stderr.write(`zitatlupe: ${describe(err)}\n`);
      process.exitCode = 2;
    },
  );
}
