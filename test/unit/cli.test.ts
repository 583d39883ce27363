import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './helpers';

const cli = join(repoRoot, 'dist', 'cli.js');
const run = (args: string[], input?: string) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', input });
const tmp = () => mkdtempSync(join(tmpdir(), 'zitatlupe-cli-'));

describe('zitatlupe analyze (CLI)', () => {
  it('writes one prediction per JSONL line in the evaluation format', () => {
    const dir = tmp();
    const input = join(dir, 'in.jsonl');
    const out = join(dir, 'out.jsonl');
    writeFileSync(input, [
      JSON.stringify({ id: 'a', text: '„Wir kommen morgen“, sagte die Sprecherin Eva Roth.' }),
      JSON.stringify({ id: 'b', text: 'Kein Zitat hier.' }),
    ].join('\n') + '\n');
    const r = run(['analyze', '--jsonl', input, '--out', out]);
    assert.equal(r.status, 0, r.stderr);
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(lines.map((l) => l.id), ['a', 'b']);
    const q = lines[0].quotes[0];
    assert.deepEqual([q.start, q.end, q.type], [0, 19, 'direct']);
    assert.deepEqual(q.speaker, { start: 27, end: 50, text: 'die Sprecherin Eva Roth', name: 'Eva Roth', speakerId: 'eva-roth' });
    assert.equal(q.cue.text, 'sagte');
    assert.deepEqual(lines[0].hedges, []);
    assert.equal(lines[0].speakers[0].name, 'Eva Roth');
    assert.deepEqual(lines[1].quotes, []);
  });

  it('reports bad lines on stderr with their number, exits non-zero and still writes the rest', () => {
    const input = ['{"id":"ok1","text":"Er sagte: „Ja.“"}', '{not json', '{"id":"nt"}', '{"id":"ok2","text":"Nichts."}'].join('\n');
    const r = run(['analyze', '--jsonl', '-'], input);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /-:2: invalid JSON/);
    assert.match(r.stderr, /-:3: missing "text"/);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(lines.length, 4);
    assert.equal(lines[0].id, 'ok1');
    assert.equal(lines[0].quotes.length, 1);
    assert.deepEqual([lines[1].line, lines[2].id], [2, 'nt']);
    assert.equal(lines[3].id, 'ok2');
  });

  it('analyses files and names the ones it cannot read', () => {
    const dir = tmp();
    const good = join(dir, 'good.news.txt');
    const binary = join(dir, 'binary.news.txt');
    writeFileSync(good, 'date 2026-01-01\n\n„Alles gut“, sagte der Arzt Jan Berg.\n');
    writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]));
    const r = run(['analyze', good, join(dir, 'missing.txt'), binary]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /missing\.txt: no such file/);
    assert.match(r.stderr, /binary\.news\.txt: This looks like a binary file/);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(lines.length, 3);
    assert.equal(lines[0].date, '2026-01-01');
    assert.equal(lines[0].quotes[0].speaker.name, 'Jan Berg');
  });

  it('explains wrong usage', () => {
    const r = run(['analyze']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /Usage:/);
    assert.equal(run(['analyze', '--jsonl']).status, 2);
    assert.equal(run(['frobnicate']).status, 2);
    assert.equal(run(['--help']).status, 0);
  });

  it('reports an unreadable JSONL file', () => {
    const r = run(['analyze', '--jsonl', '/nonexistent/in.jsonl']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /cannot read \/nonexistent\/in\.jsonl/);
  });
});

