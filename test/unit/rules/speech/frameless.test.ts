import { frameless } from '../../../../src/core/rules/speech/frameless';
import { ruleTester } from '../tester';

ruleTester(frameless).run({
  valid: [
    'Der Kai ist zu kurz.',
    'Die Lotsin fährt morgen nach Kiel.',
  ],
  invalid: [
    { text: 'Die Lotsin sprach. Der Kai sei zu kurz.', expect: { type: 'indirect', content: 'Der Kai sei zu kurz', cue: null } },
    { text: 'Die Lotsin sprach. Der Kai soll verlängert werden.', expect: { type: 'free_indirect', content: 'Der Kai soll verlängert werden', cue: null } },
    { text: 'Der Abzug soll demnach im Mai beginnen.', expect: { type: 'free_indirect', cue: 'demnach' } },
  ],
});
