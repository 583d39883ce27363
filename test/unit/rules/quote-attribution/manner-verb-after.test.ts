import { mannerVerbAfter } from '../../../../src/core/rules/quote-attribution/manner-verb-after';
import { ruleTester } from '../tester';

ruleTester(mannerVerbAfter).run({
  valid: [
    // No subject after the verb, an impersonal „es“, or a copula: no frame.
    '„Wir bleiben“, stand auf einem Schild am Kai.',
    '„Wir bleiben“, hieß es am Kai.',
    '„Wir bleiben“ war die Antwort der Lotsen.',
  ],
  invalid: [
    { text: '„Wir haben gewonnen“, freute sich die Kapitänin nach dem Rennen.', expect: { cue: 'freute sich', speaker: 'die Kapitänin' } },
    { text: '„Das ist ein großer Tag“, zeigte sich die Lotsin bewegt.', expect: { cue: 'zeigte sich', speaker: 'die Lotsin' } },
    { text: '„Kein Problem“, lachte er.', expect: { cue: 'lachte', speaker: 'er' } },
    // A strong past without an ending, known to the lexicon.
    { text: '„Wir bleiben hier“, gab sich die Kapitänin gelassen.', expect: { cue: 'gab sich', speaker: 'die Kapitänin' } },
    // A copula with „sich“ is a stance.
    { text: '„Wir schaffen das“, ist sich die Kapitänin sicher.', expect: { cue: 'ist sich', speaker: 'die Kapitänin' } },
  ],
});
