import { webAddress } from '../../../../src/core/rules/quote-or-name/web-address';
import { ruleTester } from '../tester';

ruleTester(webAddress).run({
  valid: [
    'Sie sagte „Halt“.',
  ],
  invalid: [
    { text: 'Die Seite „www.hafen-beispiel.de“ ist neu.', expect: { weight: -5 } },
  ],
});
