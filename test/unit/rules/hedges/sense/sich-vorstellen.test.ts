import { ruleTester } from '../../tester';

ruleTester('hedges/sense/sich-vorstellen').run({
  valid: [
    'Der Kai könnte brechen.',
  ],
  invalid: [
    { text: 'Die Lotsin könnte sich vorstellen zu bleiben.', expect: { at: 'könnte' } },
  ],
});
