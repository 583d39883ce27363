// The CLI with hostile or unlucky paths and bytes: it never writes over an input, writes whole
// files or none, respects read-only files and symbolic links, says what is wrong with a path or an
// encoding (per file, and the batch goes on), and keeps the bytes of notes.
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../../src/annotations/files';
import { repoRoot } from './helpers';

const cli = join(repoRoot, 'dist', 'cli.js');
const run = (args: string[], input?: string | Buffer) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', input });
const tmp = () => mkdtempSync(join(tmpdir(), 'zitatlupe-files-'));
const ARTICLE = 'date 2026-03-03\n\n„Wir fangen an“, sagte die Ministerin Eva Roth.\n';

describe('CLI: outputs never overwrite inputs', () => {
  it('refuses analyze --jsonl X --out X and leaves X as it was', () => {
    const dir = tmp(), x = join(dir, 'x.jsonl');
    writeFileSync(x, JSON.stringify({ id: 'a', text: ARTICLE }) + '\n');
    const r = run(['analyze', '--jsonl', x, '--out', x]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--out .*x\.jsonl is one of the inputs/);
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    assert.equal(readFileSync(x, 'utf8'), JSON.stringify({ id: 'a', text: ARTICLE }) + '\n');
  });

  it('refuses a brat export into the articles\' own folder, and takes a subfolder', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.news.txt'), ARTICLE);
    const r = run(['export', dir, '--format', 'brat', '--out', dir]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /is one of the inputs/);
    assert.equal(readFileSync(join(dir, 'a.news.txt'), 'utf8'), ARTICLE);
    assert.equal(run(['export', dir, '--format', 'brat', '--out', join(dir, 'brat')]).status, 0);
    assert.ok(existsSync(join(dir, 'brat', 'a.news.ann')));
  });

  it('exports two articles of the same name from different folders to two files', () => {
    const dir = tmp();
    for (const d of ['rom', 'wien']) { mkdirSync(join(dir, 'in', d), { recursive: true }); writeFileSync(join(dir, 'in', d, 'bericht.news.txt'), ARTICLE.replace('Eva Roth', d === 'rom' ? 'Eva Roth' : 'Lea Wolf')); }
    const r = run(['export', join(dir, 'in'), '--format', 'json', '--out', join(dir, 'out')]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(readFileSync(join(dir, 'out', 'rom', 'bericht.news.json'), 'utf8'), /Eva Roth/);
    assert.match(readFileSync(join(dir, 'out', 'wien', 'bericht.news.json'), 'utf8'), /Lea Wolf/);
  });
});

describe('CLI: clear errors for output paths', () => {
  const cases = [['a folder', (d: string) => d], ['a missing folder', (d: string) => join(d, 'nope', 'x.jsonl')], ['a full device', () => '/dev/full']] as const;
  // (/dev/full is Linux's; elsewhere that case is not run.)
  for (const [what, out] of cases.filter(([w]) => w !== 'a full device' || existsSync('/dev/full'))) {
    it(`says so when --out is ${what}, without a stack trace`, () => {
      const dir = tmp();
      const r = run(['analyze', '--jsonl', '-', '--out', out(dir)], JSON.stringify({ id: 'a', text: ARTICLE }) + '\n');
      assert.equal(r.status, 2, r.stderr);
      assert.match(r.stderr, /^zitatlupe: (--out .* is a folder|cannot write .*: (the folder .* does not exist|no space left on the device))/m);
      assert.doesNotMatch(r.stderr, /\n\s+at /);
    });
  }
});

describe('CLI: whole files or none', () => {
  it('leaves the complete old export or the complete new one when killed mid-write (kill -9, 20 runs)', async function () {
    this.timeout(120_000);
    const dir = tmp();
    const big = join(dir, 'big.news.txt');
    writeFileSync(big, 'date 2026-03-03\n\n' + '„Wir bauen weiter“, sagte die Ministerin Eva Roth. Der Sprecher erklärte, man prüfe alles.\n\n'.repeat(6000));
    const out = join(dir, 'big.json');
    assert.equal(run(['export', big, '--format', 'json', '--out', out]).status, 0);
    const complete = readFileSync(out, 'utf8');
    for (let k = 0; k < 20; k++) {
      const child = spawn(process.execPath, [cli, 'export', big, '--format', 'json', '--out', out], { stdio: 'ignore' });
      // (Listen before the kill: a run that finishes first has exited already, and its 'exit' is past.)
      const exited = new Promise((r) => child.once('exit', r));
      await new Promise((r) => setTimeout(r, 150 + ((k * 97) % 900)));
      child.kill('SIGKILL');
      await exited;
      assert.equal(readFileSync(out, 'utf8'), complete, `run ${k}: the file is whole`);
    }
    // A later run clears away the temporaries of the killed ones.
    assert.equal(run(['export', big, '--format', 'json', '--out', out]).status, 0);
  });

  it('names temporaries uniquely and removes those of dead writers', () => {
    const dir = tmp(), target = join(dir, 'a.yaml');
    writeFileSync(join(dir, '.a.yaml.999999-deadbeef.zitatlupe.tmp'), 'left by a killed run');
    writeFileAtomic(target, 'eins\n');
    writeFileAtomic(target, 'zwei\n');
    assert.equal(readFileSync(target, 'utf8'), 'zwei\n');
    assert.deepEqual(readdirSync(dir), ['a.yaml']);
  });
});

