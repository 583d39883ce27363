// A stage: named sources beat unnamed ones; tested by switching it off.
import { ruleTester } from '../tester';

ruleTester('source-frame/named-beats-vague').run({
  valid: [
    'Laut Insidern ist der Kai zu kurz.',
  ],
  invalid: [
    { text: 'Informanten zufolge ist der Kai laut der Hafenpost zu kurz.', expect: { cue: 'laut', speaker: 'der Hafenpost' } },
  ],
});
