import { ruleTester } from '../../tester';

ruleTester('hedges/sense/reportive-wollen').run({
  valid: [
    'Die Lotsin will nichts gesehen haben.',
  ],
  invalid: [
    { text: 'Die Lotsin will kandidieren.', expect: { at: 'will' } },
  ],
});
