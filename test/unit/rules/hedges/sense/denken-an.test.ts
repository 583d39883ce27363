import { ruleTester } from '../../tester';

ruleTester('hedges/sense/denken-an').run({
  valid: [
    'Ich denke, der Kai ist zu kurz.',
  ],
  invalid: [
    { text: 'Die Lotsin denkt an den Kai.', expect: { at: 'denkt' } },
    { text: 'Die Stärke der Mannschaft, ich denke an die Abwehr, ist groß.', expect: { at: 'denke' } },
  ],
});
