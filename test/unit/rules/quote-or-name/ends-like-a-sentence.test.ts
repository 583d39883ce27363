import { endsLikeASentence } from '../../../../src/core/rules/quote-or-name/ends-like-a-sentence';
import { ruleTester } from '../tester';

ruleTester(endsLikeASentence).run({
  valid: [
    'Der „Deal“ ist geplatzt.',
    'Er rief „Halt!“ und ging.',
  ],
  invalid: [
    { text: '„Wir bleiben hier.“', expect: { weight: 3 } },
  ],
});
