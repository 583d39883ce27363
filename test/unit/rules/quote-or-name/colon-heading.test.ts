import { colonHeading } from '../../../../src/core/rules/quote-or-name/colon-heading';
import { ruleTester } from '../tester';

ruleTester(colonHeading).run({
  valid: [
    'Die Lotsin sagte: „Wir bleiben.“',
  ],
  invalid: [
    { text: 'Brandt: „Wir bleiben.“', expect: { weight: 2 } },
  ],
});
