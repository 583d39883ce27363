import * as assert from 'node:assert/strict';
import { checkInput, hasNewsHeader, InputError, parseArticle } from '../../src/core/article';
import { exportOutputMarker, whyNotAnArticle } from '../../src/core/articleFiles';
import { splitSentences } from '../../src/core/sentences';
import { scanMarks } from '../../src/core/marks';
import { getDefaultLexicon } from '../../src/core/lexicon';

const sentencesOf = (text: string) => {
  const marks = scanMarks(text, 0, text.length).quotes;
  return splitSentences(text, 0, text.length, marks, getDefaultLexicon()).map((r) => text.slice(r.start, r.end));
};

describe('article structure', () => {
  it('reads the date header on its own line and further key value lines', () => {
    const text = 'date 2025-08-16\nsource Beispielzeitung\nauthor Anna Muster\n\nErster Absatz. Noch ein Satz.\n';
    const { header, paragraphs } = parseArticle(text);
    assert.equal(header.date, '2025-08-16');
    assert.deepEqual(header.fields, { date: '2025-08-16', source: 'Beispielzeitung', author: 'Anna Muster' });
    const body = paragraphs.filter((p) => p.kind !== 'header');
    assert.deepEqual(body.map((p) => text.slice(p.start, p.end)), ['Erster Absatz. Noch ein Satz.']);
  });

  it('reads a date header that shares its line with the lead paragraph', () => {
    const text = ' date 2025-08-16 Das Treffen endete ohne Ergebnis.\n\nZwischentitel ohne Punkt\n\nZweiter Absatz.';
    const { header, paragraphs } = parseArticle(text);
    assert.equal(header.date, '2025-08-16');
    assert.equal(hasNewsHeader(text), true);
    const body = paragraphs.filter((p) => p.kind !== 'header');
    assert.deepEqual(body.map((p) => [p.kind, text.slice(p.start, p.end)]), [
      ['paragraph', 'Das Treffen endete ohne Ergebnis.'],
      ['heading', 'Zwischentitel ohne Punkt'],
      ['paragraph', 'Zweiter Absatz.'],
    ]);
  });

  it('keeps offsets into the original text for CRLF, BOM and tabs', () => {
    const text = '\uFEFFdate 2026-01-01\r\n\r\n\tErster Absatz.\r\n\r\nZweiter Absatz.\r\n';
    const body = parseArticle(text).paragraphs.filter((p) => p.kind !== 'header');
    assert.deepEqual(body.map((p) => text.slice(p.start, p.end)), ['Erster Absatz.', 'Zweiter Absatz.']);
  });

  it('treats a text without header as plain paragraphs', () => {
    const { header, paragraphs } = parseArticle('Nur ein Satz.');
    assert.equal(header.date, undefined);
    assert.equal(paragraphs.length, 1);
    assert.equal(hasNewsHeader('Nur ein Satz.'), false);
  });

  it('refuses binary input with a clear error', () => {
    assert.throws(() => checkInput('abc\0def'), (e: unknown) => e instanceof InputError && /binary/.test(e.message) && e.offset === 3);
    const decoded = '\u0001\u0002\u0003\uFFFD'.repeat(40);
    assert.throws(() => checkInput(decoded), /binary/);
    assert.throws(() => checkInput('x'.repeat(101), 100), /limit of 100/);
    assert.doesNotThrow(() => checkInput('Ein ganz normaler Text mit Umlauten: äöü ß „Zitat“.'));
  });
});

describe('sentences', () => {
  it('does not split at abbreviations, initials and ordinals', () => {
    const s = sentencesOf('Am 16. August sprach Dr. Meier mit J. D. Salinger u.a. über Bücher. Danach ging er.');
    assert.deepEqual(s, ['Am 16. August sprach Dr. Meier mit J. D. Salinger u.a. über Bücher.', 'Danach ging er.']);
  });

  it('ends a sentence at a single capital letter when a word follows that no name goes on with', () => {
    // „Plan B.“, „Gruppe C.“: an article, pronoun or adverb after it starts a new sentence…
    assert.deepEqual(sentencesOf('Die Reederei setzt auf Plan B. Der Kai bleibt zu.'), ['Die Reederei setzt auf Plan B.', 'Der Kai bleibt zu.']);
    assert.deepEqual(sentencesOf('Kiel spielt in Gruppe C. Dort ist es eng.'), ['Kiel spielt in Gruppe C.', 'Dort ist es eng.']);
    // … a surname or a name particle goes on with the name.
    assert.equal(sentencesOf('Es sprach Anna B. Roth über den Kai.').length, 1);
    assert.equal(sentencesOf('Es sprach Jan M. von Berg über den Kai.').length, 1);
  });

  it('splits after a quote that ends a sentence but not inside it', () => {
    const s = sentencesOf('Er sagte: „Wir kommen. Morgen früh.“ Dann ging er. „Gut“, sagte sie.');
    assert.deepEqual(s, ['Er sagte: „Wir kommen. Morgen früh.“', 'Dann ging er.', '„Gut“, sagte sie.']);
  });

  it('treats ordinal numbers after a preposition as part of the sentence', () => {
    const s = sentencesOf('Das war beim 3. Versuch der Fall. Es folgte der 2. Teil.');
    assert.equal(s.length, 2);
    // … and after a possessive or indefinite article.
    assert.equal(sentencesOf('Anlässlich seines 100. Geburtstages kamen alle Lotsen. Es folgte einer 2. Feier nichts.').length, 2);
  });
});

describe('which files are articles (the editor\'s rules, shared with the CLI)', () => {
  const head = (s: string) => () => s;
  it('takes .news.txt by name, other .txt only with the date line, Markdown and plain text only when the languages say so', () => {
    assert.equal(whyNotAnArticle('a.news.txt', head('')), undefined);
    assert.equal(whyNotAnArticle('b.txt', head('date 2026-01-01\n\nText')), undefined);
    assert.match(whyNotAnArticle('c.txt', head('Kein Kopf.')) ?? '', /plain text/);
    assert.equal(whyNotAnArticle('c.txt', head('Kein Kopf.'), { languages: ['german-news', 'plaintext'], detectNewsHeader: true }), undefined);
    assert.match(whyNotAnArticle('b.txt', head('date 2026-01-01'), { languages: ['german-news'], detectNewsHeader: false }) ?? '', /plain text/);
    assert.match(whyNotAnArticle('n.md', head('')) ?? '', /Markdown/);
    assert.equal(whyNotAnArticle('n.md', head(''), { languages: ['markdown'], detectNewsHeader: true }), undefined);
    assert.equal(whyNotAnArticle('a.news.txt.annotations.yaml', head('')), 'a sidecar');
  });
  it('does not read a file whose name decides', () => {
    assert.equal(whyNotAnArticle('a.news.txt', () => { throw new Error('read'); }), undefined);
  });
  it('knows a brat export folder by its annotation.conf', () => {
    assert.equal(exportOutputMarker(['a.txt', 'a.ann', 'annotation.conf']), 'annotation.conf');
    assert.equal(exportOutputMarker(['a.news.txt', 'a.news.txt.annotations.yaml']), undefined);
  });
});
