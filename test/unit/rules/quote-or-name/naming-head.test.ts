import { namingHead } from '../../../../src/core/rules/quote-or-name/naming-head';
import { ruleTester } from '../tester';

ruleTester(namingHead).run({
  valid: [
    '„Bündnisse halten“, sagte sie.',
    'Sie rief „Aktion!“.',
  ],
  invalid: [
    { text: 'Das „Bündnis gegen rechts“ demonstrierte.', expect: { weight: -2 } },
    { text: 'Die „Aktion saubere Kaimauer“ beginnt.', expect: { weight: -2 } },
  ],
});
