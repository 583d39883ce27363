import * as assert from 'node:assert/strict';
import { Analyzer } from '../../../../src/core';
import { pointerAdverb } from '../../../../src/core/rules/speech/pointer-adverb';
import { ruleTester } from '../tester';

ruleTester(pointerAdverb).run({
  valid: [
    // No document named just before: „demnach“ and „danach“ point at nothing said.
    'Die Lotsen kamen spät. Demnach fiel die Schicht aus.',
    // „Danach“ as a time: opening the sentence, or after a time or a conjunction.
    'Die Kommission legte ihren Bericht vor. Danach gingen alle nach Hause.',
    'Die Kommission legte ihren Bericht vor. In den Stunden danach blieb es ruhig.',
  ],
  invalid: [
    { text: 'Die Kommission legte am Montag ihren Bericht vor. Demnach haben die Reedereien nicht betrogen.', expect: { content: 'haben die Reedereien nicht betrogen', cue: 'Demnach', speaker: 'Demnach' } },
    { text: 'Die Senatorin stellte den Gesetzentwurf vor. Die Rechte der Lotsen stehen danach über denen der Reederei.', expect: { content: 'Die Rechte der Lotsen stehen danach über denen der Reederei', cue: 'danach', speaker: 'danach' } },
  ],
});

describe('speech/pointer-adverb names the document', () => {
  it('shows the adverb as the mention and resolves it to the document it points at, not to a speaker „Demnach“', () => {
    const a = new Analyzer().analyze('Die Hafenbehörde legte am Montag ihren Jahresbericht vor. Demnach haben die Reedereien zu wenig gezahlt.');
    assert.equal(a.quotes[0]?.speaker?.text, 'Demnach');
    assert.equal(a.quotes[0]?.speaker?.name, 'Jahresbericht');
    assert.deepEqual(a.speakers.map((s) => s.name), ['Jahresbericht']);
  });
});

describe('speech carried on from a pointing adverb', () => {
  it('keeps the document as the name of a Konjunktiv sentence after it, and no person „Demnach“ is made', () => {
    const a = new Analyzer().analyze('Die Hafenbehörde legte am Montag ihren Jahresbericht vor. Demnach haben die Reedereien zu wenig gezahlt. Die Kräne seien zudem veraltet.');
    assert.equal(a.quotes.length, 2);
    assert.equal(a.quotes[1]?.speaker?.text, 'Demnach');
    assert.equal(a.quotes[1]?.speaker?.name, 'Jahresbericht');
    assert.deepEqual(a.speakers.map((s) => s.name), ['Jahresbericht']);
  });
});
