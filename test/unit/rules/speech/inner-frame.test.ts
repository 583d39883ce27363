import { innerFrame } from '../../../../src/core/rules/speech/inner-frame';
import { ruleTester } from '../tester';

ruleTester(innerFrame).run({
  valid: [
    'Der Kai ist zu kurz.',
  ],
  invalid: [
    { text: 'Der Kai ist nach Angaben der Lotsen zu kurz.', expect: { content: 'Der Kai ist nach Angaben der Lotsen zu kurz', cue: 'nach Angaben' } },
    // A frame in a relative or subordinate clause is that clause's only: the main clause is the author's.
    { text: 'Das Boot, auf dem nach Angaben der Reederei viel Geld lag, ist gesunken.', expect: { content: 'auf dem nach Angaben der Reederei viel Geld lag', cue: 'nach Angaben' } },
    { text: 'Schuld war der Plan, der laut Hafenamt nicht fertig wurde.', expect: { content: 'der laut Hafenamt nicht fertig wurde', cue: 'laut' } },
    { text: 'Die Fähre kam zu spät, weil laut Hafenamt der Kai gesperrt war.', expect: { content: 'weil laut Hafenamt der Kai gesperrt war', cue: 'laut' } },
    // (A relative clause beside a frame in the main clause stays in the content.)
    { text: 'Der Kai, der neu ist, bleibt nach Angaben der Reederei gesperrt.', expect: { content: 'Der Kai, der neu ist, bleibt nach Angaben der Reederei gesperrt', cue: 'nach Angaben' } },
  ],
});
