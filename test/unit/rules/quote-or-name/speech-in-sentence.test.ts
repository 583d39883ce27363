import { speechInSentence } from '../../../../src/core/rules/quote-or-name/speech-in-sentence';
import { ruleTester } from '../tester';

ruleTester(speechInSentence).run({
  valid: [
    'Der „Deal“ ist geplatzt.',
    // A capitalised word after a number with a point is a noun, not a verb at a sentence start.
    'Von den 168.000 Versicherten haben viele noch keine „neue Kasse“.',
  ],
  invalid: [
    { text: 'Die Lotsin nannte den Kai „ein Nadelöhr“.', expect: { weight: 2 } },
    { text: 'Der Kai sei „ein Nadelöhr“.', expect: { weight: 2 } },
  ],
});
