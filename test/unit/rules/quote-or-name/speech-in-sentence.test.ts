import { speechInSentence } from '../../../../src/core/rules/quote-or-name/speech-in-sentence';
import { ruleTester } from '../tester';

ruleTester(speechInSentence).run({
  valid: [
    'Der „Deal“ ist geplatzt.',
  ],
  invalid: [
    { text: 'Die Lotsin nannte den Kai „ein Nadelöhr“.', expect: { weight: 2 } },
    { text: 'Der Kai sei „ein Nadelöhr“.', expect: { weight: 2 } },
  ],
});
