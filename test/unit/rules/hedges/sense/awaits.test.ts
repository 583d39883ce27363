import { ruleTester } from '../../tester';

ruleTester('hedges/sense/awaits').run({
  valid: [
    'Die Reederei erwartet einen Gewinn.',
    'Experten erwarten, dass die Fähre ausfällt.',
    'Die Reederei erwartet eine Einigung.',
  ],
  invalid: [
    { text: 'Die Crew weiß, was sie erwartet.', expect: { at: 'erwartet' } },
    { text: 'Im Hafen erwartet einen eine lange Schlange.', expect: { at: 'erwartet' } },
    // An object put first, the thing that awaits after the verb.
    { text: 'Den Sieger erwartet ein Preisgeld von tausend Euro.', expect: { at: 'erwartet' } },
  ],
});
