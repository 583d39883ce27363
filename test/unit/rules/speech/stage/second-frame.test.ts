// A stage: a second source frame in a later clause starts speech of its own; tested by switching it off.
import { ruleTester } from '../../tester';

ruleTester('speech/stage/second-frame').run({
  valid: [
    'Laut Polizei ist der Kai zu kurz.',
  ],
  invalid: [
    { text: 'Laut Polizei gab es eine Kontrolle, von der laut Hafenpost niemand wusste.', expect: { content: 'gab es eine Kontrolle', cue: 'Laut' } },
  ],
});
