import { ruleTester } from '../../tester';

ruleTester('hedges/sense/ability').run({
  valid: [
    // A thing as subject, or a person with „sein“ or a perfect: a chance is weighed.
    'Die Reparatur könne Monate dauern, sagte die Lotsin.',
    'Er könne sich geirrt haben, räumte der Lotse ein.',
    'Sie könne die Falsche sein, hieß es.',
  ],
  invalid: [
    { text: 'Er könne den Plan nur schwer mittragen, sagte der Lotse.', expect: { at: 'könne' } },
    { text: 'Die Reederei erklärte, sie könne den Bericht weder bestätigen noch dementieren.', expect: { at: 'könne' } },
    { text: 'Das könne er garantieren, sagte der Hafenmeister.', expect: { at: 'könne' } },
  ],
});
