import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core';
import { soAfter } from '../../../../src/core/rules/speech/so-after';
import { ruleTester } from '../tester';

ruleTester(soAfter).run({
  valid: [
    'Der Kai ist kurz, so kurz wie nie.',
    // After the source a verb of its own makes another clause, not adverbials of the frame.
    'Die Lotsen streikten, so die Polizei am Montag sagte.',
    // … also when that verb is no verb of saying: „so“ opens a clause („if“).
    'Die zweite Option ist eine neue Fähre, so eine Reparatur jetzt ansteht.',
    // „so“ giving an example of a group frames nothing.
    'Einige Häfen, so Kiel, haben die Gebühren erhöht.',
    // A main clause after an indicative „so X“ is no part of one clause cut in two.
    'Der Kai ist zu kurz, so die Lotsin, und die Stadt weiß das.',
  ],
  invalid: [
    { text: 'Der Kai sei zu kurz, so die Lotsin.', expect: { content: 'Der Kai sei zu kurz', cue: 'so', speaker: 'die Lotsin' } },
    { text: 'Der Kai sei zu kurz, so die Lotsin selbst.', expect: { content: 'Der Kai sei zu kurz', cue: 'so', speaker: 'die Lotsin' } },
    { text: 'Der Kai sei, so die Lotsin, zu kurz.', expect: { content: 'Der Kai sei, so die Lotsin, zu kurz', cue: 'so', speaker: 'die Lotsin' } },
    // „laut“ after the source names who passed the words on, not who spoke.
    { text: 'Der Kai sei marode, so die Ministerin laut der Hafenzeitung.', expect: { content: 'Der Kai sei marode', cue: 'so', speaker: 'die Ministerin', medium: 'der Hafenzeitung' } },
    // Adverbials of time, place or channel may close the frame.
    { text: 'Der Kai wurde gesperrt, so die Polizei am Montag in einer Mitteilung.', expect: { content: 'Der Kai wurde gesperrt', cue: 'so', speaker: 'die Polizei' } },
    { text: 'Der Kai sei zu kurz, so Roth gegenüber der Hafenpost.', expect: { content: 'Der Kai sei zu kurz', speaker: 'Roth' } },
    // So may an apposition with its article or a relative clause on the source.
    { text: 'Der Kai ist zu kurz, so Roth, der Chef des Hafenvereins.', expect: { content: 'Der Kai ist zu kurz', speaker: 'Roth' } },
    { text: 'Der Kai ist zu kurz, so Roth, der den Hafenverein seit Jahren führt.', expect: { content: 'Der Kai ist zu kurz', speaker: 'Roth' } },
    // „so X“ names the speaker of the whole sentence, a verb of saying inside it included.
    { text: 'Wir glauben fest, dass der Kai hält, so die Lotsin.', expect: { content: 'Wir glauben fest, dass der Kai hält', cue: 'so', speaker: 'die Lotsin' } },
    // A relative clause on the source ends the content before the frame, however long it runs.
    { text: 'Der Kai sei zu kurz, so Roth, die auch sagte, dass die Stadt nichts tue.', expect: { content: 'Der Kai sei zu kurz', speaker: 'Roth' } },
    // An indicative clause cut in two by a speaking source: a phrase waits for its verb, or the clause goes on.
    { text: 'Das Bad, so die Stadt, bleibt bis auf Weiteres geschlossen.', expect: { content: 'Das Bad, so die Stadt, bleibt bis auf Weiteres geschlossen', cue: 'so', speaker: 'die Stadt' } },
    { text: 'Der Kai bleibt aber, so die Reederei, vorerst gesperrt.', expect: { content: 'Der Kai bleibt aber, so die Reederei, vorerst gesperrt', speaker: 'die Reederei' } },
    // Adverbials may stand between the source and its comma.
    { text: 'Im Winter, so die Stadt weiter, werde das Bad wieder öffnen.', expect: { content: 'Im Winter, so die Stadt weiter, werde das Bad wieder öffnen', speaker: 'die Stadt' } },
  ],
});

describe('speech/so-after: an interposed „so X“ is no part of what was said', () => {
  it('reports the two parts around the frame as segments', () => {
    const q = analyze('Der Kai sei, so die Lotsin, seit Jahren zu kurz.').quotes.find((x) => x.type === 'indirect');
    assert.ok(q);
    assert.deepEqual(q.segments?.map((s) => s.text), ['Der Kai sei', 'seit Jahren zu kurz']);
    assert.equal(q.speaker?.text, 'die Lotsin');
  });
});
