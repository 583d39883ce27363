import { interposedSo } from '../../../../src/core/rules/quote-attribution/interposed-so';
import { ruleTester } from '../tester';

ruleTester(interposedSo).run({
  valid: [
    'Der Kai müsse „um jeden Preis“ verlängert werden.',
  ],
  invalid: [
    { text: 'Der Kai müsse, so die Lotsin, „um jeden Preis“ verlängert werden.', expect: { cue: 'so', speaker: 'die Lotsin' } },
  ],
});
