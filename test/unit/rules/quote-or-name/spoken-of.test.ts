import { spokenOf } from '../../../../src/core/rules/quote-or-name/spoken-of';
import { ruleTester } from '../tester';

ruleTester(spokenOf).run({
  valid: [
    'Sie kam von der „Hafenpost“.',
  ],
  invalid: [
    { text: 'Die Lotsin sprach von einem „Nadelöhr“.', expect: { weight: 2 } },
  ],
});
