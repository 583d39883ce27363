import { ruleTester } from '../../tester';

ruleTester('hedges/sense/meant-well').run({
  valid: [
    'Ich meine, der Kai ist zu kurz.',
  ],
  invalid: [
    { text: 'Das Wetter meinte es gut mit der Crew.', expect: { at: 'meinte' } },
  ],
});
