import * as assert from 'node:assert/strict';
import { Analyzer } from '../../../../src/core';
import { relativeFrame } from '../../../../src/core/rules/speech/relative-frame';
import { ruleTester } from '../tester';

ruleTester(relativeFrame).run({
  valid: [
    'Die Lotsen fingen den Wal, wonach er freigelassen werden sollte.',
    'Nach dem Sturm ist der Kai zu kurz.',
  ],
  invalid: [
    { text: 'Die Lotsen verwiesen auf Messungen, wonach der Kai zu kurz sei.', expect: { content: 'der Kai zu kurz sei', cue: 'wonach', speaker: 'wonach' } },
    { text: 'Im Hafen kursieren Gerüchte, nach denen die Werft verkauft wird.', expect: { content: 'die Werft verkauft wird', cue: 'nach denen', speaker: 'denen' } },
    { text: 'Die Reeder wollten einen Antrag einbringen, nach welchem die Gebühr sinken solle.', expect: { content: 'die Gebühr sinken solle', cue: 'nach welchem' } },
    // The document may stand before its genitive: the whole phrase counts.
    { text: 'Ein Bericht der Hafenpost, wonach der Kai zu kurz ist, wurde dementiert.', expect: { content: 'der Kai zu kurz ist', cue: 'wonach', speaker: 'wonach' } },
    // Extraposed past the verb of the clause, and ending before the main clause's verb.
    { text: 'Die Hafenmeisterin wollte Meldungen der Lokalpresse nicht kommentieren, wonach ein Lotse den Knall gehört hat.', expect: { content: 'ein Lotse den Knall gehört hat', cue: 'wonach' } },
    { text: 'Die Sichtweise der Senatorin, wonach der Kai zu kurz sei, teilen die Lotsen nicht.', expect: { content: 'der Kai zu kurz sei', cue: 'wonach' } },
  ],
});

describe('the source a relative frame stands for', () => {
  it('names the phrase before the comma, never a speaker „wonach“ or „dem“', () => {
    const a = new Analyzer().analyze('Es gibt Berichte der Hafenzeitung, wonach der Kai einsturzgefährdet sei. Die Reederei widersprach einem Gutachten, nach dem der Kai zu kurz sei.');
    assert.deepEqual(a.quotes.map((q) => [q.speaker?.text, q.speaker?.name]), [['wonach', 'Hafenzeitung'], ['dem', 'Gutachten']]);
    assert.ok(!a.speakers.some((s) => /^(wonach|dem|)$/.test(s.name)), a.speakers.map((s) => s.name).join(', '));
  });

  it('makes no speaker of a relative word that stands for nobody named, also when the speech goes on', () => {
    const rumour = new Analyzer().analyze('Im Hafen kursieren Gerüchte, wonach der Kai verkauft werde. Der Preis sei hoch.');
    assert.deepEqual(rumour.quotes.map((q) => [q.speaker?.text, q.speaker?.name]), [['wonach', undefined], ['wonach', undefined]]);
    assert.deepEqual(rumour.speakers, []);
    // („die“ alone is no name: no speaker with an empty name.)
    assert.deepEqual(new Analyzer().analyze('Das halten die Lotsen für zu teuer, die fürchten, dass der Kai verwaist.').speakers, []);
  });
});
