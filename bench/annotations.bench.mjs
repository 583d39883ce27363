// npm run bench (part 3): the annotation layer. Re-anchoring 1,000 annotations after an outside
// edit, saving a sidecar with 10,000 annotations (fresh and into a previously read document), and
// live shifting 1,000 annotations on one keystroke. Medians over several runs.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { makeTarget, reanchorAll, serializeSidecar, parseSidecar, shiftAnnotations, emptySidecar } = require(resolve(root, 'out/src/annotations/index.js'));

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[s.length >> 1]; };
const time = (fn) => { const t = process.hrtime.bigint(); fn(); return Number(process.hrtime.bigint() - t) / 1e6; };

const corpusPath = resolve(root, process.env.ZITATLUPE_SHARED ?? '../shared', 'corpus/news_articles.jsonl');
const paragraphs = existsSync(corpusPath)
  ? readFileSync(corpusPath, 'utf8').split('\n').filter(Boolean).slice(0, 400).map((l) => JSON.parse(l).text)
  : Array.from({ length: 400 }, (_, i) => `Absatz ${i}: „Wir bauen die Brücke ${i}“, sagte die Ministerin Anna Beispiel. Die Kosten dürften steigen.`);
let text = 'date 2026-01-01\n\n';
for (let i = 0; text.length < 200_000; i++) text += paragraphs[i % paragraphs.length] + '\n\n';

function annotationsFor(text, n) {
  const out = [];
  const step = Math.floor(text.length / n);
  for (let i = 0; i < n; i++) {
    const start = i * step + 3;
    out.push({ id: `a-${i}`, kind: i % 3 ? 'quote' : 'hedge', status: i % 2 ? 'accepted' : 'suggested', type: 'direct', note: i % 7 ? undefined : 'prüfen', target: makeTarget(text, start, start + 24) });
  }
  return out;
}

// 1. Re-anchoring after an outside edit: a paragraph added at the top, one in the middle rewritten.
const thousand = annotationsFor(text, 1000);
const mid = text.indexOf('\n\n', text.length >> 1);
const edited = 'date 2026-01-01\n\nEin neuer Vorspann, eingefügt außerhalb des Editors.\n\n' + text.slice(17, mid) + '\n\nEin umgeschriebener Absatz.' + text.slice(text.indexOf('\n\n', mid + 2));
let report;
const reanchor = [];
for (let r = 0; r < RUNS; r++) reanchor.push(time(() => { report = reanchorAll(edited, thousand).report; }));
console.log(`re-anchor 1,000 annotations after an outside edit (${(text.length / 1000).toFixed(0)} k chars): median ${median(reanchor).toFixed(1)} ms (target ≤ 20 ms); ${report.moved.length} moved, ${report.orphaned.length} orphaned`);

// 2. Saving 10,000 annotations.
const data = { ...emptySidecar('a.news.txt'), annotations: annotationsFor(text, 10000) };
let yamlText = '';
const fresh = [];
for (let r = 0; r < Math.min(RUNS, 5); r++) fresh.push(time(() => { yamlText = serializeSidecar(data); }));
const parsed = parseSidecar(yamlText);
const changed = { ...parsed.data, annotations: parsed.data.annotations.map((a, i) => (i % 100 ? a : { ...a, status: 'rejected' })) };
// The first save after reading renders every item once; later saves re-render changed items only.
const firstSave = time(() => serializeSidecar(changed, parsed.doc));
const inPlace = [];
for (let r = 0; r < Math.min(RUNS, 5); r++) {
  const next = { ...changed, annotations: changed.annotations.map((a, i) => (i === r * 37 ? { ...a, note: `Notiz ${r}` } : a)) };
  inPlace.push(time(() => serializeSidecar(next, parsed.doc)));
}
const reading = [];
for (let r = 0; r < Math.min(RUNS, 5); r++) reading.push(time(() => parseSidecar(yamlText)));
console.log(`save 10,000 annotations (target ≤ 200 ms): a new file ${median(fresh).toFixed(0)} ms; into the read document (comments kept): first save ${firstSave.toFixed(0)} ms, each later save with one more decision median ${median(inPlace).toFixed(0)} ms; read + validate ${median(reading).toFixed(0)} ms; ${(yamlText.length / 1e6).toFixed(1)} MB`);

// 3. Live shifting on a keystroke.
const keystroke = [];
let anns = thousand;
let current = text;
for (let r = 0; r < 200; r++) {
  const at = 100 + ((r * 7919) % (current.length - 200));
  const next = current.slice(0, at) + 'x' + current.slice(at);
  keystroke.push(time(() => { anns = shiftAnnotations(anns, { start: at, end: at, text: 'x' }, next); }));
  current = next;
}
console.log(`live shift of 1,000 annotations per keystroke: median ${median(keystroke).toFixed(3)} ms (target ≤ 2 ms)`);
