import { frameAfter } from '../../../../src/core/rules/quote-or-name/frame-after';
import { ruleTester } from '../tester';

ruleTester(frameAfter).run({
  valid: [
    'Die Lotsin sagte: „Wir bleiben.“',
  ],
  invalid: [
    { text: '„Wir bleiben“, sagte die Lotsin.', expect: { weight: 3 } },
  ],
});
