// npm run bench (part 2): keystroke → decoration ranges, through the code path the extension runs
// on every edit: the per-document Analyzer with its paragraph cache, layerRanges(), and offset →
// line/character conversion for every painted range. Articles of 100 KB and 1 MB are built from
// the shared corpus when present (else from sentences written for this benchmark); each keystroke
// inserts one letter into a random paragraph. Reports median and p95 over many keystrokes.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { Analyzer, layerRanges, LineIndex } = require(resolve(root, 'out/src/core/index.js'));

const KEYSTROKES = Number(process.env.BENCH_KEYSTROKES ?? 60);
const corpusPath = resolve(root, process.env.ZITATLUPE_SHARED ?? '../shared', 'corpus/news_articles.jsonl');
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[s.length >> 1]; };
const p95 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))]; };

// Quote-dense paragraphs written for this benchmark: the corpus has few quotes, this is the worst case.
const DENSE = ['„Wir haben heute wichtige Fortschritte erzielt“, sagte die Ministerin Anna Beispiel am Montag in Berlin. Der Sprecher des Verbands erklärte, man werde die Vorschläge prüfen.',
  'Laut der Polizei waren am Abend rund 2.000 Menschen auf der Straße. Er sagte: „Das ist erst der Anfang. Wir werden weitermachen.“',
  '„Das ist keine Lösung“, so Beispiel, „das ist ein Aufschub.“ Die Zeitung „Morgenblatt“ berichtete zuerst darüber.'];
const sources = [['dense synthetic', DENSE]];
if (existsSync(corpusPath)) {
  sources.unshift(['shared corpus', readFileSync(corpusPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text.replace(/^date \S+\s*/, ''))]);
} else {
  console.log(`keystroke bench: ${corpusPath} is absent; synthetic articles only`);
}
let source;
function article(size) {
  let text = 'date 2026-01-01\n\n';
  for (let i = 0; text.length < size; i++) text += source[i % source.length].trim() + '\n\n';
  return text;
}

/** What the extension does for one document version: analyse, derive layer ranges, place them. */
function keystrokeToRanges(analyzer, text) {
  const analysis = analyzer.analyze(text);
  const ranges = layerRanges(analysis);
  const lines = new LineIndex(text);
  let n = 0;
  for (const list of Object.values(ranges)) for (const r of list) { lines.position(r.start); lines.position(r.end); n++; }
  return n;
}

let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);

for (const [kind, texts] of sources) for (const [label, size] of [['100 KB', 100_000], ['1 MB', 1_000_000]]) {
  source = texts;
  let text = article(size);
  const analyzer = new Analyzer({ cacheSize: 4000 });
  const cold = process.hrtime.bigint();
  const painted = keystrokeToRanges(analyzer, text);
  const coldMs = Number(process.hrtime.bigint() - cold) / 1e6;
  const times = [];
  let recomputed = 0;
  for (let k = 0; k < KEYSTROKES; k++) {
    // Type a letter at a random place.
    const at = 20 + Math.floor(random() * (text.length - 20));
    text = text.slice(0, at) + 'x' + text.slice(at);
    const t = process.hrtime.bigint();
    keystrokeToRanges(analyzer, text);
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
    recomputed += analyzer.lastComputed;
  }
  const target = size < 500_000 ? 16 : 50;
  console.log(`keystroke → ranges, ${label} ${kind} article (${(text.length / 1000).toFixed(0)} k chars, ${painted} ranges): median ${median(times).toFixed(1)} ms, p95 ${p95(times).toFixed(1)} ms (target ≤ ${target} ms); first analysis ${coldMs.toFixed(0)} ms; ${(recomputed / KEYSTROKES).toFixed(1)} paragraphs recomputed per keystroke`);
}
