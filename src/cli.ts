// `zitatlupe`: the command-line tool over the pure core. Streams JSONL so that files of
// thousands of articles never sit in memory whole; one bad line or file never stops a batch.
import { createReadStream, createWriteStream, readFileSync, type WriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { basename } from 'node:path';
import { reanchorAll, serializeSidecar, sha256Hex } from './annotations';
import { readSidecarFor, writeFileAtomic } from './annotations/files';
import { Analyzer, InputError, toPrediction, type Analysis } from './core';

const USAGE = `Usage:
  zitatlupe analyze --jsonl IN.jsonl [--out OUT.jsonl]   one {"id","text"} per line in, one prediction per line out
  zitatlupe analyze FILE… [--pretty]                       analyse article files, one JSON line per file
                                                           (--pretty: a readable listing instead)
  zitatlupe check FILE… [--write] [--sidecar-folder DIR]
                                                           re-anchor the sidecars of these articles; report what
                                                           moved and what is orphaned; exit 1 on invalid sidecars
                                                           or orphans (--write saves the re-anchored targets)
  zitatlupe --help | --version`;

interface Output {
  write(line: string): Promise<void>;
  close(): Promise<void>;
}

function openOutput(path: string | undefined): Output {
  const stream: WriteStream | NodeJS.WriteStream = path ? createWriteStream(path) : process.stdout;
  return {
    write: (line) =>
      new Promise((resolve, reject) => {
        const ok = stream.write(line + '\n', (err) => (err ? reject(err) : undefined));
        if (ok) resolve();
        else stream.once('drain', resolve);
      }),
    close: () => new Promise((resolve) => (path ? (stream as WriteStream).end(resolve) : resolve())),
  };
}

function takeOption(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) throw new UsageError(`${name} needs a value.`);
  args.splice(i, 2);
  return value;
}

class UsageError extends Error {}

function describe(err: unknown): string {
  if (err instanceof InputError) return err.message;
  if (err instanceof Error) return err.message;
  return String(err);
}

async function analyzeJsonl(input: string, outPath: string | undefined): Promise<number> {
  const analyzer = new Analyzer();
  const out = openOutput(outPath);
  const progress = process.stderr.isTTY;
  let failures = 0;
  let lineNo = 0;
  const source = input === '-' ? process.stdin : createReadStream(input, { encoding: 'utf8' });
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
  const lines = createInterface({ input: source, crlfDelay: Infinity });
  for await (const line of lines) {
    lineNo++;
    if (!line.trim()) continue;
    let id: unknown = null;
    try {
      let doc: { id?: unknown; text?: unknown };
      try {
        doc = JSON.parse(line);
      } catch (e) {
        throw new Error(`invalid JSON: ${describe(e)}`);
      }
      if (!doc || typeof doc !== 'object') throw new Error('expected a JSON object');
      id = doc.id ?? null;
      if (typeof doc.text !== 'string') throw new Error('missing "text" (a string)');
      const prediction = toPrediction(analyzer.analyze(doc.text));
      await out.write(JSON.stringify({ id: doc.id, ...prediction }));
    } catch (err) {
      failures++;
      process.stderr.write(`zitatlupe: ${input}:${lineNo}: ${describe(err)}\n`);
      await out.write(JSON.stringify({ id, line: lineNo, error: describe(err) }));
    }
    if (progress && lineNo % 50 === 0) process.stderr.write(`\ranalysed ${lineNo} lines…`);
  }
  if (progress) process.stderr.write(`\ranalysed ${lineNo} lines, ${failures} failed.\n`);
  await out.close();
  return failures ? 1 : 0;
}

