import { closingWie } from '../../../../src/core/rules/speech/closing-wie';
import { ruleTester } from '../tester';

ruleTester(closingWie).run({
  valid: [
    'Der Kai ist zu kurz.',
    // A clause after the frame that is no relative clause leaves it a frame of what follows.
    'Der Kai ist zu kurz, wie Obmann Jan Roth sagt, der Hafen müsse handeln.',
    // A clause that stops at its auxiliary goes on after the frame.
    'Der Kai ist, wie die Lotsin sagte, ein Wrack.',
  ],
  invalid: [
    { text: 'Der Kai wird verlängert, wie die Lotsen mitteilten.', expect: { content: 'Der Kai wird verlängert', cue: 'mitteilten', speaker: 'die Lotsen' } },
    // A relative clause about the speaker may close the sentence after the frame.
    { text: 'Der Kai ist zu kurz, wie Obmann Jan Roth sagt, der dem Verein seit Jahren vorsitzt.', expect: { content: 'Der Kai ist zu kurz', cue: 'sagt', speaker: 'Obmann Jan Roth' } },
    // So may an addition without a verb of its own, or an infinitive of the frame.
    { text: 'Der Kai ist gesperrt, wie die Polizei mitteilte, seit Montag.', expect: { content: 'Der Kai ist gesperrt', cue: 'mitteilte' } },
    { text: 'Die Zahl der Fähren ist gesunken, wie der Sender meldete, ohne Zahlen zu nennen.', expect: { content: 'Die Zahl der Fähren ist gesunken', cue: 'meldete' } },
  ],
});
