import { ruleTester } from '../../tester';

ruleTester('hedges/sense/purpose-or-question').run({
  valid: [
    // A chance weighed in a main clause or a dass-clause stays a hedge.
    'Die Reparatur des Kais könne sich noch hinziehen, sagte die Lotsin.',
    'Die Lotsin fürchtet, dass der Damm brechen kann.',
    // Not at the end of its clause: a direct question.
    'Wie kann der Kai so schnell sinken?',
  ],
  invalid: [
    { text: 'Die Lotsin fragte, wie man vorgehen könne.', expect: { at: 'könne' } },
    { text: 'Er zahlte sofort, damit die Fähre auslaufen kann.', expect: { at: 'kann' } },
    { text: 'Entscheidend sei, mit wem die Reederei den Kai bauen könne.', expect: { at: 'könne' } },
    { text: 'Wann die Fähre wieder fahren kann, sagte der Kapitän nicht.', expect: { at: 'kann' } },
  ],
});
