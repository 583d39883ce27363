import { colonWithWords } from '../../../../src/core/rules/quote-attribution/colon-with-words';
import { ruleTester } from '../tester';

ruleTester(colonWithWords).run({
  valid: [
    'Die Lotsin sagte: „Wir bleiben.“',
  ],
  invalid: [
    { text: 'Die Lotsin warb für den Kai mit den Worten: „Er ist unsere Zukunft.“', expect: { cue: 'mit den Worten', speaker: 'Die Lotsin' } },
  ],
});
