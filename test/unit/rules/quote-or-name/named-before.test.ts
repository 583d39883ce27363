import { namedBefore } from '../../../../src/core/rules/quote-or-name/named-before';
import { ruleTester } from '../tester';

ruleTester(namedBefore).run({
  valid: [
    '„Wir bleiben“, sagte sie.',
  ],
  invalid: [
    { text: 'Der Name der Fähre lautet „Stolz von Lindenau“.', expect: { weight: -4 } },
  ],
});
