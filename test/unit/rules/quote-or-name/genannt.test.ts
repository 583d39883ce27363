import { genannt } from '../../../../src/core/rules/quote-or-name/genannt';
import { ruleTester } from '../tester';

ruleTester(genannt).run({
  valid: [
    'Sie sagte „Halt“.',
  ],
  invalid: [
    { text: 'Die Lotsin, „Kapitänin“ genannt, kam.', expect: { weight: -2 } },
  ],
});
