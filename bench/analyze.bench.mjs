// npm run bench: throughput of analyze() on the shared news corpus against a baseline
// (one regex pass for quotation marks over the same texts), a synthetic 1 MB article, peak heap.
// Reports medians over several runs; the baseline runs in the same process, so the ratio is
// stable on a noisy machine.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { Analyzer } = require(resolve(root, 'out/src/core/index.js'));

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[s.length >> 1]; };
const p95 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))]; };
const time = (fn) => { const t = process.hrtime.bigint(); fn(); return Number(process.hrtime.bigint() - t) / 1e6; };
let peakHeap = 0;
const sampleHeap = () => { peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed); };

const corpusPath = resolve(root, process.env.ZITATLUPE_SHARED ?? '../shared', 'corpus/news_articles.jsonl');
const analyzer = new Analyzer();
const QUOTE_RE = /[„“”"»«‚‘]/g;
const baseline = (texts) => { let n = 0; for (const t of texts) { QUOTE_RE.lastIndex = 0; while (QUOTE_RE.exec(t)) n++; } return n; };

if (existsSync(corpusPath)) {
  const texts = readFileSync(corpusPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text);
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const mb = bytes / 1e6;
  for (const t of texts.slice(0, 50)) analyzer.analyze(t); // warm-up
  const ours = [], base = [];
  for (let r = 0; r < RUNS; r++) {
    base.push(time(() => baseline(texts)));
    ours.push(time(() => { for (const t of texts) { analyzer.analyze(t); } }));
    sampleHeap();
  }
  const oursMBs = mb / (median(ours) / 1000);
  const baseMBs = mb / (median(base) / 1000);
  console.log(`corpus: ${texts.length} articles, ${mb.toFixed(2)} MB, ${RUNS} runs`);
  console.log(`analyze():            median ${median(ours).toFixed(1)} ms  →  ${oursMBs.toFixed(1)} MB/s   (target ≥ 20 MB/s)`);
  console.log(`baseline regex pass:  median ${median(base).toFixed(1)} ms  →  ${baseMBs.toFixed(1)} MB/s`);
  console.log(`ratio analyze/baseline: ${(median(ours) / median(base)).toFixed(1)}×   (target ≤ 10×)`);
} else {
  console.log(`skipped corpus throughput: ${corpusPath} is absent (licensed data stays outside the repo).`);
}

// A synthetic 1 MB article built from sentences written for this benchmark.
const sentences = [
  '„Wir haben heute wichtige Fortschritte erzielt“, sagte die Ministerin Anna Beispiel am Montag in Berlin.',
  'Der Sprecher des Verbands erklärte, man werde die Vorschläge prüfen und bis Freitag antworten.',
  'Laut der Polizei waren am Abend rund 2.000 Menschen auf der Straße, die Lage blieb ruhig.',
  'Die Zeitung „Morgenblatt“ berichtete zuerst über den Plan, der offenbar seit Monaten vorbereitet wurde.',
  'Er sagte: „Das ist erst der Anfang. Wir werden weitermachen.“',
];
let big = 'date 2026-01-01\n\n';
for (let i = 0; big.length < 1_000_000; i++) big += sentences[i % sentences.length] + (i % 6 === 5 ? '\n\n' : ' ');
const oneMb = [];
for (let r = 0; r < RUNS; r++) { oneMb.push(time(() => analyzer.analyze(big))); sampleHeap(); }
console.log(`synthetic ${(big.length / 1e6).toFixed(2)} MB article: median ${median(oneMb).toFixed(1)} ms, p95 ${p95(oneMb).toFixed(1)} ms   (target ≤ 50 ms)`);
// The worst case for per-sentence work: one sentence of 300 KB and of 600 KB with hundreds of
// quotes, verbs and frames and no full stop (pasted text, a list). Linear work doubles, no more.
const clause = 'Der Sprecher der Stadt, Jan Roth, lobte die Fähre und ergänzte, „sie“ sei „sehr schön“, so Roth, und sagte, nach Angaben der Polizei, die „nichts“ sagte, sei ';
const longSentence = (n) => 'date 2026-01-01\n\n' + clause.repeat(n);
const half = [], full = [];
for (let r = 0; r < 3; r++) { half.push(time(() => analyzer.analyze(longSentence(2000)))); full.push(time(() => analyzer.analyze(longSentence(4000)))); }
console.log(`one sentence without a full stop: 0.3 MB ${median(half).toFixed(0)} ms, 0.6 MB ${median(full).toFixed(0)} ms (ratio ${(median(full) / median(half)).toFixed(1)}; 2 = linear)`);
// Document-level steps must stay linear in the number of paragraphs too: one new person in every
// tenth paragraph (surnames from made-up syllables), short reports in between.
const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tus', 'be', 'dor', 'fi'];
const madeUpName = (k) => { let s = ''; for (let d = 0; d < 4; d++, k >>= 3) s += SYLLABLES[k & 7]; return s[0].toUpperCase() + s.slice(1); };
const manyParagraphs = (n) => {
  let doc = 'date 2026-01-01\n\n';
  for (let k = 0; k < n; k++) doc += k % 10 === 0 ? `Die Ministerin Anna ${madeUpName(k / 10)} eröffnete die Sitzung.\n\n` : 'Am Abend blieb es „ruhig“ in der Stadt, sagte sie.\n\n';
  return doc;
};
const fewer = [], more = [];
for (let r = 0; r < 3; r++) { fewer.push(time(() => analyzer.analyze(manyParagraphs(4000)))); more.push(time(() => analyzer.analyze(manyParagraphs(8000)))); }
console.log(`many paragraphs and people: 4,000 ${median(fewer).toFixed(0)} ms, 8,000 ${median(more).toFixed(0)} ms (ratio ${(median(more) / median(fewer)).toFixed(1)}; 2 = linear)`);
console.log(`peak heap used: ${(peakHeap / 1048576).toFixed(0)} MiB`);
