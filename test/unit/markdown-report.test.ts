// The Markdown report rendered by a real Markdown parser (markdown-it, with GFM's tables,
// strikethrough and link detection on): the text a reader sees is the article's text, and nothing
// in a quote or a note adds a link, an entity, a strikethrough or a block of its own.
import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { makeTarget, type SidecarData } from '../../src/annotations';
import { analyze } from '../../src/core';
import { buildExport, toMarkdown } from '../../src/export';

const TEXT = [
  'date 2026-06-01',
  '',
  '„Es kostet 5 &euro; bei AT&amp;T, ~~nicht~~ *mehr*“, sagte die Händlerin Eva Kern.',
  '',
  '„Alles auf https://example.org/a_b und www.hafen-fest.de, <b>hier</b> und `jetzt`“, sagte Kern.',
  '',
  '„[Mehr](javascript:x) | ja | ! ohne $Kosten$ #1“, sagte der Wirt Tom Roth. Das Fest dürfte wachsen.',
  '',
].join('\n');
const NOTE = 'Erste Zeile mit &amp;\n- Punkt\n---\n1. Punkt\n# Titel\n\n> zitiert\n    eingerückt\n===';

const md = new MarkdownIt({ html: true, linkify: true });
const decode = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const words = (s: string) => s.replace(/\s+/g, ' ').trim();
const count = (html: string, tag: string) => (html.match(new RegExp(`<${tag}[\\s>]`, 'g')) ?? []).length;

describe('the Markdown report rendered by markdown-it', () => {
  const analysis = analyze(TEXT);
  const quotes = analysis.quotes.filter((q) => q.type === 'direct');
  const noteAt = TEXT.indexOf('Das Fest');
  const sidecar: SidecarData = {
    version: 1, document: { file: 'a&b_[1].news.txt' }, speakers: [],
    annotations: [
      { id: quotes[0].id, kind: 'quote', status: 'accepted', type: 'direct', note: NOTE, target: makeTarget(TEXT, quotes[0].start, quotes[0].end) },
      { id: 'n-1', kind: 'note', status: 'accepted', note: 'Zahl prüfen: *alle* ~~zwei~~ Jahre?', target: makeTarget(TEXT, noteAt, noteAt + 'Das Fest'.length) },
    ],
  };
  const report = toMarkdown(buildExport('a&b_[1].news.txt', TEXT, analysis, sidecar, { includeSuggestions: true }));
  const html = md.render(report);
  const shown = words(decode(html));

  it('shows every quote exactly as the article has it', () => {
    assert.equal(quotes.length, 3, 'the article has three direct quotes');
    for (const q of quotes) assert.ok(shown.includes(words(q.text)), `${q.text}\nnot in\n${shown}`);
    assert.ok(shown.startsWith('a&b_[1].news.txt (2026-06-01)'), shown);
  });

  it('adds no link, entity, strikethrough, code, image or HTML of its own', () => {
    for (const tag of ['a', 's', 'del', 'code', 'img', 'b', 'table', 'hr', 'h3', 'pre']) assert.equal(count(html, tag), 0, `<${tag}> in\n${html}`);
    assert.equal(count(html, 'h1'), 1);
    // The hedge „dürfte“ is the report's only bold.
    assert.deepEqual(html.match(/<strong>[^<]*<\/strong>/g), ['<strong>dürfte</strong>']);
  });

  it('keeps a note with list, rule, heading and quote lines inside one block quote under its item', () => {
    assert.equal(count(html, 'blockquote'), 2, 'the quote\'s note and the standalone note');
    const first = /<blockquote>([\s\S]*?)<\/blockquote>/.exec(html)![1];
    assert.equal(count(first, 'ul') + count(first, 'ol') + count(first, 'h1') + count(first, 'h2') + count(first, 'blockquote'), 0, first);
    for (const line of NOTE.split('\n').map((l) => l.trim()).filter(Boolean)) assert.ok(decode(first).includes(line), `${line} in ${first}`);
    // Both notes sit inside list items: the report's lists are not broken.
    assert.equal(count(html, 'li'), quotes.length + 1 + 1, 'three quotes, one hedge, one note');
  });

  it('lists standalone notes with the words they are about', () => {
    assert.match(report, /## Notizen\n\n- „Das Fest“\n {2}> Zahl prüfen/);
    assert.ok(shown.includes('Zahl prüfen: *alle* ~~zwei~~ Jahre?'));
  });
});
