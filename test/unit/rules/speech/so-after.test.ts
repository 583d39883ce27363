import { soAfter } from '../../../../src/core/rules/speech/so-after';
import { ruleTester } from '../tester';

ruleTester(soAfter).run({
  valid: [
    'Der Kai ist kurz, so kurz wie nie.',
    // After the source a verb of its own makes another clause, not adverbials of the frame.
    'Die Lotsen streikten, so die Polizei am Montag sagte.',
    // … also when that verb is no verb of saying: „so“ opens a clause („if“).
    'Die zweite Option ist eine neue Fähre, so eine Reparatur jetzt ansteht.',
  ],
  invalid: [
    { text: 'Der Kai sei zu kurz, so die Lotsin.', expect: { content: 'Der Kai sei zu kurz', cue: 'so', speaker: 'die Lotsin' } },
    { text: 'Der Kai sei zu kurz, so die Lotsin selbst.', expect: { content: 'Der Kai sei zu kurz', cue: 'so', speaker: 'die Lotsin' } },
    { text: 'Der Kai sei, so die Lotsin, zu kurz.', expect: { content: 'Der Kai sei, so die Lotsin, zu kurz', cue: 'so', speaker: 'die Lotsin' } },
    // Adverbials of time, place or channel may close the frame.
    { text: 'Der Kai wurde gesperrt, so die Polizei am Montag in einer Mitteilung.', expect: { content: 'Der Kai wurde gesperrt', cue: 'so', speaker: 'die Polizei' } },
    { text: 'Der Kai sei zu kurz, so Roth gegenüber der Hafenpost.', expect: { content: 'Der Kai sei zu kurz', speaker: 'Roth' } },
    // So may an apposition with its article or a relative clause on the source.
    { text: 'Der Kai ist zu kurz, so Roth, der Chef des Hafenvereins.', expect: { content: 'Der Kai ist zu kurz', speaker: 'Roth' } },
    { text: 'Der Kai ist zu kurz, so Roth, der den Hafenverein seit Jahren führt.', expect: { content: 'Der Kai ist zu kurz', speaker: 'Roth' } },
  ],
});
