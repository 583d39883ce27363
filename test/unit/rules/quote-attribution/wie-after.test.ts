import { wieAfter } from '../../../../src/core/rules/quote-attribution/wie-after';
import { ruleTester } from '../tester';

ruleTester(wieAfter).run({
  valid: [
    '„Wir bleiben“, sagte die Lotsin.',
    '„Wir bleiben“, wie immer.',
  ],
  invalid: [
    { text: '„Wir bleiben“, wie die Lotsin am Montag sagte.', expect: { cue: 'sagte', speaker: 'die Lotsin' } },
  ],
});