describe('zitatlupe check (CLI)', () => {
  const ARTICLE = 'date 2026-03-01\n\n„Wir bauen“, sagte die Ministerin Eva Roth. Die Kosten dürften steigen. Das ist noch offen.\n';
  const sidecar = (text: string, needles: string[]) => {
    const lines = ['version: 1', 'document:', '  file: a.news.txt', 'speakers: []', 'annotations:'];
    needles.forEach((n, i) => {
      const s = text.indexOf(n);
      lines.push(`  - id: a${i}`, '    kind: note', '    status: accepted', `    target: { start: ${s}, end: ${s + n.length}, exact: ${JSON.stringify(n)}, prefix: "", suffix: "" }`);
    });
    return lines.join('\n') + '\n';
  };

  it('re-anchors after an outside edit, reports moves and orphans, and writes with --write', () => {
    const dir = tmp();
    const article = join(dir, 'a.news.txt');
    writeFileSync(article, ARTICLE);
    writeFileSync(article + '.annotations.yaml', '# von Hand\n' + sidecar(ARTICLE, ['dürften', 'Das ist noch offen.']));
    assert.equal(run(['check', article]).status, 0);
    writeFileSync(article, ARTICLE.replace('„Wir', 'Neu: „Wir').replace(' Das ist noch offen.', ''));
    const r = run(['check', article, '--write']);
    assert.equal(r.status, 1, 'orphans fail the check');
    assert.match(r.stdout, /2 annotations, 1 moved, 1 orphaned/);
    assert.match(r.stdout, /orphaned a1: „Das ist noch offen\.“/);
    const saved = readFileSync(article + '.annotations.yaml', 'utf8');
    assert.match(saved, /^# von Hand/);
    assert.match(saved, /orphaned: true/);
    assert.match(saved, /sha256: [0-9a-f]{64}/);
    const after = run(['check', article]);
    assert.match(after.stdout, /0 moved, 1 orphaned/);
  });

  it('exports re-anchored decisions after an outside edit, leaves orphans out and says both', () => {
    const dir = tmp();
    const article = join(dir, 'a.news.txt');
    writeFileSync(article, ARTICLE);
    writeFileSync(article + '.annotations.yaml', sidecar(ARTICLE, ['dürften', 'Das ist noch offen.']));
    const edited = ARTICLE.replace('„Wir', 'Neu: „Wir').replace(' Das ist noch offen.', '');
    writeFileSync(article, edited);
    const r = run(['export', article, '--format', 'json']);
    assert.equal(r.status, 0, r.stderr);
    const items = JSON.parse(r.stdout).items;
    assert.deepEqual(items.map((i: { id: string }) => i.id), ['a0'], 'the orphan is not exported as a live span');
    assert.equal(edited.slice(items[0].start, items[0].end), 'dürften', 'the offsets point at the words where they are now');
    assert.match(r.stderr, /1 decision followed its text to where it is now; 1 orphaned annotation left out/);
    // brat marks the same words.
    const out = join(dir, 'brat');
    assert.equal(run(['export', article, '--format', 'brat', '--out', out]).status, 0);
    const ann = readFileSync(join(out, 'a.news.ann'), 'utf8');
    const [, s, e] = /^T1\tNote (\d+) (\d+)/m.exec(ann)!;
    assert.equal([...edited].slice(Number(s), Number(e)).join(''), 'dürften');
  });

  it('names the line and column of an invalid sidecar and exits 1 without touching it', () => {
    const dir = tmp();
    const article = join(dir, 'a.news.txt');
    writeFileSync(article, ARTICLE);
    const broken = 'version: 1\ndocument: {file: a.news.txt}\nannotations:\n  - id: x\n    kind: note\n    status: vielleicht\n    target: {start: 1, end: 2, exact: "a"}\n';
    writeFileSync(article + '.annotations.yaml', broken);
    const r = run(['check', article, '--write']);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /a\.news\.txt\.annotations\.yaml:6:13: error: `status` must be/);
    assert.equal(readFileSync(article + '.annotations.yaml', 'utf8'), broken);
  });
});

