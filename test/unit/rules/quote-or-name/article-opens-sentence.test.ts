import { articleOpensSentence } from '../../../../src/core/rules/quote-or-name/article-opens-sentence';
import { ruleTester } from '../tester';

ruleTester(articleOpensSentence).run({
  valid: [
    'Die Lotsin rief „Halt“.',
  ],
  invalid: [
    { text: 'Der „Preis der Lotsen“ ging an Ida Brandt.', expect: { weight: -3 } },
  ],
});
