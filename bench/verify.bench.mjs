// npm run bench (part 7): the source check (issue 20's target: a 100 KB transcript with 50 direct
// quotes in ≤ 200 ms). The transcript is real German text from the shared corpus; the quotes are
// passages of it, kept, shortened, with a word changed, in other case, and from other articles
// (not found). Median of 9 runs, index building included, against the tokenizer's pass over the
// same transcript in the same process as a baseline.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { SourceIndex } = require(resolve(root, 'out/src/core/sourceCheck.js'));
const corpusPath = resolve(root, process.env.ZITATLUPE_SHARED ?? '../shared', 'corpus/news_articles.jsonl');
if (!existsSync(corpusPath)) {
  console.log(`skipped source-check benchmark: ${corpusPath} is absent (licensed data stays outside the repo).`);
  process.exit(0);
}
const texts = readFileSync(corpusPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text);
let transcript = '';
let k = 0;
while (transcript.length < 100_000) transcript += texts[k++] + '\n\n';
const others = texts.slice(k, k + 50);
// A deterministic choice of passages (no Math.random: the figure must be repeatable).
const words = (s) => s.split(/\s+/).filter(Boolean);
const tw = words(transcript);
const quotes = [];
for (let q = 0; q < 50; q++) {
  const at = (q * 7919) % (tw.length - 30);
  const passage = tw.slice(at, at + 8 + (q % 12));
  const kind = q % 5;
  if (kind === 1) passage.splice(3, 2);
  if (kind === 2) passage[4] = 'Wortwechsel';
  if (kind === 3) passage[0] = passage[0].toUpperCase();
  quotes.push(`„${kind === 4 ? words(others[q]).slice(5, 17).join(' ') : passage.join(' ')}“`);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const time = (fn) => { const t = process.hrtime.bigint(); fn(); return Number(process.hrtime.bigint() - t) / 1e6; };
const tokenize = () => transcript.match(/[\p{L}\p{N}]+/gu).length;
const check = () => { const index = new SourceIndex(transcript); return quotes.map((q) => index.check(q).verdict); };
check(); tokenize();
const runs = Array.from({ length: 9 }, () => ({ base: time(tokenize), check: time(check) }));
const verdicts = check().reduce((m, v) => ({ ...m, [v]: (m[v] ?? 0) + 1 }), {});
const ms = median(runs.map((r) => r.check));
console.log(`source check: ${(transcript.length / 1000).toFixed(0)} KB transcript, ${quotes.length} quotes: median ${ms.toFixed(1)} ms (target ≤ 200 ms: ${ms <= 200 ? 'met' : 'NOT met'}); ${(ms / median(runs.map((r) => r.base))).toFixed(1)}× one tokenizer pass`);
console.log(`  verdicts: ${JSON.stringify(verdicts)}`);
