// Across articles: the speaker index (merging by name, never by role), the persons file, search,
// and quote variants found by MinHash/LSH in linear work. Articles are short ones written here.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Analyzer } from '../../src/core';
import { buildExport } from '../../src/export';
import {
  findVariants, indexedArticle, mergePersons, parsePersons, parseQuoteQuery, searchQuotes, separatePerson, SpeakerIndex,
  type IndexedArticle, type IndexedQuote,
} from '../../src/crossArticle';
import { repoRoot } from './helpers';

const analyzer = new Analyzer();
function article(name: string, text: string): IndexedArticle {
  const a = analyzer.analyze(text);
  return indexedArticle(name, buildExport(name, text, a, undefined, { includeSuggestions: true }), a);
}

const HAFEN_1 = 'date 2025-03-01\n\n„Wir werden den Hafen bis zum Sommer vollständig ausbauen und keine Kosten scheuen“, sagte die Senatorin Eva Roth. Ein Sprecher der Reederei sagte, man sei skeptisch.\n';
const HAFEN_2 = 'date 2025-03-04\n\nRoth bekräftigte: „Wir werden den Hafen bis zum Herbst vollständig ausbauen und keine Kosten scheuen.“ Ein Sprecher der Reederei sagte, man warte ab. Die Bundesregierung erklärte, sie prüfe den Plan.\n';
const HAFEN_0 = 'date 2025-02-20\n\n„Der Hafen ist das Herz der Stadt“, sagte Eva Roth. Die Bundesregierung erklärte, sie habe Bedenken.\n';

describe('speaker index across articles', () => {
  const index = new SpeakerIndex([article('a.news.txt', HAFEN_1), article('b.news.txt', HAFEN_2), article('c.news.txt', HAFEN_0)]);
  const byName = (n: string) => index.persons.filter((p) => p.name === n);

  it('merges a surname in one article with the full name in another', () => {
    const roth = byName('Eva Roth');
    assert.equal(roth.length, 1);
    assert.deepEqual(roth[0].names, ['Eva Roth', 'Roth']);
    assert.deepEqual([...roth[0].articles].sort(), ['a.news.txt', 'b.news.txt', 'c.news.txt']);
    assert.equal(roth[0].byType.direct, 3);
  });

  it('keeps role-only speakers apart, one per article, and merges bodies by name', () => {
    const spokes = index.persons.filter((p) => p.name === 'Sprecher der Reederei');
    assert.equal(spokes.length, 2);
    assert.ok(spokes.every((p) => p.roleOnly && p.articles.length === 1));
    const government = byName('Bundesregierung');
    assert.equal(government.length, 1);
    assert.equal(government[0].articles.length, 2);
  });

  it('orders a person\'s quotes as a timeline, by the article date', () => {
    assert.deepEqual(byName('Eva Roth')[0].quotes.map((q) => q.date), ['2025-02-20', '2025-03-01', '2025-03-04']);
    assert.equal(index.personOf('b.news.txt', byName('Eva Roth')[0].quotes[2].id)?.name, 'Eva Roth');
  });

  it('leaves a surname shared by two full names on its own', () => {
    const two = new SpeakerIndex([
      article('x.news.txt', 'date 2025-01-01\n\n„Das geht nicht“, sagte Eva Roth.\n'),
      article('y.news.txt', 'date 2025-01-02\n\n„Das geht doch“, sagte Paul Roth.\n'),
      article('z.news.txt', 'date 2025-01-03\n\n„Wer weiß das schon“, sagte Roth.\n'),
    ]);
    assert.deepEqual(two.persons.map((p) => p.name).sort(), ['Eva Roth', 'Paul Roth', 'Roth']);
  });

  it('counts rejected quotes nowhere but still lists them', () => {
    const a = article('r.news.txt', 'date 2025-01-01\n\n„Das geht nicht“, sagte Eva Roth.\n');
    a.quotes[0] = { ...a.quotes[0], status: 'rejected' };
    const p = new SpeakerIndex([a]).persons[0];
    assert.equal(p.byType.direct, 0);
    assert.equal(p.quotes.length, 1);
  });
});

