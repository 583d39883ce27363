// A stage: in an interview a turn is its speaker's own words; speech reaching into a turn from
// outside it goes, and speech starts after the label. Tested by switching it off.
import { ruleTester } from '../../tester';

const INTERVIEW = 'STANDARD: Wie geht es der Reederei? Roth: Es geht uns gut. STANDARD: Und der Kai? Roth: Der sei zu kurz, sagen die Lotsen. Wir bauen ihn aus.';

ruleTester('speech/stage/interview-turns').run({
  valid: [
    // One label, or labels without two turns each, make no dialogue.
    'Fazit: Der Kai sei zu kurz, sagen die Lotsen.',
    'Roth: Der Kai sei zu kurz, sagen die Lotsen. Kern: Wir bauen ihn aus.',
  ],
  invalid: [
    { text: INTERVIEW, expect: { type: 'indirect', content: 'Der sei zu kurz', speaker: 'die Lotsen' } },
  ],
});
