// npm run bench (part): hostile shapes of input, each analysed at two sizes (n and 2n). Linear
// work doubles the time; the ratio t(2n)/t(n) must stay ≤ 2.2 (quadratic work gives ≈ 4). Also
// the peak memory on a file of one repeated character. Medians of several runs.
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { Analyzer } = require(resolve(root, 'out/src/core/index.js'));

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const time = (fn) => { const t = process.hrtime.bigint(); fn(); return Number(process.hrtime.bigint() - t) / 1e6; };

/** Each shape: a name and a text of about `n` characters. */
export const SHAPES = [
  ['ASCII quotes in one sentence', (n) => 'Er sagte ' + '"'.repeat(n) + '.'],
  ['„“ pairs in one sentence', (n) => 'Er sagte ' + '„“'.repeat(n / 2) + '.'],
  ['short replies „Ja“, „Nein“, …', (n) => '„Ja“, „Nein“, '.repeat(n / 14) + 'sagte er.'],
  ['open brackets after a name', (n) => 'Minister Müller ('.repeat(n / 17) + 'sagte.'],
  ['colons in one sentence', (n) => 'Er sagte: '.repeat(n / 10) + '„Ja.“'],
  ['cues in one sentence', (n) => 'sagte er, so Müller, laut Meier, '.repeat(n / 34) + '„Ja.“'],
  ['one repeated character', (n) => '„'.repeat(n)],
];

const analyzer = new Analyzer();
analyzer.analyze('„Wir kommen“, sagte Eva Roth. Er sagte, er sei da.'); // warm-up
const BASE = Number(process.env.BENCH_HOSTILE_CHARS ?? 100_000);
const results = [];
for (const [name, make] of SHAPES) {
  const small = make(BASE), large = make(2 * BASE);
  const ts = [], tl = [];
  // (A fresh analyzer per run: the analyzer keeps paragraphs it has seen, and a cache hit is no measurement.)
  new Analyzer().analyze(small);
  for (let r = 0; r < RUNS; r++) { ts.push(time(() => new Analyzer().analyze(small))); tl.push(time(() => new Analyzer().analyze(large))); }
  const ratio = median(tl) / median(ts);
  results.push(ratio);
  console.log(`hostile: ${name.padEnd(32)} ${(small.length / 1000).toFixed(0)} k chars ${median(ts).toFixed(0).padStart(6)} ms, ${(large.length / 1000).toFixed(0)} k ${median(tl).toFixed(0).padStart(6)} ms, ratio ${ratio.toFixed(2)} ${ratio <= 2.2 ? '' : ' ← over 2.2'}`);
}
// Peak memory: the file of one repeated character, at 2 MB and 4 MB, measured as heap after GC
// is not enough (the peak is transient), so the process's peak RSS is read per size in a child.
console.log(`hostile: worst ratio ${Math.max(...results).toFixed(2)} (target ≤ 2.2)`);
