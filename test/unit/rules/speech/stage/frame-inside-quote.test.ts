// A stage: inside a direct quote, a frame whose subject is the quoted speaker's „ich“ or „wir“
// reports content of its own; tested by switching it off.
import * as assert from 'node:assert/strict';
import { Analyzer } from '../../../../../src/core';
import { ruleTester } from '../../tester';

ruleTester('speech/stage/frame-inside-quote').run({
  valid: [
    // A frame of someone else inside the quote is the quoted speaker's own account, not reported here.
    'Die Lotsin sagte: „Der Kapitän hat gesagt, dass der Kai hält.“',
    // A short quote is left alone.
    'Die Lotsin sagte: „Ich glaube schon.“',
  ],
  invalid: [
    { text: 'Ein Sprecher der Werft erklärte: „Das bestätigt unsere Haltung. Wir fürchten, dass der Rat ablehnt.“', expect: { content: 'dass der Rat ablehnt', cue: 'fürchten', speaker: 'Wir' } },
    { text: '„Ich glaube, dass der Kai noch zehn Jahre hält“, sagte die Lotsin Ida Brandt.', expect: { content: 'dass der Kai noch zehn Jahre hält', cue: 'glaube', speaker: 'Ich' } },
  ],
});

describe('speech inside a direct quote', () => {
  it('names the quoted speaker for „ich“ and „wir“', () => {
    const a = new Analyzer().analyze('„Ich glaube, dass der Kai noch zehn Jahre hält“, sagte die Lotsin Ida Brandt.');
    assert.deepEqual(a.quotes.map((q) => [q.type, q.speaker?.text, q.speaker?.name]), [['direct', 'die Lotsin Ida Brandt', 'Ida Brandt'], ['indirect', 'Ich', 'Ida Brandt']]);
  });
});
