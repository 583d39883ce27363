// npm run golden [-- --base REV]: the CLI's output at a base commit and in the working tree, byte
// for byte, on the shared corpus, the dev and check splits (when ../shared is present) and the
// project's own fixtures. A refactoring that changes no behaviour must print "identical".
// The base build is made once per commit in a detached worktree and its output cached in out/golden/.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const baseRev = args.includes('--base') ? args[args.indexOf('--base') + 1] : 'HEAD';
const git = (...a) => execFileSync('git', a, { cwd: root, encoding: 'utf8' }).trim();
const base = git('rev-parse', baseRev);
const shared = resolve(root, process.env.ZITATLUPE_SHARED ?? '../shared');

const JSONL = [
  ['corpus', join(shared, 'corpus', 'news_articles.jsonl')],
  ...['spkatt_news.dev', 'spkatt_news.check', 'hedges.dev', 'hedges.check', 'rw_news.dev'].map((s) => [s, join(shared, 'eval', `${s}.jsonl`)]),
].filter(([name, path]) => existsSync(path) || (console.log(`skipped ${name}: ${path} is absent (licensed data stays outside the repo)`), false));
const fixtures = readdirSync(join(root, 'test', 'fixtures')).filter((f) => f.endsWith('.txt')).sort().map((f) => join(root, 'test', 'fixtures', f));

/** Runs one build's CLI on every input; returns name → output. */
function outputsOf(cli, dir) {
  mkdirSync(dir, { recursive: true });
  const out = {};
  for (const [name, path] of JSONL) {
    const file = join(dir, `${name}.jsonl`);
    if (!existsSync(file)) execFileSync(process.execPath, [cli, 'analyze', '--jsonl', path, '--out', file], { stdio: ['ignore', 'ignore', 'inherit'] });
    out[name] = readFileSync(file);
  }
  const fixtureFile = join(dir, 'fixtures.jsonl');
  if (!existsSync(fixtureFile)) writeFileSync(fixtureFile, execFileSync(process.execPath, [cli, 'analyze', ...fixtures], { cwd: root }));
  out.fixtures = readFileSync(fixtureFile);
  return out;
}

function baseOutputs() {
  const cache = join(root, 'out', 'golden', base);
  if (existsSync(join(cache, 'done'))) return outputsOf(null, cache);
  const tree = join(tmpdir(), `zitatlupe-golden-${base.slice(0, 12)}`);
  rmSync(tree, { recursive: true, force: true });
  git('worktree', 'add', '--detach', '--force', tree, base);
  try {
    symlinkSync(join(root, 'node_modules'), join(tree, 'node_modules'));
    execFileSync(process.execPath, ['esbuild.mjs'], { cwd: tree, stdio: 'inherit' });
    rmSync(cache, { recursive: true, force: true });
    const out = outputsOf(join(tree, 'dist', 'cli.js'), cache);
    writeFileSync(join(cache, 'done'), base + '\n');
    return out;
  } finally {
    git('worktree', 'remove', '--force', tree);
  }
}

/** The first line that differs, with both versions cut to a readable length. */
function firstDifference(a, b) {
  const x = a.toString('utf8').split('\n'), y = b.toString('utf8').split('\n');
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (x[i] === y[i]) continue;
    let c = 0;
    while (x[i] && y[i] && x[i][c] === y[i][c]) c++;
    const cut = (s) => (s === undefined ? '(no line)' : s.slice(Math.max(0, c - 120), c + 200));
    return `line ${i + 1}, column ${c + 1}:\n  base: ${cut(x[i])}\n  head: ${cut(y[i])}`;
  }
  return 'same lines, different bytes';
}

function changedLines(a, b) {
  const x = a.toString('utf8').split('\n'), y = b.toString('utf8').split('\n');
  let n = 0;
  for (let i = 0; i < Math.max(x.length, y.length); i++) if (x[i] !== y[i]) n++;
  return n;
}

const before = baseOutputs();
const headDir = join(tmpdir(), `zitatlupe-golden-head-${process.pid}`);
const after = outputsOf(join(root, 'dist', 'cli.js'), headDir);
rmSync(headDir, { recursive: true, force: true });
let same = true;
for (const name of Object.keys(before)) {
  if (before[name].equals(after[name])) {
    console.log(`${name.padEnd(18)} identical (${before[name].length} bytes)`);
  } else {
    same = false;
    // (Check splits are numbers only: never show their text, only how many lines changed.)
    const detail = name.includes('.check') ? `${changedLines(before[name], after[name])} lines changed` : firstDifference(before[name], after[name]);
    console.log(`${name.padEnd(18)} DIFFERS from ${base.slice(0, 10)}: ${detail}`);
  }
}
console.log(same ? `golden: output identical to ${baseRev} (${base.slice(0, 10)})` : `golden: output differs from ${baseRev} (${base.slice(0, 10)})`);
process.exit(same ? 0 : 1);
