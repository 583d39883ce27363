import * as assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isCapitalized, TokenFlags, tokenize } from '../../src/core/tokens';
import { fixture, repoRoot } from './helpers';

// The tokenizer is a hand-written scanner for speed; this regex is the specification it must match.
const REFERENCE = /(\p{L}[\p{L}\p{M}\d]*(?:[-‐'’][\p{L}\p{M}\d]+|\.\p{Ll}[\p{L}\p{M}\d]*)*-?)|(\d+(?:[.,:]\d+)*)|([„“”"»«‚‘’›‹'])|([^\s\p{L}\d])/gu;
function reference(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(REFERENCE)) out.push(`${m.index}:${m[0]}:${m[1] ? 'word' : m[2] ? 'number' : m[3] ? 'quote' : 'punct'}`);
  return out;
}
const ours = (text: string) => tokenize(text).map((t) => `${t.start}:${t.text}:${t.kind}`);

describe('tokenizer', () => {
  it('matches the reference regex on tricky text', () => {
    const tricky = [
      'Baden-Württemberg, geht\'s, Außen- und Innenpolitik, SPD-Chef, d’Honneur.',
      'Am 16. August 2025 um 14:30 Uhr kamen 2.000,50 Euro… „Ja!“ – »Nein« ‚so‘ ›so‹.',
      'Emoji 😀 mitten, Akzente e\u0301 und Zeichen \u00a0nbsp\ttab\r\nCRLF, -- 3-4 a-1 x- -y.',
      'Ελληνικά, русский текст, 中文字符 und 𝔘𝔫𝔦𝔠𝔬𝔡𝔢.',
      'Die Gewerkschaft ver.di, laut ndr.de und bild.de. Ende.Neu u.a. z.B. e.V. x.-y.',
    ];
    for (const t of tricky) assert.deepEqual(ours(t), reference(t), t);
  });

  it('matches the reference regex on every fixture article', () => {
    for (const name of readdirSync(join(repoRoot, 'test', 'fixtures'))) {
      const text = fixture(name);
      assert.deepEqual(ours(text), reference(text), name);
    }
  });

  it('tokenizes a slice with absolute offsets and knows capitals', () => {
    const text = 'xx Über allem steht ÄRGER yy';
    const tokens = tokenize(text, 3, 25);
    assert.deepEqual(tokens.map((t) => t.text), ['Über', 'allem', 'steht', 'ÄRGER']);
    assert.equal(tokens[0].start, 3);
    assert.deepEqual(tokens.map(isCapitalized), [true, false, false, true]);
    assert.equal(tokens[0].lower, 'über');
  });

  it('reuses flag arrays without leaking flags from a longer paragraph into a shorter one', () => {
    const flags = new TokenFlags();
    const first = flags.cleared(300);
    first.fill(1, 0, 300);
    const second = flags.cleared(10);
    assert.deepEqual([...second.subarray(0, 300)], new Array(300).fill(0));
    second[9] = 1;
    assert.equal(flags.cleared(20)[9], 0);
  });
  it('reads older spellings as today\'s in lower case, keeping text and offsets', () => {
    const [dass, sey] = tokenize('daß sey').filter((t) => t.kind === 'word');
    assert.deepStrictEqual([dass.text, dass.lower, dass.start, dass.end], ['daß', 'dass', 0, 3]);
    assert.deepStrictEqual([sey.text, sey.lower], ['sey', 'sei']);
  });
});
