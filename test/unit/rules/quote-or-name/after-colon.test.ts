import { afterColon } from '../../../../src/core/rules/quote-or-name/after-colon';
import { ruleTester } from '../tester';

ruleTester(afterColon).run({
  valid: [
    'Die Lotsin sagte: „Wir bleiben.“',
    '„Wir bleiben“, sagte sie.',
  ],
  invalid: [
    { text: 'Am Ende des langen Tages im Hafen nur noch eines: „Wir bleiben.“', expect: { weight: 1.5 } },
  ],
});
