import { colonVerbBefore } from '../../../../src/core/rules/quote-or-name/colon-verb-before';
import { ruleTester } from '../tester';

ruleTester(colonVerbBefore).run({
  valid: [
    '„Wir bleiben“, sagte die Lotsin.',
  ],
  invalid: [
    { text: 'Die Lotsin sagte: „Wir bleiben.“', expect: { weight: 3 } },
  ],
});
