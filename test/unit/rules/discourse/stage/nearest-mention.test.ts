// A stage decided across sentences: tested by switching it off.
import { ruleTester } from '../../tester';

ruleTester('discourse/stage/nearest-mention').run({
  valid: [
    // No mention of the speaker between frame and speech: the frame's mention stays.
    'Die Lotsin Ida Kern sagte, der Kai sei alt. Der Kran sei umgestürzt.',
    // A mention inside the speech before is that speech's words, not narration.
    'Ida Kern sagte, den Kai sehe sie, Kern, als marode an. Der Kran sei umgestürzt.',
  ],
  invalid: [
    { text: 'Die Lotsin Ida Kern sagte, der Kai sei alt. Kern arbeitet seit zwanzig Jahren im Hafen. Der Kran sei umgestürzt.', expect: { content: 'Der Kran sei umgestürzt', speaker: 'Kern' } },
  ],
});
