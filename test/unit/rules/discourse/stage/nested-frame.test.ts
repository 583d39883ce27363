// A stage decided across sentences: tested by switching it off.
import * as assert from 'node:assert/strict';
import { Analyzer } from '../../../../../src/core';
import { ruleTester } from '../../tester';

ruleTester('discourse/stage/nested-frame').run({
  valid: [
    // „Er behaupte“ points back at the speaker before: one speech, no second one around it.
    'Die Reederei gab am Montag an, der Kai sei marode. Er behaupte, er habe nichts gesehen.',
    // „man“ names nobody who could report the sentence after.
    'Man sagte, der Kran sei alt. Der Lotse behaupte, er habe nichts gesehen.',
    // No speaker before: nobody reports the frame.
    'Der Lotse behaupte, er habe nichts gesehen.',
  ],
  invalid: [
    { text: 'Die Reederei gab am Montag an, der Kai sei marode. Der Lotse behaupte, er habe nichts gesehen.', expect: { content: 'Der Lotse behaupte, er habe nichts gesehen', speaker: 'Die Reederei', cue: 'gab am Montag an' } },
  ],
});

describe('discourse/stage/nested-frame keeps both speeches', () => {
  it('reports the inner speech with its own speaker inside the outer one', () => {
    const quotes = new Analyzer().analyze('Die Reederei gab am Montag an, der Kai sei marode. Der Lotse behaupte, er habe nichts gesehen.').quotes;
    assert.deepEqual(quotes.map((q) => [q.text, q.speaker?.text]), [
      ['der Kai sei marode', 'Die Reederei'],
      ['Der Lotse behaupte, er habe nichts gesehen', 'Die Reederei'],
      ['er habe nichts gesehen', 'Der Lotse'],
    ]);
  });
});
