import { ruleTester } from '../../tester';

ruleTester('hedges/sense/so-bald-wie-moeglich').run({
  valid: [
    'Ein Bruch ist möglich.',
  ],
  invalid: [
    { text: 'Die Lotsin kommt so schnell wie möglich.', expect: { at: 'möglich' } },
  ],
});
