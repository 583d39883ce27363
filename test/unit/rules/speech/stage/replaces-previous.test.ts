// A stage: „Dies bestätigte X“ replaces what the sentence before yielded; tested by switching it off.
import { ruleTester } from '../../tester';

ruleTester('speech/stage/replaces-previous').run({
  valid: [
    'Der Kai ist zu kurz.',
  ],
  invalid: [
    { text: 'Die Lotsin sagte, der Kai sei zu kurz. Dies bestätigte der Hafenmeister.', expect: { cue: 'bestätigte' } },
  ],
});
