import { afterWieOrAls } from '../../../../src/core/rules/quote-or-name/after-wie-or-als';
import { ruleTester } from '../tester';

ruleTester(afterWieOrAls).run({
  valid: [
    'Sie sagte „Halt“.',
  ],
  invalid: [
    { text: 'Sie gilt als „Retterin“.', expect: { weight: -0.5 } },
  ],
});
