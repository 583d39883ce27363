// npm run bench (part): hostile shapes of input, each analysed at three sizes (n, 2n, 4n). Linear
// work doubles the time per doubling of the size; the growth must stay ≤ ×2.2 (quadratic work
// gives ×4). Also the peak memory on a file of one repeated character. Medians of several runs.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { Analyzer } = require(resolve(root, 'out/src/core/index.js'));

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
// (Each run starts from a collected heap when the bench runs with --expose-gc: otherwise a
// collection left over from the run before lands in the next one, and ratios swing by ±30%.)
const collect = globalThis.gc ?? (() => {});
const time = (fn) => { collect(); const t = process.hrtime.bigint(); fn(); return Number(process.hrtime.bigint() - t) / 1e6; };

// (The shapes live with the unit test that counts the work on them: out/test/unit/hostile-shapes.js.)
const { HOSTILE_SHAPES: SHAPES } = require(resolve(root, 'out/test/unit/hostile-shapes.js'));

new Analyzer().analyze('„Wir kommen“, sagte Eva Roth. Er sagte, er sei da.'); // warm-up
const BASE = Number(process.env.BENCH_HOSTILE_CHARS ?? 100_000);
// A shape that is fast at BASE is grown until a run takes ≥ 200 ms: below that, the young
// generation's collections (a few ms each, at sizes that do not scale with the text) dominate.
const MIN_MS = 200, MAX_CHARS = 3_200_000;
const results = [];
for (const [name, make] of SHAPES) {
  let n = BASE;
  const probe = (text) => median([0, 1, 2].map(() => time(() => new Analyzer().analyze(text))));
  while (n < MAX_CHARS && probe(make(n)) < MIN_MS) n *= 2;
  // Three sizes, n, 2n and 4n, and the growth per doubling fitted over all three (least squares
  // on log time against log size): one pair of timings swings by ±15% with the collector.
  const texts = [make(n), make(2 * n), make(4 * n)];
  const runs = texts.map(() => []);
  // (A fresh analyzer per run: the analyzer keeps paragraphs it has seen, and a cache hit is no measurement.)
  for (let r = 0; r < RUNS; r++) texts.forEach((t, k) => runs[k].push(time(() => new Analyzer().analyze(t))));
  const ms = runs.map(median);
  const xs = texts.map((t) => Math.log2(t.length)), ys = ms.map((m) => Math.log2(m));
  const mx = (xs[0] + xs[1] + xs[2]) / 3, my = (ys[0] + ys[1] + ys[2]) / 3;
  const slope = xs.reduce((a, x, k) => a + (x - mx) * (ys[k] - my), 0) / xs.reduce((a, x) => a + (x - mx) ** 2, 0);
  const ratio = 2 ** slope;
  results.push(ratio);
  const limited = new Analyzer().analyze(texts[2]).diagnostics.some((d) => d.code === 'analysis-limited');
  const sizes = texts.map((t, k) => `${(t.length / 1000).toFixed(0)} k ${ms[k].toFixed(0)} ms`).join(', ');
  console.log(`hostile: ${name.padEnd(32)} ${sizes}; per doubling ×${ratio.toFixed(2)}${limited ? ' (work budget spent)' : ''}${ratio <= 2.2 ? '' : '  ← over 2.2'}`);
}
console.log(`hostile: worst growth per doubling ×${Math.max(...results).toFixed(2)} (target ≤ 2.2; quadratic work gives ×4)`);

// Peak memory on a file of one repeated character. The peak is transient (heap after GC misses
// it), so each size runs in its own process and reports its peak resident set; a process that
// only builds the same string is the baseline.
const peakOf = (chars, analyse) => {
  const script = `const { Analyzer } = require(${JSON.stringify(resolve(root, 'out/src/core/index.js'))});
    const text = '„'.repeat(${chars}); ${analyse ? 'new Analyzer().analyze(text);' : 'text.charCodeAt(0);'}
    console.log(process.resourceUsage().maxRSS);`;
  return Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim()) / 1024; // MB
};
const peaks = [];
for (const chars of [2_000_000, 4_000_000]) {
  const extra = peakOf(chars, true) - peakOf(chars, false);
  peaks.push(extra);
  console.log(`hostile: peak memory, one repeated character × ${(chars / 1e6).toFixed(0)} M: +${extra.toFixed(0)} MB over reading it (${((extra * 1048576) / chars).toFixed(0)} bytes per character)`);
}
console.log(`hostile: peak memory ratio 4 M / 2 M ${(peaks[1] / peaks[0]).toFixed(2)} (linear ≈ 2)`);
