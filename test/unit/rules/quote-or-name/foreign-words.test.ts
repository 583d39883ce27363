import { foreignWords } from '../../../../src/core/rules/quote-or-name/foreign-words';
import { ruleTester } from '../tester';

ruleTester(foreignWords).run({
  valid: [
    '„Wir bleiben hier“, sagte sie.',
    'Sie sagte „Okay“.',
  ],
  invalid: [
    { text: 'Der Film „The Harbour of the North“ läuft.', expect: { weight: -3 } },
    { text: 'Sie nannte es „la vie en rose“.', expect: { weight: -3 } },
  ],
});
