import { andersAls } from '../../../../../src/core/rules/speech/guards';
import { ruleTester } from '../../tester';

ruleTester(andersAls).run({
  valid: [
    'Die Lotsin sagte, der Kai sei zu kurz.',
  ],
  invalid: [
    { text: 'Der Kai ist, anders als die Reederei behauptet, zu kurz.', expect: { at: 'behauptet' } },
  ],
});
