import { ruleTester } from '../../tester';

ruleTester('hedges/sense/tips').run({
  valid: [
    'Es gibt Hinweise auf einen Defekt am Kai.',
  ],
  invalid: [
    { text: 'Die Polizei bittet um Hinweise.', expect: { at: 'Hinweise' } },
    { text: 'Sachdienliche Hinweise nimmt die Wache entgegen.', expect: { at: 'Hinweise' } },
  ],
});
