import { prior } from '../../../../src/core/rules/quote-or-name/prior';
import { ruleTester } from '../tester';

ruleTester(prior).run({
  valid: [
  ],
  invalid: [
    { text: 'Der „Deal“ ist geplatzt.', expect: { weight: -1.5 } },
  ],
});
