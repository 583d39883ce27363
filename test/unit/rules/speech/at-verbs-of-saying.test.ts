// The step that runs the verb-frame rules at each verb of saying.
import { atVerbsOfSaying } from '../../../../src/core/rules/speech/verb-frames';
import { ruleTester } from '../tester';

ruleTester(atVerbsOfSaying).run({
  valid: [
    'Der Kai ist zu kurz.',
    'Die Fähre legte am Montag an.',
  ],
  invalid: [
    { text: 'Die Lotsen mahnten an, dass der Kai sicher sein müsse.', expect: { content: 'dass der Kai sicher sein müsse', cue: 'mahnten an', speaker: 'Die Lotsen' } },
    { text: 'Die Lotsin sagte, der Kai sei zu kurz.', expect: { content: 'der Kai sei zu kurz', cue: 'sagte', speaker: 'Die Lotsin' } },
  ],
});
