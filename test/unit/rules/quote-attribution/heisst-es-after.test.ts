import { heisstEsAfter } from '../../../../src/core/rules/quote-attribution/heisst-es-after';
import { ruleTester } from '../tester';

ruleTester(heisstEsAfter).run({
  valid: [
    '„Wir bleiben“, sagte die Lotsin.',
  ],
  invalid: [
    { text: '„Der Kai wird verlängert“, hieß es aus dem Hafenamt.', expect: { cue: 'hieß es', speaker: 'dem Hafenamt' } },
    { text: '„Der Kai wird verlängert“, heißt es.', expect: { cue: 'heißt es', speaker: null } },
    // What it was said for may stand before the source.
    { text: '„Der Kai wird verlängert“, hieß es zur Begründung aus dem Hafenamt.', expect: { cue: 'hieß es', speaker: 'dem Hafenamt' } },
  ],
});
