import { nameAfterArticle } from '../../../../src/core/rules/quote-or-name/name-like';
import { ruleTester } from '../tester';

ruleTester(nameAfterArticle).run({
  valid: [
    'Sie sagte „Halt“.',
    // The „von“ of „sprach von“ governs what is said, not a place.
    'Die Lotsin sprach von „Pfusch am Bau“.',
  ],
  invalid: [
    { text: 'Sie wohnt im „Grand Hotel“.', expect: { weight: -1 } },
    { text: 'Die Fähre kam von der „Nordlicht“.', expect: { weight: -1 } },
  ],
});
