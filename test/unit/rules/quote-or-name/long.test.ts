import { long } from '../../../../src/core/rules/quote-or-name/long';
import { ruleTester } from '../tester';

ruleTester(long).run({
  valid: [
    '„Der Kai ist zu kurz“, sagte sie.',
  ],
  invalid: [
    { text: '„Der Kai ist für die großen Fähren aus dem Norden zu kurz“, sagte sie.', expect: { weight: 1 } },
  ],
});
