// Quotes checked against their source, on an invented transcript: each verdict, the passage's
// line, the word diff, subtitles, and the CLI's exit code for CI.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import MarkdownIt from 'markdown-it';
import { verificationReport } from '../../src/export';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SourceIndex } from '../../src/core';
import { repoRoot } from './helpers';

const TRANSCRIPT = [
  'Pressekonferenz des Hafenamts, 3. Juli',
  '',
  'Lena Brandt: Guten Morgen. Wir öffnen den neuen Kai am Montag für alle Besucher.',
  'Die Fähren fahren dann bis Mitternacht, auch am Wochenende.',
  'Frage: Was kostet das? Lena Brandt: Der Eintritt bleibt frei, das haben wir im Rat beschlossen.',
  'Ole Sander: Wir rechnen mit sehr vielen Gästen aus dem ganzen Land.',
].join('\n');
const index = new SourceIndex(TRANSCRIPT);

describe('checking quotes against a source', () => {
  it('finds an exact quote and the line of its passage', () => {
    const r = index.check('„Wir öffnen den neuen Kai am Montag für alle Besucher.“');
    assert.equal(r.verdict, 'exact');
    assert.equal(r.line, 3);
    assert.equal(TRANSCRIPT.slice(r.start, r.end), 'Wir öffnen den neuen Kai am Montag für alle Besucher');
  });

  it('tells punctuation and case apart from words', () => {
    assert.equal(index.check('„die Fähren fahren dann bis Mitternacht – auch am Wochenende“').verdict, 'exact-except-punctuation');
  });

  it('calls a quote with words left out shortened, with or without an ellipsis', () => {
    const r = index.check('„Wir öffnen den neuen Kai (…) für alle Besucher“');
    assert.equal(r.verdict, 'shortened');
    assert.deepEqual(r.diff.filter((d) => d.op === 'left-out').map((d) => d.source), ['am', 'montag']);
    assert.equal(index.check('„Der Eintritt bleibt frei, das haben wir beschlossen“').verdict, 'shortened');
  });

  it('shows a changed word in the diff', () => {
    const r = index.check('„Wir rechnen mit sehr vielen Touristen aus dem ganzen Land.“');
    assert.equal(r.verdict, 'words-changed');
    assert.deepEqual(r.diff.filter((d) => d.op !== 'same'), [{ op: 'changed', quote: 'touristen', source: 'gästen' }]);
    assert.equal(r.line, 6);
  });

  it('reads a differing last word as changed, not as added', () => {
    const r = index.check('„Wir rechnen mit sehr vielen Touristen“');
    assert.deepEqual(r.diff.filter((d) => d.op !== 'same'), [{ op: 'changed', quote: 'touristen', source: 'gästen' }]);
  });

  it('says not found for a quote the source does not hold', () => {
    assert.equal(index.check('„Das Feuerwerk fällt in diesem Jahr leider aus.“').verdict, 'not-found');
    assert.equal(index.check('„“').verdict, 'not-found');
  });

  it('reads the text of a WebVTT file, not its timings, and keeps the file\'s offsets', () => {
    const vtt = 'WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\n<v Lena Brandt>Wir öffnen den neuen Kai</v>\n\n2\n00:00:04.000 --> 00:00:06.500\nam Montag für alle.\n';
    const r = new SourceIndex(vtt).check('„Wir öffnen den neuen Kai am Montag für alle.“');
    assert.equal(r.verdict, 'exact', 'the cue break and the tags sit where the quote has a space');
    assert.equal(r.line, 5);
    assert.ok(vtt.slice(r.start, r.end).startsWith('Wir öffnen'), vtt.slice(r.start, r.end));
  });

  it('zitatlupe verify exits 1 when a quote has words changed, 0 when all hold', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zitatlupe-verify-'));
    writeFileSync(join(dir, 'quelle.txt'), TRANSCRIPT);
    const run = (article: string, ...more: string[]) => {
      writeFileSync(join(dir, 'a.news.txt'), article);
      return spawnSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), 'verify', join(dir, 'a.news.txt'), '--source', join(dir, 'quelle.txt'), ...more], { encoding: 'utf8' });
    };
    const good = run('date 2026-07-03\n\n„die Fähren fahren dann bis Mitternacht – auch am Wochenende“, sagte die Hafenmeisterin Lena Brandt.\n');
    assert.equal(good.status, 0, good.stdout + good.stderr);
    assert.match(good.stdout, /^exact except punctuation\/case\s+„die Fähren/m);
    const bad = run('date 2026-07-03\n\n„Wir rechnen mit sehr vielen Touristen“, sagte der Planer Ole Sander.\n', '--json');
    assert.equal(bad.status, 1);
    const json = JSON.parse(bad.stdout);
    assert.equal(json.quotes[0].verdict, 'words-changed');
    assert.equal(json.quotes[0].speaker, 'Ole Sander');
  });

  it('zitatlupe verify --record keeps the source in the sidecar, reruns from it, and says when the source changed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zitatlupe-verify-'));
    mkdirSync(join(dir, 'quellen'));
    writeFileSync(join(dir, 'quellen', 'quelle.txt'), TRANSCRIPT);
    writeFileSync(join(dir, 'a.news.txt'), 'date 2026-07-03\n\n„Wir rechnen mit sehr vielen Touristen“, sagte der Planer Ole Sander.\n');
    const cli = (...args: string[]) => spawnSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), 'verify', join(dir, 'a.news.txt'), ...args], { encoding: 'utf8' });
    const none = cli();
    assert.equal(none.status, 2);
    assert.match(none.stderr, /no --source given and none recorded/);
    assert.equal(cli('--source', join(dir, 'quellen', 'quelle.txt'), '--record').status, 1);
    const sidecar = readFileSync(join(dir, 'a.news.txt.annotations.yaml'), 'utf8');
    assert.match(sidecar, /sources:\n {2}- path: quellen\/quelle\.txt\n {4}sha256: [0-9a-f]{64}\n {4}checked: /);
    const again = cli('--markdown');
    assert.equal(again.status, 1);
    assert.match(again.stdout, /^# Quellenprüfung: a\\\.news\\\.txt/m);
    assert.match(again.stdout, /^1 direktes Zitat: /m);
    assert.match(again.stdout, /^## Wörter geändert \(1\)/m);
    assert.match(again.stdout, /~~\p{L}+~~ \*\*\p{L}+\*\*/u);
    assert.equal(again.stderr, '');
    writeFileSync(join(dir, 'quellen', 'quelle.txt'), TRANSCRIPT + '\nNachtrag.\n');
    const changed = cli('--json');
    assert.match(changed.stderr, /quelle\.txt changed since it was recorded/);
    assert.equal(JSON.parse(changed.stdout).sources[0].changed, true);
  });

  it('renders the report with every value escaped', () => {
    const md = verificationReport('a&b.news.txt', [{ name: 'rede_1.txt' }], [
      { text: '„*Alles* <b>gut</b>“', speaker: 'Eva [Roth]', verdict: 'words-changed', line: 3, diff: [{ op: 'changed', quote: 'alles', source: 'nichts' }, { op: 'same', quote: 'gut', source: 'gut' }] },
      { text: '„Nein.“', verdict: 'exact', diff: [] },
    ]);
    const html = new MarkdownIt().render(md);
    assert.doesNotMatch(html, /<b>|<em>Alles/);
    assert.match(html, /<s>nichts<\/s> <strong>alles<\/strong> gut/);
    assert.match(md, /^## Wörtlich \(1\)/m);
    assert.match(md, /1 mit geänderten Wörtern/);
  });
});
