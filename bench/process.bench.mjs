// npm run bench (part): the whole `zitatlupe analyze --jsonl` process against a baseline process
// (bench/baseline-process.mjs: read the JSONL, split each text into words, write a line per
// article), on the shared corpus and on the corpus repeated three times. Runs alternate; medians.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = resolve(root, process.env.ZITATLUPE_SHARED ?? '../shared', 'corpus/news_articles.jsonl');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
if (!existsSync(corpus)) {
  console.log(`skipped process bench: ${corpus} is absent (licensed data stays outside the repo).`);
  process.exit(0);
}
const dir = mkdtempSync(join(tmpdir(), 'zitatlupe-process-'));
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const time = (args) => { const t = process.hrtime.bigint(); execFileSync(process.execPath, args, { stdio: 'ignore' }); return Number(process.hrtime.bigint() - t) / 1e6; };

const inputs = [['corpus', corpus]];
const tripled = join(dir, 'corpus-x3.jsonl');
const lines = readFileSync(corpus, 'utf8').split('\n').filter(Boolean);
writeFileSync(tripled, [0, 1, 2].flatMap((k) => lines.map((l) => { const d = JSON.parse(l); d.id = `${d.id}#${k}`; return JSON.stringify(d); })).join('\n') + '\n');
inputs.push(['corpus ×3', tripled]);

for (const [name, file] of inputs) {
  const ours = [], base = [];
  for (let r = 0; r < RUNS; r++) {
    base.push(time([join(root, 'bench', 'baseline-process.mjs'), file, join(dir, 'base.jsonl')]));
    ours.push(time([join(root, 'dist', 'cli.js'), 'analyze', '--jsonl', file, '--out', join(dir, 'ours.jsonl'), '--jobs', '1']));
  }
  console.log(`analyze --jsonl process, ${name}: median ${median(ours).toFixed(0)} ms, baseline process ${median(base).toFixed(0)} ms, ratio ${(median(ours) / median(base)).toFixed(1)}×   (target ≤ 4×; one job each)`);
}
rmSync(dir, { recursive: true, force: true });
