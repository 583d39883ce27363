import { ruleTester } from '../../tester';

ruleTester('hedges/sense/as-expected').run({
  valid: [
    'Die Reeder erwarten einen Rückgang der Frachten.',
  ],
  invalid: [
    { text: 'Die Fracht wuchs stärker als erwartet.', expect: { at: 'erwartet' } },
    { text: 'Wie erwartet lief die Fähre aus.', expect: { at: 'erwartet' } },
    { text: 'Wie es zu erwarten war, kam die Fähre zu spät.', expect: { at: 'erwarten' } },
  ],
});
