import { singleWord } from '../../../../src/core/rules/quote-or-name/single-word';
import { ruleTester } from '../tester';

ruleTester(singleWord).run({
  valid: [
    '„Halt“, rief sie.',
  ],
  invalid: [
    { text: 'Der „Deal“ ist geplatzt.', expect: { weight: -1 } },
  ],
});
