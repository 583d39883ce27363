import { slogan } from '../../../../src/core/rules/quote-or-name/slogan';
import { ruleTester } from '../tester';

ruleTester(slogan).run({
  valid: [
    'Die Lotsen trugen „Helme“.',
  ],
  invalid: [
    { text: 'Die Lotsen trugen Transparente mit der Aufschrift „Rettet den Hafen“.', expect: { weight: 3 } },
  ],
});
