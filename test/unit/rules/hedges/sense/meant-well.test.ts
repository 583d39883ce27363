import { ruleTester } from '../../tester';

ruleTester('hedges/sense/meant-well').run({
  valid: [
    'Ich meine, der Kai ist zu kurz.',
  ],
  invalid: [
    { text: 'Der Zufall meinte es an diesem Abend gut mit den Lotsen.', expect: { at: 'meinte' } },
  ],
});
