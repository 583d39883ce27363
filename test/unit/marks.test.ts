import * as assert from 'node:assert/strict';
import { scanMarks } from '../../src/core/marks';

const scan = (text: string) => {
  const r = scanMarks(text, 0, text.length);
  return { quotes: r.quotes.map((q) => [text.slice(q.start, q.end), q.depth, q.closed]), diagnostics: r.diagnostics };
};

describe('quotation marks', () => {
  it('pairs German, Swiss, English and ASCII marks', () => {
    const { quotes, diagnostics } = scan('„A“ und »B« und «C» und “D” und "E".');
    assert.deepEqual(quotes, [['„A“', 0, true], ['»B«', 0, true], ['«C»', 0, true], ['“D”', 0, true], ['"E"', 0, true]]);
    assert.equal(diagnostics.length, 0);
  });

  it('nests single marks inside double ones', () => {
    const { quotes } = scan('„Er rief ‚Halt‘ und ging.“');
    assert.deepEqual(quotes, [['„Er rief ‚Halt‘ und ging.“', 0, true], ['‚Halt‘', 1, true]]);
  });

  it('leaves apostrophes alone', () => {
    const { quotes, diagnostics } = scan('Légion d’Honneur und Peter’s Café');
    assert.equal(quotes.length, 0);
    assert.equal(diagnostics.length, 0);
  });

  it('reports a stray closing mark and goes on pairing the rest', () => {
    const { quotes, diagnostics } = scan('Ein “ zu viel. Dann „richtig“.');
    assert.deepEqual(quotes, [['„richtig“', 0, true]]);
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0].start, 4);
    assert.equal(diagnostics[0].code, 'unbalanced-quote');
  });

  it('reports an opening mark that a second opening mark replaces', () => {
    const text = '„Erstes ohne Ende. „Zweites“ schon.';
    const r = scanMarks(text, 0, text.length);
    assert.equal(r.diagnostics.length, 1);
    assert.equal(r.diagnostics[0].start, 0);
    assert.deepEqual(r.quotes.map((q) => text.slice(q.start, q.end)), ['„Zweites“']);
  });

  it('returns an unclosed quote as open up to the end', () => {
    const text = '„Bis zum Absatzende';
    const r = scanMarks(text, 0, text.length);
    assert.equal(r.quotes.length, 1);
    assert.equal(r.quotes[0].closed, false);
    assert.equal(r.quotes[0].end, text.length);
  });

  it('nests „…“ inside „…“ mid-sentence when two closing marks follow, else reports the first as unclosed', () => {
    const nested = scan('„Wir hatten „Small Business“ gebucht. Es lief gut“, sagte sie.');
    assert.deepEqual(nested.quotes, [['„Wir hatten „Small Business“ gebucht. Es lief gut“', 0, true], ['„Small Business“', 1, true]]);
    assert.equal(nested.diagnostics.length, 0);
    const unclosed = scan('„Wir kommen. „Morgen“ sicher.');
    assert.deepEqual(unclosed.quotes, [['„Morgen“', 0, true]]);
    assert.equal(unclosed.diagnostics.length, 1);
  });
});
