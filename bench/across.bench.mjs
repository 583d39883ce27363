// npm run bench (part 8): across articles (issue 20's targets). The shared corpus cycled to 2,500,
// 5,000 and 10,000 articles (×1, ×2, ×4); each size runs in its own process, which reports the
// time to index (analysis with decisions, as the editor and the CLI do it), the time for variant
// detection and the candidate pairs it compared against n²/2, its peak memory, and — on the largest
// — the time of speaker-index queries and of what opening the Speakers view computes (medians).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpusPath = resolve(root, process.env.ZITATLUPE_SHARED ?? '../shared', 'corpus/news_articles.jsonl');
const SIZES = [2500, 5000, 10000];

if (process.argv[2] === '--child') {
  const require = createRequire(import.meta.url);
  const { Analyzer } = require(resolve(root, 'out/src/core/index.js'));
  const { buildExport } = require(resolve(root, 'out/src/export/index.js'));
  const { indexedArticle, SpeakerIndex, findVariants, searchQuotes } = require(resolve(root, 'out/src/crossArticle/index.js'));
  const n = Number(process.argv[3]);
  const texts = readFileSync(corpusPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text ?? '');
  const analyzer = new Analyzer();
  const now = () => performance.now();
  let t = now();
  const articles = [];
  for (let k = 0; k < n; k++) {
    const text = texts[k % texts.length];
    // (A date per copy, so that the timelines have an order; the copies stand for agency text reprinted.)
    const name = `archive/${String(k).padStart(5, '0')}.news.txt`;
    const a = analyzer.analyze(text);
    articles.push(indexedArticle(name, { ...buildExport(name, text, a, undefined, { includeSuggestions: true }), date: `20${String(10 + (k % 15)).padStart(2, '0')}-01-01` }, a));
  }
  const analyseMs = now() - t;
  t = now();
  const index = new SpeakerIndex(articles);
  const indexMs = now() - t;
  const quotes = index.allQuotes();
  t = now();
  const variants = findVariants(quotes);
  const variantsMs = now() - t;
  const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  const timed = (fn, runs = 9) => median(Array.from({ length: runs }, () => { const s = now(); fn(); return now() - s; }));
  const top = index.persons.slice(0, 50);
  const queryMs = timed(() => { for (const p of top) index.personNamed(p.name); });
  const personOfMs = timed(() => { for (const q of quotes.slice(0, 1000)) index.personOf(q.article, q.id); });
  const searchLine = `speaker:${top[0]?.name ?? 'x'} type:direct`;
  let s0 = now();
  searchQuotes(index, `${searchLine} regierung`);
  const searchColdMs = now() - s0;
  const searchMs = timed(() => searchQuotes(index, `${searchLine} regierung`));
  // Opening the view: the top-level nodes and a label per person, as getTreeItem builds them.
  const openViewMs = timed(() => index.persons.filter((p) => !p.roleOnly).map((p) => `${p.name} ${p.quotes.length} ${p.articles.length}`));
  const direct = quotes.filter((q) => q.type === 'direct').length;
  console.log(JSON.stringify({
    n, quotes: quotes.length, direct, persons: index.persons.length, analyseMs, indexMs, variantsMs, comparisons: variants.comparisons,
    variantGroups: variants.groups.filter((g) => g.wordings > 1).length, alikeGroups: variants.groups.filter((g) => g.wordings === 1).length,
    queryMs, personOfMs, searchMs, searchColdMs, openViewMs, peakMB: process.resourceUsage().maxRSS / 1024,
  }));
  process.exit(0);
}

if (!existsSync(corpusPath)) {
  console.log(`skipped across-articles benchmark: ${corpusPath} is absent (licensed data stays outside the repo).`);
  process.exit(0);
}
const rows = SIZES.map((n) => JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', String(n)], { encoding: 'utf8', maxBuffer: 1 << 24 })));
const base = rows[0];
for (const r of rows) {
  const x = r.n / base.n;
  const pairs = (r.direct * (r.direct - 1)) / 2;
  console.log(`across: ×${x} ${r.n} articles, ${r.quotes} quotes: index ${(r.analyseMs + r.indexMs).toFixed(0)} ms (×${((r.analyseMs + r.indexMs) / (base.analyseMs + base.indexMs)).toFixed(2)}), `
    + `variants ${r.variantsMs.toFixed(0)} ms (×${(r.variantsMs / base.variantsMs).toFixed(2)}), ${r.comparisons} pairs compared of ${pairs.toExponential(2)} (n²/2), `
    + `peak ${r.peakMB.toFixed(0)} MB (×${(r.peakMB / base.peakMB).toFixed(2)})`);
}
const last = rows[rows.length - 1];
console.log(`across: on ${last.n} articles: ${last.persons} persons, ${last.variantGroups} variant groups, ${last.alikeGroups} alike; queries (medians): 50 name lookups ${last.queryMs.toFixed(2)} ms, 1,000 quote→person ${last.personOfMs.toFixed(2)} ms, a search by speaker, type and word ${last.searchMs.toFixed(1)} ms (first ${last.searchColdMs.toFixed(0)} ms: it folds every quote once), opening the Speakers view ${last.openViewMs.toFixed(1)} ms (target ≤ 50 ms)`);
