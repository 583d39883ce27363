import { nachSourceNoun } from '../../../../src/core/rules/source-frame/nach-source-noun';
import { ruleTester } from '../tester';

ruleTester(nachSourceNoun).run({
  valid: [
    'Die Fähre fährt nach Norden.',
    'Nach dem Sturm ist der Kai zu kurz.',
  ],
  invalid: [
    { text: 'Nach Angaben der Hafenbehörde ist der Kai zu kurz.', expect: { cue: 'Nach Angaben', speaker: 'Angaben der Hafenbehörde' } },
    { text: 'Nach Angaben der Hafenkammer von Kiel dauert der Umweg zwei Tage länger.', expect: { speaker: 'Angaben der Hafenkammer von Kiel' } },
    { text: 'Nach Polizeiangaben kamen tausend Menschen.', expect: { cue: 'Nach Polizeiangaben', speaker: 'Polizeiangaben' } },
    { text: 'Nach ersten Schätzungen kamen tausend Menschen.', expect: { cue: 'Nach ersten Schätzungen', speaker: 'Schätzungen' } },
    { text: 'Nach Aussage eines Lotsen ist der Kai zu kurz.', expect: { cue: 'Nach Aussage', speaker: 'Aussage eines Lotsen' } },
    // A genitive name after the noun and a possessive before it say whose the words are.
    { text: 'Nach Angaben Brinks ist der Kai zu kurz.', expect: { cue: 'Nach Angaben', speaker: 'Angaben Brinks' } },
    { text: 'Nach Einschätzung der Hafen- und Schifffahrtsbehörde ist der Kai zu kurz.', expect: { speaker: 'Einschätzung der Hafen- und Schifffahrtsbehörde' } },
    { text: 'Nach ihren Angaben ist der Kai zu kurz.', expect: { cue: 'Nach ihren Angaben', speaker: 'ihren Angaben' } },
  ],
});
