import * as assert from 'node:assert/strict';
import { getDefaultLexicon } from '../../src/core/lexicon';
import { WordFilter } from '../../src/core/wordfilter';

describe('word filter', () => {
  it('never turns away a word it was given, and turns away most others', () => {
    const words = [...getDefaultLexicon().verbForms()];
    const filter = new WordFilter(words);
    for (const w of words) assert.ok(filter.mayHave(w), w);
    const others = ['haus', 'und', 'bundesregierung', 'montag', 'wetter', 'zwölf', 'ölpreis', 'x'];
    assert.ok(others.filter((w) => !filter.mayHave(w)).length >= 5, 'most unrelated words fail the filter');
    assert.equal(new WordFilter().mayHave(''), false);
  });

  it('lets the lexicon find every verb form and speech noun through it', () => {
    const lex = getDefaultLexicon();
    for (const w of lex.verbForms()) assert.ok(lex.verb(w).length > 0, w);
    assert.ok(lex.isSpeechNoun('Forderungen'));
    assert.equal(lex.isSpeechNoun('Häuser'), false);
  });
});
