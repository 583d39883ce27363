import { closingWie } from '../../../../src/core/rules/speech/closing-wie';
import { ruleTester } from '../tester';

ruleTester(closingWie).run({
  valid: [
    'Der Kai ist zu kurz.',
    // A clause after the frame that is no relative clause leaves it a frame of what follows.
    'Der Kai ist zu kurz, wie Obmann Jan Roth sagt, der Hafen müsse handeln.',
  ],
  invalid: [
    { text: 'Der Kai wird verlängert, wie die Lotsen mitteilten.', expect: { content: 'Der Kai wird verlängert', cue: 'mitteilten', speaker: 'die Lotsen' } },
    // A relative clause about the speaker may close the sentence after the frame.
    { text: 'Der Kai ist zu kurz, wie Obmann Jan Roth sagt, der dem Verein seit Jahren vorsitzt.', expect: { content: 'Der Kai ist zu kurz', cue: 'sagt', speaker: 'Obmann Jan Roth' } },
  ],
});
