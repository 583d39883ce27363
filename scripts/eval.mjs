// Runs the CLI on the shared dev splits and scores the predictions with ../shared/eval/score.mjs.
// Usage: node scripts/eval.mjs [--json] [split…]   (splits: spkatt rw hedges gepade)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = resolve(root, process.env.ZITATLUPE_SHARED ?? '../shared', 'eval');
const scorer = join(evalDir, 'score.mjs');
if (!existsSync(scorer)) {
  console.log(`skipped: ${scorer} is absent (the evaluation data lives in ../shared, outside the repo).`);
  process.exit(0);
}
const SPLITS = { spkatt: 'spkatt_news.dev.jsonl', rw: 'rw_news.dev.jsonl', hedges: 'hedges.dev.jsonl', gepade: 'gepade.dev.jsonl' };
const args = process.argv.slice(2);
const json = args.includes('--json');
const chosen = args.filter((a) => !a.startsWith('--'));
const names = chosen.length ? chosen : ['spkatt', 'rw', 'hedges'];
const outDir = join(root, 'out', 'eval');
mkdirSync(outDir, { recursive: true });
for (const name of names) {
  const gold = join(evalDir, SPLITS[name]);
  const pred = join(outDir, `${name}.pred.jsonl`);
  execFileSync(process.execPath, [join(root, 'dist', 'cli.js'), 'analyze', '--jsonl', gold, '--out', pred], { stdio: ['ignore', 'inherit', 'inherit'] });
  const report = execFileSync(process.execPath, [scorer, '--gold', gold, '--pred', pred, ...(json ? ['--json'] : [])], { encoding: 'utf8' });
  console.log(json ? JSON.stringify({ split: name, ...JSON.parse(report) }) : `== ${name} (${SPLITS[name]})\n${report}`);
}
