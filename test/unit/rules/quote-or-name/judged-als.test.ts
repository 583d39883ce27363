import { judgedAls } from '../../../../src/core/rules/quote-or-name/judged-als';
import { ruleTester } from '../tester';

ruleTester(judgedAls).run({
  valid: [
    'Sie arbeitet als „Lotsin“ im Hafen.',
  ],
  invalid: [
    { text: 'Sie hat den Kai als „Nadelöhr“ bezeichnet.', expect: { weight: 3.5 } },
  ],
});
