// npm run bench (part 4): the CLI's batch export of the shared corpus, written out as article
// files: articles per second with --jobs 1 and --jobs 2 (the speed-up), and the peak resident
// memory of the whole process for a quarter and for all of the corpus (it should stay flat).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpusPath = resolve(root, process.env.ZITATLUPE_SHARED ?? '../shared', 'corpus/news_articles.jsonl');
if (!existsSync(corpusPath)) {
  console.log(`skipped export benchmark: ${corpusPath} is absent (licensed data stays outside the repo).`);
  process.exit(0);
}
const texts = readFileSync(corpusPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text);
const dir = mkdtempSync(join(tmpdir(), 'zitatlupe-export-bench-'));
const write = (sub, list) => {
  mkdirSync(join(dir, sub), { recursive: true });
  list.forEach((t, i) => writeFileSync(join(dir, sub, `a${String(i).padStart(5, '0')}.news.txt`), t));
  return join(dir, sub);
};
// Four copies of the corpus (5,664 files): enough work for worker threads to pay off their start.
const all = write('all', [...texts, ...texts, ...texts, ...texts]);
const quarter = write('quarter', texts);

// The CLI runs in a child process that reports its own peak RSS (worker threads included).
const probe = join(dir, 'probe.cjs');
function run(input, jobs, nodeFlags = []) {
  return new Promise((res, rej) => {
    const t = process.hrtime.bigint();
    // Output as JSON Lines on stdout: writing 1,416 small files measures the file system, not us.
    const child = spawn(process.execPath, [...nodeFlags, probe, 'export', input, '--format', 'json', '--jobs', String(jobs)], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (b) => { err += b; });
    child.on('exit', (code) => {
      const ms = Number(process.hrtime.bigint() - t) / 1e6;
      const rss = Number(/MAXRSS (\d+)/.exec(err)?.[1] ?? 0) / 1024;
      if (code !== 0) rej(new Error(`export failed (${code}): ${err.slice(-500)}`)); else res({ ms, rss });
    });
  });
}
// The probe wrapper makes require.main differ, so it runs the CLI's main itself.
writeFileSync(probe, `process.on('exit', () => process.stderr.write('MAXRSS ' + process.resourceUsage().maxRSS + '\\n'));\nconst { main } = require(${JSON.stringify(join(root, 'dist', 'cli.js'))});\nmain(process.argv.slice(2)).then((c) => { process.exitCode = c; });\n`);

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[s.length >> 1]; };
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const n = texts.length * 4;
const results = {};
for (const jobs of [1, 2]) {
  const times = [];
  let rss = 0;
  for (let r = 0; r < RUNS; r++) { const x = await run(all, jobs); times.push(x.ms); rss = Math.max(rss, x.rss); }
  results[jobs] = { ms: median(times), rss };
  console.log(`export ${n} article files --jobs ${jobs}: median ${(results[jobs].ms / 1000).toFixed(2)} s → ${(n / (results[jobs].ms / 1000)).toFixed(0)} articles/s, peak RSS ${results[jobs].rss.toFixed(0)} MiB`);
}
console.log(`speed-up --jobs 2 over --jobs 1: ${(results[1].ms / results[2].ms).toFixed(2)}× (2 cores; the main thread reads and writes)`);
// Flat memory: both sizes complete with the JavaScript heap capped at 48 MB; RSS beyond that is
// garbage V8 has not yet collected, not data held.
const small = await run(quarter, 1, ['--max-old-space-size=48']);
const large = await run(all, 1, ['--max-old-space-size=48']);
console.log(`with the heap capped at 48 MB, --jobs 1: ${texts.length} articles peak RSS ${small.rss.toFixed(0)} MiB, ${n} articles ${large.rss.toFixed(0)} MiB — both complete`);
rmSync(dir, { recursive: true, force: true });
