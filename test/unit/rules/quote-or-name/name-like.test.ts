import { nameLike } from '../../../../src/core/rules/quote-or-name/name-like';
import { ruleTester } from '../tester';

ruleTester(nameLike).run({
  valid: [
    '„Wir bleiben hier“, sagte sie.',
  ],
  invalid: [
    { text: 'Sie fährt mit der „Neuen Rundschau“.', expect: { weight: -2.5 } },
  ],
});