describe('the persons file (zitatlupe.persons.yaml)', () => {
  const articles = () => [
    article('x.news.txt', 'date 2025-01-01\n\n„Das geht nicht“, sagte Eva Roth.\n'),
    article('y.news.txt', 'date 2025-01-02\n\n„Das geht doch“, sagte Evi Roth.\n'),
    article('z.news.txt', 'date 2025-01-03\n\n„Wer weiß das schon“, sagte Roth.\n'),
  ];

  it('merges by alias and keeps a listed surname apart', () => {
    const parsed = parsePersons('version: 1\npersons:\n  - name: Eva Roth\n    aliases: [Evi Roth]\ndistinct: [Roth]\n');
    assert.deepEqual(parsed.issues, []);
    const index = new SpeakerIndex(articles(), parsed.data);
    assert.deepEqual(index.persons.map((p) => `${p.name}:${p.quotes.length}`).sort(), ['Eva Roth:2', 'Roth:1']);
  });

  it('reports problems with line and column and uses nothing from a broken file', () => {
    const bad = parsePersons('version: 1\npersons:\n  - aliases: [X]\n');
    assert.equal(bad.data, undefined);
    assert.deepEqual([bad.issues[0].line, bad.issues[0].col], [3, 5]);
    assert.match(bad.issues[0].message, /needs a `name`/);
    const newer = parsePersons('version: 9\npersons: []\n');
    assert.ok(newer.readOnly);
    assert.throws(() => mergePersons('version: 9\npersons: []\n', 'A', 'B'), /version 9/);
    const syntax = parsePersons('persons: [\n');
    assert.ok(syntax.issues.some((i) => i.severity === 'error' && i.line >= 1));
  });

  it('writes merges and splits into the document, keeping comments and unknown keys', () => {
    let src = '# who is who\nversion: 1\nnotes: kept\npersons:\n  - name: Eva Roth # the senator\n    aliases: [E. Roth]\n';
    src = mergePersons(src, 'Eva Roth', 'Roth');
    assert.match(src, /# who is who/);
    assert.match(src, /# the senator/);
    assert.match(src, /notes: kept/);
    assert.deepEqual(parsePersons(src).data?.persons, [{ name: 'Eva Roth', aliases: ['E. Roth', 'Roth'] }]);
    src = separatePerson(src, 'Roth');
    assert.deepEqual(parsePersons(src).data, { persons: [{ name: 'Eva Roth', aliases: ['E. Roth'] }], distinct: ['Roth'] });
    src = mergePersons(src, 'Eva Roth', 'Roth');
    assert.deepEqual(parsePersons(src).data?.distinct, []);
    assert.deepEqual(parsePersons(mergePersons('', 'Jan Busch', 'J. Busch')).data?.persons, [{ name: 'Jan Busch', aliases: ['J. Busch'] }]);
  });
});

describe('searching all quotes', () => {
  const index = new SpeakerIndex([article('a.news.txt', HAFEN_1), article('b.news.txt', HAFEN_2), article('c.news.txt', HAFEN_0)]);

  it('reads words, speaker, type, dates and status, in English and German', () => {
    assert.deepEqual(parseQuoteQuery('Hafen speaker:"Eva Roth" type:direct from:2025-03 to:2025-03-02 status:accepted'), {
      words: ['hafen'], speaker: 'Eva Roth', types: ['direct'], from: '2025-03', to: '2025-03-02', statuses: ['accepted'],
    });
    assert.deepEqual(parseQuoteQuery('sprecher:Roth typ:indirekt von:2025 bis:2025-06 status:abgelehnt'), {
      words: [], speaker: 'Roth', types: ['indirect'], from: '2025', to: '2025-06', statuses: ['rejected'],
    });
    // (An unknown value is a word, not silently dropped.)
    assert.deepEqual(parseQuoteQuery('typ:gesungen').words, ['typ:gesungen']);
  });

  it('finds quotes by any name of their merged speaker, within a date range', () => {
    assert.equal(searchQuotes(index, 'speaker:Roth type:direct').length, 3);
    assert.deepEqual(searchQuotes(index, 'speaker:Roth from:2025-03').map((q) => q.article), ['a.news.txt', 'b.news.txt']);
    assert.deepEqual(searchQuotes(index, 'kosten to:2025-03-01').map((q) => q.article), ['a.news.txt']);
    assert.equal(searchQuotes(index, 'herz STADT').length, 1, 'case and order of words do not matter');
    assert.equal(searchQuotes(index, 'status:rejected').length, 0);
  });
});

describe('quote variants', () => {
  const q = (article: string, text: string, extra: Partial<IndexedQuote> = {}): IndexedQuote => ({ article, id: `${article}#${text.length}`, type: 'direct', status: 'suggested', text, start: 0, end: text.length, ...extra });

  it('groups the same statement with a word changed, left out or added', () => {
    const r = findVariants([
      q('a', '„Wir werden den Hafen bis zum Sommer vollständig ausbauen“'),
      q('b', '„Wir werden den Hafen bis zum Herbst vollständig ausbauen.“'),
      q('c', '„Wir werden den Hafen vollständig ausbauen“'),
      q('d', '„Die Schulen bleiben bis Ostern geschlossen, sagte sie“'),
    ]);
    assert.equal(r.groups.length, 1);
    assert.deepEqual(r.groups[0].members.map((m) => m.article), ['a', 'b', 'c']);
    assert.equal(r.groups[0].wordings, 3);
  });

  it('calls punctuation, case and quotation marks the same wording, and leaves short replies alone', () => {
    const r = findVariants([
      q('a', '„Wir werden den Hafen ausbauen.“'),
      q('b', '»wir werden den Hafen ausbauen!«'),
      q('c', '„Nein, danke.“'), q('d', '„Nein, danke!“'),
      q('e', '„Wir werden den Hafen ausbauen“', { status: 'rejected' }),
      q('f', 'wir werden den Hafen ausbauen', { type: 'indirect' }),
    ]);
    assert.equal(r.groups.length, 1);
    assert.equal(r.groups[0].wordings, 1);
    assert.deepEqual(r.groups[0].members.map((m) => m.article), ['a', 'b']);
  });

  it('finds planted variants among many quotes with work linear in their number', () => {
    let seed = 11;
    const random = (n: number) => { seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0; return (seed >>> 8) % n; };
    const vocabulary = Array.from({ length: 3000 }, (_, i) => `wort${i.toString(36)}`);
    const sentence = (n: number) => Array.from({ length: n }, () => vocabulary[random(vocabulary.length)]);
    const run = (n: number) => {
      const quotes: IndexedQuote[] = [];
      const planted: string[] = [];
      for (let i = 0; i < n; i++) {
        const words = sentence(8 + random(10));
        quotes.push(q(`art${i}`, `„${words.join(' ')}“`));
        if (i % 50 === 0) {
          const changed = [...words];
          changed[random(changed.length)] = 'anders';
          quotes.push(q(`var${i}`, `„${changed.join(' ')}“`));
          planted.push(`art${i}`);
        }
      }
      return { r: findVariants(quotes), planted, n: quotes.length };
    };
    const small = run(2000), large = run(4000);
    for (const { r, planted } of [small, large]) {
      const found = new Set(r.groups.filter((g) => g.wordings === 2).flatMap((g) => g.members.map((m) => m.article)));
      assert.ok(planted.every((p) => found.has(p)), `${planted.filter((p) => !found.has(p)).length} planted variants missed`);
      assert.equal(r.groups.length, planted.length, 'no unrelated quotes grouped');
    }
    // All pairs would be n²/2 (2 million, 8 million); LSH compares fewer than one per quote here,
    // and never more than two per quote and band (40 n) by construction.
    for (const { r, n } of [small, large]) assert.ok(r.comparisons < n, `${r.comparisons} comparisons for ${n} quotes`);
  });
});

describe('zitatlupe speakers / quotes / variants (CLI)', () => {
  const cli = join(repoRoot, 'dist', 'cli.js');
  const run = (args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  const folder = () => {
    const dir = mkdtempSync(join(tmpdir(), 'zitatlupe-across-'));
    writeFileSync(join(dir, 'a.news.txt'), HAFEN_1);
    writeFileSync(join(dir, 'b.news.txt'), HAFEN_2);
    writeFileSync(join(dir, 'c.news.txt'), HAFEN_0);
    return dir;
  };

  it('lists persons merged across the folder, with the persons file applied', () => {
    const dir = folder();
    let r = run(['speakers', dir, '--json']);
    assert.equal(r.status, 0, r.stderr);
    const roth = JSON.parse(r.stdout).persons.find((p: { name: string }) => p.name === 'Eva Roth');
    assert.equal(roth.articles.length, 3);
    assert.deepEqual(roth.timeline.map((t: { date: string; line: number }) => [t.date, t.line]), [['2025-02-20', 3], ['2025-03-01', 3], ['2025-03-04', 3]]);
    writeFileSync(join(dir, 'zitatlupe.persons.yaml'), 'version: 1\ndistinct: [Roth]\n');
    r = run(['speakers', dir]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^Roth\s+1\s+1/m);
    writeFileSync(join(dir, 'zitatlupe.persons.yaml'), 'version: 1\npersons: 3\n');
    r = run(['speakers', dir]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /zitatlupe\.persons\.yaml:2:\d+: error: `persons` must be a list/);
  });

  it('searches quotes and reports variants with a word diff', () => {
    const dir = folder();
    const r = run(['quotes', dir, '--search', 'sprecher:roth typ:direkt von:2025-03']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /2 quotes of \d+/);
    const v = run(['variants', dir]);
    assert.equal(v.status, 0, v.stderr);
    assert.match(v.stdout, /2 places, 2 wordings — Eva Roth/);
    assert.match(v.stdout, /\[-sommer-\]\{\+herbst\+\}/);
    const json = JSON.parse(run(['variants', dir, '--json']).stdout);
    assert.equal(json.variants[0].places[1].verdict, 'words-changed');
    assert.ok(readFileSync(join(dir, 'a.news.txt'), 'utf8') === HAFEN_1, 'input untouched');
  });

  it('streams an index line per quote in input order, with two jobs as with one, and skips a bad file with a message', () => {
    const dir = folder();
    writeFileSync(join(dir, 'd.news.txt'), Buffer.from([0xff, 0xfe, 0x41, 0x00]));
    const one = run(['index', dir, '--out', join(dir, 'one.jsonl')]);
    assert.equal(run(['index', dir, '--jobs', '2', '--out', join(dir, 'two.jsonl')]).status, 1);
    assert.equal(one.status, 1, 'a bad file makes exit 1');
    assert.match(one.stderr, /d\.news\.txt: UTF-16/);
    assert.match(one.stderr, /quotes from 3 of 4 articles/);
    const lines = readFileSync(join(dir, 'one.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(readFileSync(join(dir, 'two.jsonl'), 'utf8'), readFileSync(join(dir, 'one.jsonl'), 'utf8'));
    assert.deepEqual([...new Set(lines.map((l) => l.article.split('/').pop()))], ['a.news.txt', 'b.news.txt', 'c.news.txt']);
    const roth = lines.find((l) => l.speaker === 'Roth');
    assert.deepEqual([roth.speakerKey, roth.date, roth.line, roth.type], ['roth', '2025-03-04', 3, 'direct']);
    assert.equal(lines.find((l) => l.speaker === 'Sprecher der Reederei')?.speakerKey, null, 'a role is no key across articles');
    const speakers = run(['speakers', dir, '--jobs', '2', '--json']);
    assert.equal(speakers.status, 1);
    assert.equal(JSON.parse(speakers.stdout).articles, 3);
  });

  it('ends quietly when the reader of its output stops (`| head`)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zitatlupe-pipe-'));
    for (let k = 0; k < 300; k++) writeFileSync(join(dir, `a${k}.news.txt`), HAFEN_1.replace('Sommer', `Sommer ${k}`));
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${cli}" index "${dir}" | head -c 100 > /dev/null`], { encoding: 'utf8' });
    assert.equal(r.status, 0);
    assert.doesNotMatch(r.stderr, /cannot write|EPIPE/);
  });
});
