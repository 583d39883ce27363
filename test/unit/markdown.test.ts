// Hover Markdown against hostile values from articles and sidecars, rendered by a real Markdown
// parser (markdown-it, CommonMark): a value always shows as itself, and the only links are the
// command links the extension builds for its own commands.
import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { commandLink, mdText } from '../../src/extension/markdown';

const md = new MarkdownIt({ html: true, linkify: true });
const HOSTILE = [
  'X\\](command:zitatlupe.reject?%5B%22file%3A%2F%2F%2Fanderer%2Fartikel.news.txt%22%2C%22q-1%22%5D) \\[.',
  '[hier klicken](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22rm%22%7D)',
  '<img src=x onerror=alert(1)> <a href="command:zitatlupe.reject">x</a>',
  '**fett** _kursiv_ `code` ~~weg~~',
  'Zeile eins\n\n# Überschrift\n- Liste\n> Zitat',
  'https://example.org/pfad und <command:zitatlupe.accept>',
  'Backslash am Ende \\',
  '&amp; &lt;b&gt; &#x41;',
  '$(zap) Symbol',
  '1. Aufzählung',
  '---',
  '|a|b|\n|-|-|',
];

/** The text a reader sees, and the links in the rendered HTML. */
function rendered(source: string): { text: string; links: string[] } {
  const html = md.renderInline(source);
  const links = [...html.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1]);
  const text = html.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  return { text, links };
}

describe('hover Markdown', () => {
  it('shows every hostile value as itself, with no link, tag or block', () => {
    for (const value of HOSTILE) {
      const { text, links } = rendered(mdText(value));
      assert.equal(text, value.replace(/\r\n|[\r\n]/g, ' '), value);
      assert.deepEqual(links, [], value);
      // As a block too: no heading, list, quote or rule can start.
      assert.doesNotMatch(md.render(mdText(value)), /<(h\d|ul|ol|blockquote|hr|table|img)\b/, value);
    }
  });

  it('escapes VS Code\'s theme icons', () => {
    assert.equal(mdText('$(zap)'), '\\$\\(zap\\)');
  });

  it('builds exactly one link, to the named command of its own, whatever the label', () => {
    for (const label of HOSTILE) {
      const { text, links } = rendered(commandLink(`Alle Zitate von ${label}`, 'zitatlupe.showQuotesBySpeaker', ['file:///a.news.txt', 'eva-roth']));
      assert.equal(links.length, 1, label);
      assert.match(links[0], /^command:zitatlupe\.showQuotesBySpeaker\?/);
      assert.deepEqual(JSON.parse(decodeURIComponent(links[0].split('?')[1])), ['file:///a.news.txt', 'eva-roth']);
      assert.equal(text, `Alle Zitate von ${label.replace(/\r\n|[\r\n]/g, ' ')}`);
    }
  });

  it('refuses to link any other command', () => {
    assert.throws(() => commandLink('x', 'workbench.action.terminal.sendSequence' as never, []), /not a hover command/);
  });
});
