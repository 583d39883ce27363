import { passiveAccusation } from '../../../../src/core/rules/hedges/belief-constructions';
import { ruleTester } from '../tester';

ruleTester(passiveAccusation).run({
  valid: [
    // The active names its accuser: attribution.
    'Die Lotsin hat dem Kapitän Betrug vorgeworfen.',
    'Die Reederei sagte, dass man dem Kapitän nichts vorgeworfen habe.',
  ],
  invalid: [
    // However long the list between auxiliary and participle.
    { text: 'Dem Kapitän werden Betrug, Untreue und Geldwäsche vorgeworfen.', expect: { cue: 'werden Betrug, Untreue und Geldwäsche vorgeworfen', kind: 'belief' } },
    { text: 'Der Lotse wurde im Mai formell der Untreue im Amt beschuldigt.', expect: { kind: 'belief' } },
    { text: 'Dem Kapitän war Betrug vorgeworfen worden.', expect: { cue: 'vorgeworfen', kind: 'belief' } },
  ],
});
