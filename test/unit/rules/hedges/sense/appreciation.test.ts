import { ruleTester } from '../../tester';

ruleTester('hedges/sense/appreciation').run({
  valid: [
    'Die Lotsin schätzt den Schaden auf tausend Euro.',
  ],
  invalid: [
    { text: 'Die Lotsin schätzt die Arbeit der Helfer.', expect: { at: 'schätzt' } },
  ],
});
