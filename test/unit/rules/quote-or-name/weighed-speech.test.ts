import { ruleTester } from '../tester';

ruleTester('quote-or-name/weighed-speech').run({
  valid: [
    'Der „Deal“ ist geplatzt.',
  ],
  invalid: [
    { text: '„Wir bleiben hier“, sagte die Lotsin.', expect: { content: '„Wir bleiben hier“', type: 'direct' } },
  ],
});