describe('CLI: check --write', () => {
  const setup = () => {
    const dir = tmp();
    const article = join(dir, 'a.news.txt');
    writeFileSync(article, ARTICLE);
    const sidecar = `version: 1\ndocument:\n  file: a.news.txt\n  sha256: "0000"\nannotations:\n  - id: q-1\n    kind: quote\n    status: accepted\n    created: 2026-03-03T00:00:00Z\n    target: { start: 17, end: 32, exact: „Wir fangen an“ }\n`;
    return { dir, article, sidecar };
  };

  it('respects a read-only sidecar: not rewritten, its mode kept', () => {
    const { article, sidecar } = setup();
    writeFileSync(article + '.annotations.yaml', sidecar);
    chmodSync(article + '.annotations.yaml', 0o444);
    const r = run(['check', article, '--write']);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /read-only; not written/);
    assert.equal(statSync(article + '.annotations.yaml').mode & 0o777, 0o444);
    assert.equal(readFileSync(article + '.annotations.yaml', 'utf8'), sidecar);
  });

  it('writes through a symbolic link: the link stays, its target changes', () => {
    const { dir, article, sidecar } = setup();
    writeFileSync(join(dir, 'shared.yaml'), sidecar);
    symlinkSync(join(dir, 'shared.yaml'), article + '.annotations.yaml');
    assert.equal(run(['check', article, '--write']).status, 0);
    assert.ok(lstatSync(article + '.annotations.yaml').isSymbolicLink());
    assert.doesNotMatch(readFileSync(join(dir, 'shared.yaml'), 'utf8'), /sha256: "0000"/);
  });

  it('goes on with the batch when a sidecar is a folder', () => {
    const { dir, article, sidecar } = setup();
    const other = join(dir, 'b.news.txt');
    writeFileSync(other, ARTICLE);
    mkdirSync(article + '.annotations.yaml');
    writeFileSync(other + '.annotations.yaml', sidecar.replace('a.news.txt', 'b.news.txt'));
    const r = run(['check', article, other, '--write']);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /a\.news\.txt: .*a folder, not a file/);
    assert.match(r.stdout, /b\.news\.txt: 1 annotation/);
  });

  it('refuses a sidecar with invalid UTF-8 and keeps its bytes', () => {
    const { article, sidecar } = setup();
    const bytes = Buffer.concat([Buffer.from(sidecar), Buffer.from('    note: Caf'), Buffer.from([0xe9]), Buffer.from('\n')]);
    writeFileSync(article + '.annotations.yaml', bytes);
    const r = run(['check', article, '--write']);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /invalid UTF-8 at line 11, byte offset \d+/);
    assert.deepEqual(readFileSync(article + '.annotations.yaml'), bytes);
  });
});

describe('CLI: encodings of JSON Lines', () => {
  const line = JSON.stringify({ id: 'a', text: ARTICLE });
  it('drops a UTF-8 byte order mark', () => {
    const r = run(['analyze', '--jsonl', '-'], Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(line + '\n')]));
    assert.equal(r.status, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).id, 'a');
  });
  it('names UTF-16 input', () => {
    const r = run(['analyze', '--jsonl', '-'], Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(line + '\n', 'utf16le')]));
    assert.equal(r.status, 1);
    assert.match(r.stderr, /UTF-16/);
  });
  it('reports invalid UTF-8 with its line and byte offset, and goes on', () => {
    const bad = Buffer.concat([Buffer.from(line + '\n'), Buffer.from('{"id":"b","text":"Caf'), Buffer.from([0xe9]), Buffer.from('"}\n'), Buffer.from(line.replace('"a"', '"c"') + '\n')]);
    const r = run(['analyze', '--jsonl', '-'], bad);
    assert.equal(r.status, 1);
    assert.match(r.stderr, new RegExp(`-:2: invalid UTF-8 at byte offset ${Buffer.byteLength(line) + 1 + 21}`));
    assert.deepEqual(r.stdout.trim().split('\n').map((l) => JSON.parse(l).id), ['a', null, 'c']);
  });
});

describe('export: ids and offsets that do not fit', () => {
  it('keeps brat lines whole with a line break in an id, and exports a target outside the text as an orphan', () => {
    const dir = tmp(), article = join(dir, 'a.news.txt');
    writeFileSync(article, ARTICLE);
    writeFileSync(article + '.annotations.yaml', `version: 1\ndocument:\n  file: a.news.txt\n  sha256: "0000"\nannotations:\n  - id: "n-1\\nT99\\tQuote 0 1\\tx"\n    kind: note\n    status: accepted\n    note: hallo\n    created: 2026-03-03T00:00:00Z\n    target: { start: 17, end: 32, exact: „Wir fangen an“ }\n  - id: n-2\n    kind: note\n    status: accepted\n    note: weg\n    created: 2026-03-03T00:00:00Z\n    target: { start: 900, end: 910, exact: nirgendwo }\n`);
    const r = run(['export', article, '--format', 'brat', '--out', join(dir, 'brat')]);
    assert.equal(r.status, 0, r.stderr);
    const ann = readFileSync(join(dir, 'brat', 'a.news.ann'), 'utf8');
    assert.doesNotMatch(ann, /undefined/);
    assert.ok(ann.split('\n').filter(Boolean).every((l) => /^[TRA#]\d+\t/.test(l)), ann);
    assert.doesNotMatch(ann, /^T99/m);
    assert.match(r.stderr, /1 orphaned annotation left out/);
  });
});
