// brat output read by a reader that follows brat's own rules, not ours: the .txt is split into
// lines the way Python's `str.splitlines` does and joined again with "\n"; offsets count code
// points; every text-bound annotation's text column must equal the text at its fragments (joined by
// a space, line breaks shown as spaces); relations, attributes and notes must name existing ids.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { buildExport, toBrat } from '../../src/export';

/** Python's str.splitlines() line boundaries. */
const PY_LINE_BREAK = /\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/;

interface BratDoc { text: string[]; entities: Map<string, { type: string; spans: [number, number][]; shown: string }>; problems: string[] }

function readBrat(txt: string, ann: string): BratDoc {
  const text = [...txt.split(PY_LINE_BREAK).join('\n')];
  const entities: BratDoc['entities'] = new Map();
  const problems: string[] = [];
  const annLines = ann.split(PY_LINE_BREAK).filter((l) => l !== '');
  if (annLines.length !== ann.split('\n').filter((l) => l !== '').length) problems.push('the .ann holds a line break inside a line');
  const refs: [string, string][] = [];
  for (const line of annLines) {
    const [id, body, shown] = line.split('\t');
    if (id.startsWith('T')) {
      const m = /^(\S+) (.+)$/.exec(body);
      if (!m) { problems.push(`bad T line: ${line}`); continue; }
      const spans = m[2].split(';').map((f) => f.split(' ').map(Number) as [number, number]);
      for (const [s, e] of spans) if (!(s <= e && e <= text.length)) problems.push(`${id}: text shorter than marked span ${s} ${e}`);
      const atSpans = spans.map(([s, e]) => text.slice(s, e).join('').replace(/\n/g, ' ')).join(' ');
      if (atSpans !== shown) problems.push(`${id}: „${shown}“ is not the text at its offsets („${atSpans}“)`);
      if (entities.has(id)) problems.push(`${id} twice`);
      entities.set(id, { type: m[1], spans, shown });
    } else if (id.startsWith('R')) {
      for (const arg of body.split(' ').slice(1)) refs.push([id, arg.split(':')[1]]);
    } else if (id.startsWith('A') || id.startsWith('#')) {
      refs.push([id, body.split(' ')[1]]);
    } else problems.push(`unknown line: ${line}`);
  }
  for (const [from, to] of refs) if (!entities.has(to)) problems.push(`${from} names ${to}, which does not exist`);
  return { text, entities, problems };
}

const ARTICLES: Record<string, string> = {
  'line separator inside a quote': 'date 2026-05-02\n\nDer Fährmann 🚢 sagte: „Wir fahren\u2028auch nachts.“ Danach sagte die Wirtin Eva Kern: „Heute nicht.“\n',
  'CRLF and a paragraph separator': 'date 2026-05-02\r\n\r\nDie Lotsin Ida Brandt sagte: „Der Kai hält.“\u2029„Er ist neu“, sagte sie.\r\n',
  'combining accents, NEL, VT and FF': 'date 2026-05-02\n\nDie Cafe\u0301-Besitzerin Zoe\u0308 Ruiz sagte: „Das Fest\x85war schön.“\v„Wir kommen wieder“, sagte sie.\fEnde.\n',
};

describe('brat export read by brat\'s rules', () => {
  for (const [what, text] of Object.entries(ARTICLES)) {
    it(`keeps every span whole: ${what}`, () => {
      const analysis = analyze(text);
      assert.ok(analysis.quotes.length >= 2, 'the article has quotes to export');
      const { txt, ann } = toBrat(buildExport('a.news.txt', text, analysis, undefined));
      assert.equal([...txt].length, [...text].length, 'one code point for one');
      const doc = readBrat(txt, ann);
      assert.deepEqual(doc.problems, []);
      // Every exported quote is where the analysis found it.
      const quotes = [...doc.entities.values()].filter((e) => e.type === 'Quote');
      assert.equal(quotes.length, analysis.quotes.length);
      for (const q of quotes) assert.match(q.shown, /^„.*“$|^[^„“]+$/u);
    });
  }

  it('finds what brat would reject: a .txt that kept its CRs, an .ann that kept a line separator (the reader can fail)', () => {
    const text = ARTICLES['CRLF and a paragraph separator'];
    const { ann } = toBrat(buildExport('a.news.txt', text, analyze(text), undefined));
    assert.ok(readBrat(text, ann).problems.some((p) => /is not the text at its offsets/.test(p)), 'CRLF read as one break shifts the offsets');
    const raw = ann.replace('Der Kai hält.', 'Der Kai\u2028hält.');
    assert.ok(readBrat(toBrat(buildExport('a.news.txt', text, analyze(text), undefined)).txt, raw).problems.includes('the .ann holds a line break inside a line'));
  });
});
