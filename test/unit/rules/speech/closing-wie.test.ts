import { closingWie } from '../../../../src/core/rules/speech/closing-wie';
import { ruleTester } from '../tester';

ruleTester(closingWie).run({
  valid: [
    'Der Kai ist zu kurz.',
  ],
  invalid: [
    { text: 'Der Kai wird verlängert, wie die Lotsen mitteilten.', expect: { content: 'Der Kai wird verlängert', cue: 'mitteilten', speaker: 'die Lotsen' } },
  ],
});
