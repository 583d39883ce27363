import { continuesPreviousSpeaker } from '../../../../src/core/rules/discourse/rules';
import { ruleTester } from '../tester';

ruleTester(continuesPreviousSpeaker).run({
  valid: [
    'Der Kai ist zu kurz.',
  ],
  invalid: [
    { text: 'Die Lotsin Ida Brandt sagte, der Kai sei zu kurz. Er müsse verlängert werden.', expect: { content: 'Er müsse verlängert werden', speaker: 'Ida Brandt', cue: 'sagte' } },
  ],
});
