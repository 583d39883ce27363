import { ruleTester } from '../../tester';

ruleTester('hedges/sense/denken-an').run({
  valid: [
    'Ich denke, der Kai ist zu kurz.',
  ],
  invalid: [
    { text: 'Die Lotsin denkt an den Kai.', expect: { at: 'denkt' } },
  ],
});
