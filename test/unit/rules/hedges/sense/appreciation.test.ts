import { ruleTester } from '../../tester';

ruleTester('hedges/sense/appreciation').run({
  valid: [
    'Die Lotsin schätzt den Schaden auf tausend Euro.',
  ],
  invalid: [
    { text: 'Die Lotsin schätzt die Arbeit der Helfer.', expect: { at: 'schätzt' } },
    // The estimate's „auf“ belongs to the verb's own clause.
    { text: 'Schätzen gelernt haben sich die Lotsen – mit ihnen kann man auf ein Bier gehen.', expect: { at: 'Schätzen' } },
  ],
});
