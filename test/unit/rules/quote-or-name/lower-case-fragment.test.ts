import { lowerCaseFragment } from '../../../../src/core/rules/quote-or-name/lower-case-fragment';
import { ruleTester } from '../tester';

ruleTester(lowerCaseFragment).run({
  valid: [
    'Der „Deal“ ist geplatzt.',
  ],
  invalid: [
    { text: 'Der Plan sei „völlig überhastet“.', expect: { weight: 0.5 } },
  ],
});
