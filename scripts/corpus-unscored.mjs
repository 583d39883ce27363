// node scripts/corpus-unscored.mjs [OUT.jsonl]
// Writes the articles of ../shared/corpus/news_articles.jsonl that appear in no evaluation split
// (dev or check) — the ones that are safe to read when looking for errors. The corpus holds all
// articles of the hedge check split, so reading the corpus as it is would read check documents.
// An article counts as an evaluation article when its opening (first 60 characters, trimmed)
// equals the opening of one in ../shared/eval/*.jsonl. Prints how many were left out.
import { createReadStream, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '../shared');
const corpus = join(shared, 'corpus', 'news_articles.jsonl');
if (!existsSync(corpus)) {
  console.log(`skipped: ${corpus} is absent (the corpus lives in ../shared, outside the repo).`);
  process.exit(0);
}
const out = resolve(process.argv[2] ?? join(root, 'out', 'corpus-unscored.jsonl'));
const opening = (text) => text.trim().slice(0, 60);

const evaluated = new Set();
const evalDir = join(shared, 'eval');
for (const file of readdirSync(evalDir).filter((f) => f.endsWith('.jsonl'))) {
  for (const line of readFileSync(join(evalDir, file), 'utf8').split('\n')) {
    if (line.trim()) evaluated.add(opening(JSON.parse(line).text));
  }
}

const kept = [];
let left = 0;
for await (const line of createInterface({ input: createReadStream(corpus, 'utf8'), crlfDelay: Infinity })) {
  if (!line.trim()) continue;
  if (evaluated.has(opening(JSON.parse(line).text))) left++;
  else kept.push(line);
}
writeFileSync(out, kept.join('\n') + '\n');
console.log(`${kept.length} articles written to ${out}; ${left} left out (they appear in an evaluation split).`);
