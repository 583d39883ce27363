// npm run eval [-- --rules] [-- --timing] [-- --json] [split…]
// Runs the CLI on the shared evaluation splits and scores the predictions with ../shared/eval/score.mjs.
// Default: every figure on dev and on the check split side by side, with the gap. Check splits are
// numbers only: this script never prints their documents or their errors.
//   --rules   per rule: how often it fires and how often it is right on dev and check, and the change
//             of each figure when the rule is switched off (ablation)
//   --timing  time per rule on the shared corpus
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, process.env.ZITATLUPE_SHARED ?? '../shared');
const evalDir = join(shared, 'eval');
const scorer = join(evalDir, 'score.mjs');
const cli = join(root, 'dist', 'cli.js');
if (!existsSync(scorer)) {
  console.log(`skipped: ${scorer} is absent (the evaluation data lives in ../shared, outside the repo).`);
  process.exit(0);
}
const run = promisify(execFile);
const args = process.argv.slice(2);
const outDir = join(root, 'out', 'eval');
mkdirSync(outDir, { recursive: true });

/** Pairs of splits scored side by side; rw and gepade have no check split. */
const PAIRS = {
  spkatt: { dev: 'spkatt_news.dev.jsonl', check: 'spkatt_news.check.jsonl' },
  hedges: { dev: 'hedges.dev.jsonl', check: 'hedges.check.jsonl' },
  rw: { dev: 'rw_news.dev.jsonl' },
  gepade: { dev: 'gepade.dev.jsonl' },
};
const FIGURES = {
  spkatt: [['direct quotes F1', (r) => r.quotes_direct.f1], ['direct quotes strict F1', (r) => r.quotes_direct_strict.f1], ['speech of any type F1', (r) => r.quotes_any.f1],
    ['speaker accuracy', (r) => r.speaker.accuracy_on_found_quotes], ['cue accuracy', (r) => r.cue.accuracy_on_found_quotes]],
  hedges: [['hedged sentences F1', (r) => r.hedged_sentences.f1], ['hedge cues F1', (r) => r.hedge_cues.f1]],
  rw: [['speech of any type F1', (r) => r.quotes_any.f1], ['direct quotes F1', (r) => r.quotes_direct.f1], ['speaker accuracy', (r) => r.speaker.accuracy_on_found_quotes], ['cue accuracy', (r) => r.cue.accuracy_on_found_quotes]],
  gepade: [['speech F1', (r) => r.quotes_any.f1], ['speaker accuracy', (r) => r.speaker.accuracy_on_found_quotes], ['cue accuracy', (r) => r.cue.accuracy_on_found_quotes]],
};

async function predict(file, name, extra = []) {
  const pred = join(outDir, `${name}.pred.jsonl`);
  await run(process.execPath, [cli, 'analyze', '--jsonl', join(evalDir, file), '--out', pred, ...extra], { maxBuffer: 1 << 26 });
  // A document the analyzer failed on is written as an error line and would score as empty: a crash
  // must stop the figures, not lower them quietly. (The count only: check documents stay unread.)
  const failed = readFileSync(pred, 'utf8').split('\n').filter((line) => line.includes('"error"') && !line.includes('"quotes"')).length;
  if (failed) throw new Error(`the analyzer failed on ${failed} document(s) of ${file}; run \`zitatlupe analyze --jsonl\` on it to see why`);
  return pred;
}

async function score(file, pred) {
  const { stdout } = await run(process.execPath, [scorer, '--gold', join(evalDir, file), '--pred', pred, '--json']);
  return JSON.parse(stdout);
}

const f3 = (x) => (x === undefined ? '–' : x.toFixed(3));
const signed = (x) => (Math.abs(x) < 0.0005 ? '  0' : `${x > 0 ? '+' : ''}${x.toFixed(3)}`);

async function figures(names) {
  const out = {};
  for (const name of names) {
    const pair = PAIRS[name];
    out[name] = {};
    for (const [split, file] of Object.entries(pair)) out[name][split] = await score(file, await predict(file, `${name}.${split}`));
  }
  return out;
}

