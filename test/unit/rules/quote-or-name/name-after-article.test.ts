import { nameAfterArticle } from '../../../../src/core/rules/quote-or-name/name-like';
import { ruleTester } from '../tester';

ruleTester(nameAfterArticle).run({
  valid: [
    'Sie sagte „Halt“.',
  ],
  invalid: [
    { text: 'Sie wohnt im „Grand Hotel“.', expect: { weight: -1 } },
  ],
});
