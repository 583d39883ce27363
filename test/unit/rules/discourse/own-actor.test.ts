import { ownActor } from '../../../../src/core/rules/discourse/rules';
import { ruleTester } from '../tester';

ruleTester(ownActor).run({
  valid: [
    'Die Lotsin sagte, der Kai sei zu kurz.',
  ],
  invalid: [
    { text: 'Die Lotsin kam. Der Sprecher der Hafenbehörde, Jan Roth, will prüfen, ob der Kai sicher sei.', expect: { speaker: 'Jan Roth' } },
  ],
});
