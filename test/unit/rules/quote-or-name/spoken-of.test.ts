import { spokenOf } from '../../../../src/core/rules/quote-or-name/spoken-of';
import { ruleTester } from '../tester';

ruleTester(spokenOf).run({
  valid: [
    'Sie kam von der „Hafenpost“.',
    // „vor“ only with a verb of warning.
    'Sie stand vor dem „Hafenhaus“ und rief.',
  ],
  invalid: [
    { text: 'Die Lotsin sprach von einem „Nadelöhr“.', expect: { weight: 2 } },
    { text: 'Der Lotse warnte vor einem „Kollaps“ des Hafens.', expect: { weight: 2 } },
  ],
});
