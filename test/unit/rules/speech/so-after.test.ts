import { soAfter } from '../../../../src/core/rules/speech/so-after';
import { ruleTester } from '../tester';

ruleTester(soAfter).run({
  valid: [
    'Der Kai ist kurz, so kurz wie nie.',
    // After the source a verb of its own makes another clause, not adverbials of the frame.
    'Die Lotsen streikten, so die Polizei am Montag sagte.',
  ],
  invalid: [
    { text: 'Der Kai sei zu kurz, so die Lotsin.', expect: { content: 'Der Kai sei zu kurz', cue: 'so', speaker: 'die Lotsin' } },
    { text: 'Der Kai sei, so die Lotsin, zu kurz.', expect: { content: 'Der Kai sei, so die Lotsin, zu kurz', cue: 'so', speaker: 'die Lotsin' } },
    // Adverbials of time, place or channel may close the frame.
    { text: 'Der Kai wurde gesperrt, so die Polizei am Montag in einer Mitteilung.', expect: { content: 'Der Kai wurde gesperrt', cue: 'so', speaker: 'die Polizei' } },
    { text: 'Der Kai sei zu kurz, so Roth gegenüber der Hafenpost.', expect: { content: 'Der Kai sei zu kurz', speaker: 'Roth' } },
  ],
});