function pretty(file: string, a: Analysis): string {
  const lines = [`${file}${a.header.date ? ` (${a.header.date})` : ''}: ${a.quotes.length} quotes, ${a.speakers.length} speakers`];
  for (const q of a.quotes) {
    const who = q.speaker ? (q.speaker.name ?? q.speaker.text) : '?';
    const short = q.text.length > 90 ? q.text.slice(0, 87) + '…' : q.text;
    lines.push(`  ${who.padEnd(24)} ${(q.cue?.text ?? '–').padEnd(14)} ${short}`);
  }
  for (const s of a.speakers) if (s.role) lines.push(`  · ${s.name}: ${s.role}${s.aliases.length ? ` (${s.aliases.join(', ')})` : ''}`);
  for (const d of a.diagnostics) if (d.severity !== 'information') lines.push(`  ! offset ${d.start}: ${d.message}`);
  return lines.join('\n');
}

async function analyzeFiles(files: string[], outPath: string | undefined, asText: boolean): Promise<number> {
  const analyzer = new Analyzer();
  const out = openOutput(outPath);
  let failures = 0;
  for (const file of files) {
    try {
      const text = readFileSync(file, 'utf8');
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
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      bad++;
      process.stderr.write(`zitatlupe: ${file}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : describe(err)}\n`);
      continue;
    }
    const { path, parsed, source } = readSidecarFor(file, folder);
    if (!parsed) {
      process.stdout.write(`${file}: no sidecar (${basename(path)})\n`);
      continue;
    }
    const errors = parsed.issues.filter((i) => i.severity === 'error');
    for (const i of parsed.issues) process.stderr.write(`${path}:${i.line}:${i.col}: ${i.severity}: ${i.message}\n`);
    if (errors.length || !parsed.data) {
      bad++;
      continue;
    }
    const hash = await sha256Hex(text);
    const { annotations, report } = reanchorAll(text, parsed.data.annotations);
    const changed = hash !== parsed.data.document.sha256;
    process.stdout.write(`${file}: ${annotations.length} annotations, ${report.moved.length} moved, ${report.orphaned.length} orphaned${changed ? '' : ' (article unchanged)'}\n`);
    for (const m of report.moved) process.stdout.write(`  moved    ${m.id}: ${m.from} → ${m.to} (${m.how})\n`);
    for (const id of report.restored) process.stdout.write(`  restored ${id}\n`);
    for (const id of report.orphaned) {
      const a = annotations.find((x) => x.id === id)!;
      process.stdout.write(`  orphaned ${id}: „${a.target.exact.slice(0, 60)}“\n`);
    }
    if (report.orphaned.length) bad++;
    if (write) {
      if (parsed.readOnly) {
        process.stderr.write(`${path}: not written: ${parsed.readOnly}\n`);
        bad++;
        continue;
      }
      const next = serializeSidecar({ ...parsed.data, document: { ...parsed.data.document, sha256: hash }, annotations }, parsed.doc);
      if (next !== source) {
        writeFileAtomic(path, next);
        process.stdout.write(`  wrote ${path}\n`);
      }
    }
  }
  return bad ? 1 : 0;
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
      const asText = args.includes('--pretty');
      if (asText) args.splice(args.indexOf('--pretty'), 1);
      const unknown = args.find((a) => a.startsWith('--'));
      if (unknown) throw new UsageError(`unknown option ${unknown}`);
      if (jsonl) {
        if (args.length) throw new UsageError('give either --jsonl or files, not both');
        return await analyzeJsonl(jsonl, outPath);
      }
      if (!args.length) throw new UsageError('analyze needs --jsonl IN.jsonl or files');
      return await analyzeFiles(args, outPath, asText);
    }
    if (command === 'check') {
      const folder = takeOption(args, '--sidecar-folder');
      const write = args.includes('--write');
      if (write) args.splice(args.indexOf('--write'), 1);
      const unknown = args.find((a) => a.startsWith('--'));
      if (unknown) throw new UsageError(`unknown option ${unknown}`);
      if (!args.length) throw new UsageError('check needs article files');
      return await check(args, write, folder);
    }
    throw new UsageError(`unknown command ${command}`);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`zitatlupe: ${err.message}\n${USAGE}\n`);
      return 2;
    }
    throw err;
  }
}

declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : 'dev';

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (err) => {
      process.stderr.write(`zitatlupe: ${describe(err)}\n`);
      process.exitCode = 2;
    },
  );
}
