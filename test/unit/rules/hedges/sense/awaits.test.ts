import { ruleTester } from '../../tester';

ruleTester('hedges/sense/awaits').run({
  valid: [
    'Die Reederei erwartet einen Gewinn.',
    'Experten erwarten, dass die Fähre ausfällt.',
    'Die Reederei erwartet eine Einigung.',
    'Niemand konnte erwarten, dass der Kai so schnell bricht.',
    'Was die Reederei erwarten würde, wäre ein Gewinn.',
    // „was sie von … erwartet“ expects something of someone.
    'Die Lotsin sagte, was sie vom Winter erwartet.',
  ],
  invalid: [
    { text: 'Die Crew weiß, was sie erwartet.', expect: { at: 'erwartet' } },
    // „was“ and the pronoun open the clause, the middle field before the verb.
    { text: 'Die Crew fragte, was sie im neuen Hafen erwartet.', expect: { at: 'erwartet' } },
    { text: 'Im Hafen erwartet einen eine lange Schlange.', expect: { at: 'erwartet' } },
    // An object put first, the thing that awaits after the verb.
    { text: 'Den Sieger erwartet ein Preisgeld von tausend Euro.', expect: { at: 'erwartet' } },
    // „was ihn … erwarten würde“: what awaits him, in any form of the verb.
    { text: 'Der Lotse wusste nicht, was ihn am Kai erwarten würde.', expect: { at: 'erwarten' } },
    // „kann es kaum erwarten“: eagerness.
    { text: 'Die Crew kann es kaum erwarten, den neuen Kai zu sehen.', expect: { at: 'erwarten' } },
  ],
});
