import { ruleTester } from '../../tester';

ruleTester('hedges/sense/clear-evidence').run({
  valid: [
    'Es gibt Hinweise auf einen Schaden.',
  ],
  invalid: [
    { text: 'Es gibt eindeutige Hinweise auf einen Schaden.', expect: { at: 'Hinweise' } },
  ],
});