function printFigures(all) {
  for (const [name, bySplit] of Object.entries(all)) {
    console.log(`\n== ${name}   ${'dev'.padStart(7)} ${bySplit.check ? `${'check'.padStart(7)}     gap` : ''}`);
    for (const [label, get] of FIGURES[name]) {
      const d = get(bySplit.dev), c = bySplit.check ? get(bySplit.check) : undefined;
      console.log(`${label.padEnd(26)} ${f3(d).padStart(7)} ${c === undefined ? '' : `${f3(c).padStart(7)} ${(d - c).toFixed(3).padStart(7)}`}`);
    }
  }
}

// --- per-rule figures ---------------------------------------------------------------------------

const chars = (s) => {
  const set = new Set();
  for (const seg of s.segments?.length ? s.segments : [s]) for (let i = seg.start; i < seg.end; i++) set.add(i);
  return set;
};
const inter = (a, b) => { let n = 0; for (const i of a) if (b.has(i)) n++; return n; };
const readJsonl = (p) => readFileSync(p, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

/**
 * How often each rule fires and is right, from an --explain run: a quote rule's quote is right
 * when half of it lies inside gold quotes (the scorer's test); a speaker or cue rule is right when
 * the gold quote most like its quote has a speaker (cue) that overlaps; a hedge rule's hedge is
 * right when it overlaps a gold hedge cue; a weight is counted on the direct quotes it weighed in.
 */
function ruleHits(goldFile, predFile) {
  const gold = new Map(readJsonl(join(evalDir, goldFile)).map((g) => [String(g.id), g]));
  const hits = new Map();
  // (One count per use: a rule that found a quote and its speaker is counted under each, with its own test.)
  const bump = (id, right, use = 'finds') => { const key = `${id}\t${use}`; const h = hits.get(key) ?? { fires: 0, right: 0 }; h.fires++; if (right) h.right++; hits.set(key, h); };
  for (const p of readJsonl(predFile)) {
    const g = gold.get(String(p.id));
    if (!g) continue;
    const G = (g.quotes ?? []).map((q) => ({ q, c: chars(q) }));
    const goldAll = new Set(); G.forEach((x) => x.c.forEach((i) => goldAll.add(i)));
    for (const q of p.quotes ?? []) {
      if (!q.why) continue;
      const c = chars(q);
      const right = G.length > 0 && inter(c, goldAll) >= 0.5 * c.size;
      bump(q.why.rule, right);
      for (const e of q.why.evidence ?? []) if (!e.includes(' -')) bump(e.split(' ')[0], right);
      let best = null, bestJ = 0;
      for (const x of G) { const n = inter(c, x.c), j = n / (c.size + x.c.size - n); if (j > bestJ) { bestJ = j; best = x.q; } }
      for (const role of ['speaker', 'cue']) {
        if (!q[role] || !q.why[role]) continue;
        bump(q.why[role], !!best?.[role] && inter(chars(q[role]), chars(best[role])) > 0, role);
      }
    }
    if (Array.isArray(g.hedges)) {
      const gh = g.hedges.map(chars);
      for (const h of p.hedges ?? []) if (h.why) bump(h.why.rule, gh.some((d) => inter(chars(h), d) > 0));
    }
  }
  return hits;
}

/** The figures each rule is judged by in its ablation. */
const KEY = [['spkatt', 'any', (r) => r.quotes_any.f1], ['spkatt', 'dir', (r) => r.quotes_direct.f1], ['spkatt', 'spk', (r) => r.speaker.accuracy_on_found_quotes],
  ['spkatt', 'cue', (r) => r.cue.accuracy_on_found_quotes], ['hedges', 'hdg', (r) => r.hedge_cues.f1], ['hedges', 'hsn', (r) => r.hedged_sentences.f1]];

async function ablation(rules, base) {
  const jobs = Math.max(1, availableParallelism());
  const result = new Map();
  let next = 0, done = 0;
  const worker = async () => {
    while (next < rules.length) {
      const id = rules[next++];
      const deltas = { dev: {}, check: {} };
      for (const name of ['spkatt', 'hedges']) {
        for (const split of ['dev', 'check']) {
          const file = PAIRS[name][split];
          const safe = id.replace(/[^a-z0-9]+/gi, '_');
          const r = await score(file, await predict(file, `ablate.${safe}.${name}.${split}`, ['--disable-rules', id, '--jobs', '1']));
          for (const [pair, label, get] of KEY) if (pair === name) deltas[split][label] = get(base[name][split]) - get(r);
        }
      }
      result.set(id, deltas);
      if (process.stderr.isTTY) process.stderr.write(`\rablation ${++done}/${rules.length}`);
    }
  };
  await Promise.all(Array.from({ length: jobs }, worker));
  if (process.stderr.isTTY) process.stderr.write('\n');
  return result;
}

async function perRule() {
  const rules = JSON.parse(execFileSync(process.execPath, [cli, 'rules', '--json'], { encoding: 'utf8' }));
  const base = await figures(['spkatt', 'hedges']);
  printFigures(base);
  const hits = { dev: new Map(), check: new Map() };
  for (const split of ['dev', 'check']) {
    for (const name of ['spkatt', 'hedges']) {
      const file = PAIRS[name][split];
      for (const [id, h] of ruleHits(file, await predict(file, `explain.${name}.${split}`, ['--explain']))) {
        const acc = hits[split].get(id) ?? { fires: 0, right: 0 };
        acc.fires += h.fires; acc.right += h.right;
        hits[split].set(id, acc);
      }
    }
  }
  const only = args.find((a) => a.startsWith('--only='))?.slice(7);
  const chosen = rules.filter((r) => !only || r.id.startsWith(only));
  const deltas = await ablation(chosen.map((r) => r.id), base);
  console.log('\nper rule and use (finds a quote or hedge / gives its speaker / gives its cue): fires (share right) on dev | check;\nablation = how much each figure drops when the rule is off (dev / check)');
  console.log('figures: any = speech F1, dir = direct F1, spk = speaker acc., cue = cue acc., hdg = hedge cue F1, hsn = hedged sentences F1\n');
  for (const r of chosen) {
    const fmt = (h) => (h ? `${String(h.fires).padStart(5)} (${h.fires ? (h.right / h.fires).toFixed(2) : '–'})` : '    –       ');
    const d = deltas.get(r.id);
    const moved = KEY.map(([, label]) => label).filter((l) => Math.abs(d.dev[l]) >= 0.0005 || Math.abs(d.check[l]) >= 0.0005);
    const ab = moved.map((l) => `${l} ${signed(d.dev[l])}/${signed(d.check[l])}`).join('  ') || 'no change';
    const flag = moved.some((l) => d.dev[l] > 0.0005 && d.check[l] < -0.0005) ? '  ← helps dev, hurts check' : '';
    const uses = ['finds', 'speaker', 'cue'].filter((u) => hits.dev.has(`${r.id}\t${u}`) || hits.check.has(`${r.id}\t${u}`));
    const counts = uses.map((u) => `${u} ${fmt(hits.dev.get(`${r.id}\t${u}`))} | ${fmt(hits.check.get(`${r.id}\t${u}`))}`).join('; ') || 'fires –';
    console.log(`${r.id.padEnd(46)} ${counts}   ${ab}${flag}`);
  }
}

async function timing() {
  const corpus = join(shared, 'corpus', 'news_articles.jsonl');
  const { stderr } = await run(process.execPath, [cli, 'analyze', '--jsonl', corpus, '--out', join(outDir, 'timing.pred.jsonl'), '--timing'], { maxBuffer: 1 << 26 });
  console.log(stderr);
}

if (args.includes('--rules')) await perRule();
else if (args.includes('--timing')) await timing();
else {
  const chosen = args.filter((a) => !a.startsWith('--'));
  const all = await figures(chosen.length ? chosen : ['spkatt', 'hedges', 'rw']);
  if (args.includes('--json')) console.log(JSON.stringify(all));
  else printFigures(all);
}
