import { ruleTester } from '../../tester';

ruleTester('hedges/sense/awaits').run({
  valid: [
    'Die Reederei erwartet einen Gewinn.',
    'Experten erwarten, dass die Fähre ausfällt.',
  ],
  invalid: [
    { text: 'Die Crew weiß, was sie erwartet.', expect: { at: 'erwartet' } },
    { text: 'Im Hafen erwartet einen eine lange Schlange.', expect: { at: 'erwartet' } },
  ],
});
