// `zitatlupe import`: round trips through brat and W3C that lose nothing the format can hold, a
// hand-written brat file whose unknown parts are reported by line, --dry-run, and the safe path
// (an invalid sidecar is never overwritten).
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from './helpers';

const cli = join(repoRoot, 'dist', 'cli.js');
const run = (args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
const tmp = () => mkdtempSync(join(tmpdir(), 'zitatlupe-import-'));

const ARTICLE = 'date 2026-07-01\n\n„Wir öffnen den Kai“, sagte die Hafenmeisterin Lena Brandt. „Die Fähre kommt später“, sagte der Planer Ole Sander. Die Kosten dürften steigen.\n';
const at = (words: string) => ({ start: ARTICLE.indexOf(words), end: ARTICLE.indexOf(words) + words.length });
const target = (words: string) => `{ start: ${at(words).start}, end: ${at(words).end}, exact: ${JSON.stringify(words)}, prefix: "", suffix: "" }`;

function articleWithSidecar(dir: string, ids: { accepted: string; rejected: string }): string {
  const article = join(dir, 'kai.news.txt');
  writeFileSync(article, ARTICLE);
  writeFileSync(`${article}.annotations.yaml`, [
    'version: 1', 'document:', '  file: kai.news.txt', 'speakers:', '  - id: lena-brandt', '    name: Lena Brandt', '    role: Hafenmeisterin', '    aliases: [Brandt, die Hafenmeisterin]', 'annotations:',
    `  - id: ${ids.accepted}`, '    kind: quote', '    status: accepted', '    type: direct', '    speaker: lena-brandt', '    note: "Erste Zeile\\n- zweite Zeile\\twith a tab, C:\\\\temp"',
    `    target: ${target('„Wir öffnen den Kai“')}`,
    `  - id: ${ids.rejected}`, '    kind: quote', '    status: rejected', '    type: direct',
    `    target: ${target('„Die Fähre kommt später“')}`,
    '  - id: n-1', '    kind: note', '    status: accepted', '    note: Zahl prüfen',
    `    target: ${target('Kosten')}`,
  ].join('\n') + '\n');
  return article;
}

/** The quote ids the analysis gives this article (the sidecar's decisions are about them). */
function quoteIds(): { accepted: string; rejected: string } {
  const dir = tmp();
  writeFileSync(join(dir, 'kai.news.txt'), ARTICLE);
  const items = JSON.parse(run(['export', join(dir, 'kai.news.txt'), '--format', 'json']).stdout).items as { id: string; text: string }[];
  return { accepted: items.find((i) => i.text === '„Wir öffnen den Kai“')!.id, rejected: items.find((i) => i.text === '„Die Fähre kommt später“')!.id };
}

describe('zitatlupe import (CLI)', () => {
  const ids = quoteIds();

  for (const [format, file] of [['brat', 'kai.news.ann'], ['w3c', 'kai.news.jsonld']] as const) {
    for (const include of ['suggestions,rejections', 'rejections']) {
      it(`export → import → export is identical through ${format} (--include ${include})`, () => {
        const dir = tmp();
        const article = articleWithSidecar(dir, ids);
        const first = join(dir, 'first');
        const exportTo = (from: string, out: string) => {
          mkdirSync(out, { recursive: true });
          const r = run(['export', from, '--format', format, '--include', include, '--base-iri', 'https://example.org/artikel/', '--out', format === 'brat' ? out : join(out, file)]);
          assert.equal(r.status, 0, r.stderr);
          return readFileSync(join(out, file), 'utf8');
        };
        const exported = exportTo(article, first);
        // A fresh copy of the article, without a sidecar, gets everything back from the export.
        const other = join(dir, 'other');
        mkdirSync(other);
        copyFileSync(article, join(other, 'kai.news.txt'));
        const imported = run(['import', join(first, file), '--article', join(other, 'kai.news.txt')]);
        assert.equal(imported.status, 0, imported.stderr);
        assert.equal(exportTo(join(other, 'kai.news.txt'), join(dir, 'second')), exported);
        const sidecar = parse(readFileSync(join(other, 'kai.news.txt.annotations.yaml'), 'utf8'));
        const byId = (id: string) => sidecar.annotations.find((a: { id: string }) => a.id === id);
        assert.equal(byId(ids.rejected)?.status, 'rejected', 'the rejection comes back');
        assert.equal(byId(ids.accepted)?.note, 'Erste Zeile\n- zweite Zeile\twith a tab, C:\\temp', 'the note keeps its lines');
        const person = sidecar.speakers.find((p: { id: string }) => p.id === byId(ids.accepted).speaker);
        assert.equal(person?.role, 'Hafenmeisterin');
        assert.deepEqual(person?.aliases, ['Brandt', 'die Hafenmeisterin'], 'the aliases come back');
      });
    }
  }

  it('imports a brat file written by hand and reports, by line, everything it leaves out', () => {
    const dir = tmp();
    const article = join(dir, 'kai.news.txt');
    writeFileSync(article, ARTICLE);
    const cp = (words: string) => [...ARTICLE.slice(0, at(words).start)].length;
    const len = (words: string) => [...words].length;
    const q1 = '„Wir öffnen den Kai“', q2 = '„Die Fähre kommt später“';
    const ann = [
      `T1\tQuote ${cp(q1)} ${cp(q1) + len(q1)}\t${q1}`,
      `T2\tQuote ${cp(q2)} ${cp(q2) + len(q2)}\t${q2}`,
      `T3\tSpeaker ${cp('Lena Brandt')} ${cp('Lena Brandt') + len('Lena Brandt')}\tLena Brandt`,
      `T4\tNote ${cp('Die')} ${cp('Die') + 3};${cp('Kosten')} ${cp('Kosten') + 6}\tDie Kosten`,
      'R1\tSaid Arg1:T3 Arg2:T1',
      '*\tEquiv T1 T2',
      'N1\tReference T3 Wikidata:Q1 Lena Brandt',
      'A1\tNegated T2',
      'A2\tStatus T2 rejected',
      '#1\tAnnotatorNotes T4\tvon Hand',
    ].join('\n') + '\n';
    writeFileSync(join(dir, 'hand.ann'), ann);
    const r = run(['import', join(dir, 'hand.ann'), '--article', article]);
    assert.equal(r.status, 1, 'something was left out');
    for (const [line, what] of [[5, /relation Said, not imported/], [6, /an Equiv line, not imported/], [7, /a normalization, not imported/], [8, /attribute Negated, not imported/], [4, /T4 has 2 fragments/]] as const) {
      assert.match(r.stderr, new RegExp(`hand\\.ann: line ${line}: ${what.source}`), r.stderr);
    }
    const sidecar = parse(readFileSync(`${article}.annotations.yaml`, 'utf8'));
    assert.deepEqual(sidecar.annotations.map((a: { kind: string; status: string }) => [a.kind, a.status]), [['quote', 'accepted'], ['speaker', 'accepted'], ['quote', 'rejected'], ['note', 'accepted']]);
    assert.equal(sidecar.annotations.find((a: { kind: string }) => a.kind === 'note').note, 'von Hand');
  });

  it('shows with --dry-run what would change and writes nothing; merges by id by default, --replace drops the rest', () => {
    const dir = tmp();
    const article = articleWithSidecar(dir, ids);
    const before = readFileSync(`${article}.annotations.yaml`, 'utf8');
    const ann = join(dir, 'one.ann');
    const cp = [...ARTICLE.slice(0, at('Kosten').start)].length;
    writeFileSync(ann, `T1\tNote ${cp} ${cp + 6}\tKosten\n#1\tAnnotatorNotes T1\t[n-2] neu\n`);
    const dry = run(['import', ann, '--article', article, '--dry-run']);
    assert.equal(dry.status, 0, dry.stderr);
    assert.match(dry.stdout, /would import 1 new, 0 changed, 0 unchanged/);
    assert.match(dry.stdout, /\+ n-2/);
    assert.equal(readFileSync(`${article}.annotations.yaml`, 'utf8'), before);
    assert.equal(run(['import', ann, '--article', article]).status, 0);
    assert.deepEqual(parse(readFileSync(`${article}.annotations.yaml`, 'utf8')).annotations.map((a: { id: string }) => a.id), [ids.accepted, ids.rejected, 'n-1', 'n-2']);
    const replaced = run(['import', ann, '--article', article, '--replace', '--dry-run']);
    assert.match(replaced.stdout, /0 new, 0 changed, 1 unchanged, 3 removed \(--replace\)/);
  });

  it('never writes over a sidecar with errors, and says where they are', () => {
    const dir = tmp();
    const article = join(dir, 'kai.news.txt');
    writeFileSync(article, ARTICLE);
    const broken = 'version: 1\ndocument: {file: kai.news.txt}\nannotations:\n  - id: x\n    kind: note\n    status: vielleicht\n    target: {start: 1, end: 2, exact: "a"}\n';
    writeFileSync(`${article}.annotations.yaml`, broken);
    writeFileSync(join(dir, 'a.ann'), 'T1\tNote 0 4\tdate\n');
    const r = run(['import', join(dir, 'a.ann'), '--article', article]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /kai\.news\.txt\.annotations\.yaml:6:\d+: error/);
    assert.match(r.stderr, /has errors; fix them first: nothing imported/);
    assert.equal(readFileSync(`${article}.annotations.yaml`, 'utf8'), broken);
    assert.ok(!existsSync(join(dir, 'nothing')));
  });
});