describe('zitatlupe export and stats (CLI)', () => {
  const articles = () => {
    const dir = tmp();
    mkdirSync(join(dir, 'in', 'sub'), { recursive: true });
    writeFileSync(join(dir, 'in', 'a.news.txt'), 'date 2026-01-01\n\n„Wir kommen morgen“, sagte die Sprecherin Eva Roth. Die Lage dürfte sich bessern.\n');
    writeFileSync(join(dir, 'in', 'sub', 'b.news.txt'), 'date 2026-01-02\n\nDer Minister sagte, er sei zufrieden. „Das reicht“, so Müller.\n');
    writeFileSync(join(dir, 'in', 'c.txt'), 'Ohne Kopf. „Gut so“, sagte die Ärztin Jana Ott.\n');
    return dir;
  };

  it('exports every format for a folder; order and content do not depend on --jobs', () => {
    const dir = articles();
    const plain = ['--languages', 'german-news,plaintext'];
    const one = run(['export', join(dir, 'in'), '--format', 'csv', '--jobs', '1', ...plain]);
    const two = run(['export', join(dir, 'in'), '--format', 'csv', '--jobs', '2', ...plain]);
    assert.equal(one.status, 0, one.stderr);
    assert.equal(two.stdout, one.stdout);
    const rows = one.stdout.split('\r\n').filter(Boolean);
    assert.equal(rows[0], 'file,id,kind,type,status,speaker_name,speaker_role,cue,text,start,end,hedge_kind,in_quote,note,medium');
    assert.deepEqual([...new Set(rows.slice(1).map((r) => r.split(',')[0]))], ['a.news.txt', 'c.txt', 'b.news.txt']);
    for (const format of ['json', 'w3c', 'md']) {
      const out = join(dir, `out-${format}`);
      const r = run(['export', join(dir, 'in'), '--format', format, '--out', out, '--jobs', '2', ...plain]);
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(readdirSync(out, { recursive: true }).map(String).filter((f) => f.includes('.')).sort(), ['a.news.' + (format === 'w3c' ? 'jsonld' : format), 'c.' + (format === 'w3c' ? 'jsonld' : format), join('sub', 'b.news.' + (format === 'w3c' ? 'jsonld' : format))], format);
    }
    const brat = join(dir, 'brat');
    assert.equal(run(['export', join(dir, 'in'), '--format', 'brat', '--out', brat, ...plain]).status, 0);
    // (The articles' folders are kept below the inputs' common root.)
    assert.deepEqual(readdirSync(brat).sort(), ['a.news.ann', 'a.news.txt', 'annotation.conf', 'c.ann', 'c.txt', 'sub']);
    assert.deepEqual(readdirSync(join(brat, 'sub')).sort(), ['b.news.ann', 'b.news.txt']);
    assert.match(readFileSync(join(brat, 'a.news.ann'), 'utf8'), /^T1\tQuote /);
  });

  it('names a bad article, goes on with the rest and exits 1', () => {
    const dir = articles();
    writeFileSync(join(dir, 'in', 'z.txt'), 'a\u0000b');
    const r = run(['export', join(dir, 'in'), '--format', 'json', '--jobs', '2', '--languages', 'german-news,plaintext']);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /z\.txt: This looks like a binary file/);
    assert.equal(r.stdout.trim().split('\n').length, 3, 'the other three were exported');
    assert.equal(run(['export', join(dir, 'nothing'), '--format', 'json']).status, 1);
    assert.equal(run(['export', join(dir, 'in'), '--format', 'pdf']).status, 2);
    assert.equal(run(['stats', join(dir, 'in'), '--languages', 'klingon']).status, 2);
  });

  it('takes from folders what the editor analyses, skips export output, and says what it skipped', () => {
    const dir = articles();
    writeFileSync(join(dir, 'in', 'd.txt'), 'date 2026-01-03\n\n„Wir bleiben“, sagte der Trainer Jan Berg.\n');
    writeFileSync(join(dir, 'in', 'notes.md'), '# Notizen\n\n„Nicht zitieren“, sagte jemand.\n');
    const before = JSON.parse(run(['stats', join(dir, 'in'), '--json']).stdout);
    // a.news.txt, b.news.txt by name, d.txt by its date line; c.txt has neither, notes.md is Markdown.
    assert.deepEqual(before.perArticle.map((a: { file: string }) => a.file.split('/').pop()).sort(), ['a.news.txt', 'b.news.txt', 'd.txt']);
    // A brat export inside the folder holds copies of the articles: counting them would double everyone.
    assert.equal(run(['export', join(dir, 'in'), '--format', 'brat', '--out', join(dir, 'in', 'brat')]).status, 0);
    const after = run(['stats', join(dir, 'in'), '--json']);
    assert.deepEqual(JSON.parse(after.stdout).speakers, before.speakers);
    assert.match(after.stderr, /skipped 1 folder, export output \(holds annotation\.conf\): .*brat/);
    assert.match(after.stderr, /skipped 1 file, plain text without a „date YYYY-MM-DD“ first line: .*c\.txt/);
    assert.match(after.stderr, /--languages german-news,plaintext/);
    // A file named on the command line is always taken, whatever its name.
    assert.equal(JSON.parse(run(['stats', join(dir, 'in', 'c.txt'), '--json']).stdout).articles, 1);
    const all = JSON.parse(run(['stats', join(dir, 'in'), '--json', '--languages', 'german-news,plaintext,markdown']).stdout);
    assert.equal(all.articles, 5);
  });

  it('reports stats as a table and as JSON', () => {
    const dir = articles();
    const table = run(['stats', join(dir, 'in'), '--jobs', '2']);
    assert.equal(table.status, 0, table.stderr);
    assert.match(table.stdout, /^2 articles, \d+ quotes/);
    // One column per type, so the per-article rows add up to the by-type table.
    assert.match(table.stdout, /article\s+quotes\s+direct\s+indirect\s+reported\s+free_ind\.\s+hedges/);
    assert.match(table.stdout, /b\.news\.txt\s+2\s+1\s+1\s+0\s+0\s+0/);
    assert.match(table.stdout, /Eva Roth\s+1/);
    const json = JSON.parse(run(['stats', join(dir, 'in'), '--json', '--jobs', '1']).stdout);
    assert.equal(json.articles, 2);
    assert.equal(json.byType.direct, 2);
    assert.equal(json.perArticle.length, 2);
  });

  it('marks interview turns as quotes only with --interview-turns, in analyze, stats and export, inline and in workers', () => {
    const dir = tmp();
    const input = join(dir, 'in.jsonl');
    const text = 'STANDARD: Wie geht es der Reederei? Roth: Gut. STANDARD: Und der Kai? Roth: Zu kurz.';
    writeFileSync(input, JSON.stringify({ id: 'i', text }) + '\n');
    const turnsOf = (stdout: string) => JSON.parse(stdout).quotes.map((q: { text: string; speaker: { text: string } }) => `${q.speaker.text}: ${q.text}`);
    assert.deepEqual(turnsOf(run(['analyze', '--jsonl', input]).stdout), []);
    const expected = ['STANDARD: Wie geht es der Reederei?', 'Roth: Gut.', 'STANDARD: Und der Kai?', 'Roth: Zu kurz.'];
    assert.deepEqual(turnsOf(run(['analyze', '--jsonl', input, '--interview-turns']).stdout), expected);
    assert.deepEqual(turnsOf(run(['analyze', '--jsonl', input, '--interview-turns', '--jobs', '2']).stdout), expected);
    const folder = join(dir, 'articles');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.news.txt'), `date 2026-01-01\n\n${text}\n`);
    writeFileSync(join(folder, 'b.news.txt'), `date 2026-01-02\n\n${text}\n`);
    const stats = (extra: string[]) => JSON.parse(run(['stats', folder, '--json', ...extra]).stdout).quotes;
    assert.equal(stats([]), 0);
    assert.equal(stats(['--interview-turns', '--jobs', '2']), 8);
    const rows = run(['export', folder, '--format', 'csv', '--interview-turns', '--jobs', '2']).stdout.split('\r').filter((l) => l.includes(',quote,'));
    assert.equal(rows.length, 8);
  });

  it('keeps JSONL order with --jobs for analyze', () => {
    const dir = tmp();
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, Array.from({ length: 40 }, (_, i) => JSON.stringify({ id: `d${i}`, text: `„Satz ${i}“, sagte die Sprecherin Eva Roth.` })).join('\n') + '\nkaputt\n');
    const one = run(['analyze', '--jsonl', input, '--jobs', '1']);
    const three = run(['analyze', '--jsonl', input, '--jobs', '3']);
    assert.equal(three.status, 1);
    assert.equal(three.stdout, one.stdout);
    assert.deepEqual(three.stdout.trim().split('\n').map((l) => JSON.parse(l).id), [...Array.from({ length: 40 }, (_, i) => `d${i}`), null]);
  });
});
