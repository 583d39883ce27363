import { titleNoun } from '../../../../src/core/rules/quote-or-name/title-noun';
import { ruleTester } from '../tester';

ruleTester(titleNoun).run({
  valid: [
    'Die Lotsin sagte „Halt“.',
  ],
  invalid: [
    { text: 'Die Zeitung „Hafenpost“ erscheint täglich.', expect: { weight: -4 } },
  ],
});
