import { resultClause } from '../../../../../src/core/rules/speech/guards';
import { ruleTester } from '../../tester';

ruleTester(resultClause).run({
  valid: [
    'Die Lotsin sagte, dass der Kai zu kurz ist.',
    // A comparison after the word of degree; a clause in Konjunktiv; a pronominal adverb that takes the clause.
    'Die Lotsin sagte so deutlich wie nie, dass der Kai zu kurz ist.',
    'Die Lotsin sagte nur so viel, dass der Kai gesperrt bleibe.',
    'Die Behörde sieht einen solchen Verstoß darin, dass die Waage falsch misst.',
  ],
  invalid: [
    { text: 'Die Lotsin sprach so leise, dass niemand sie verstand.', expect: { at: 'sprach' } },
    { text: 'Die Zeugen schilderten derart verschiedene Abläufe, dass der Richter vertagte.', expect: { at: 'schilderten' } },
  ],
});
