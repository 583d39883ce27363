import { firstPerson } from '../../../../src/core/rules/quote-or-name/first-person';
import { ruleTester } from '../tester';

ruleTester(firstPerson).run({
  valid: [
    'Der „Deal“ ist geplatzt.',
  ],
  invalid: [
    { text: '„Unser Kai ist zu kurz“, sagte sie.', expect: { weight: 2 } },
  ],
});
