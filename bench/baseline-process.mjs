// The baseline for `zitatlupe analyze --jsonl`: a plain Node process that reads the same JSONL
// line by line, splits each text into words (the project's own tokenizer) and writes one line
// per article. bench/process.bench.mjs runs both as child processes and prints the ratio.
// Usage: node bench/baseline-process.mjs IN.jsonl OUT.jsonl
import { createReadStream, createWriteStream } from 'node:fs';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { tokenize } = createRequire(import.meta.url)(resolve(root, 'out/src/core/tokens.js'));
const [input, output] = process.argv.slice(2);
const out = createWriteStream(output);
for await (const line of createInterface({ input: createReadStream(input, { encoding: 'utf8' }), crlfDelay: Infinity })) {
  if (!line.trim()) continue;
  const doc = JSON.parse(line);
  const words = tokenize(doc.text).filter((t) => t.kind === 'word').length;
  if (!out.write(JSON.stringify({ id: doc.id, words }) + '\n')) await new Promise((r) => out.once('drain', r));
}
await new Promise((r) => out.end(r));
