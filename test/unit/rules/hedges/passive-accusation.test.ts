import { passiveAccusation } from '../../../../src/core/rules/hedges/belief-constructions';
import { ruleTester } from '../tester';

ruleTester(passiveAccusation).run({
  valid: [
    // The active names its accuser: attribution.
    'Die Lotsin hat dem Kapitän Betrug vorgeworfen.',
    'Die Reederei sagte, dass man dem Kapitän nichts vorgeworfen habe.',
    // „war es, die …“ and a comma: the „war“ belongs to another clause.
    'Die Lotsin war es, die den Kapitän beschuldigt hatte.',
    'Der Kapitän war wütend, weil ihn die Lotsin beschuldigt hatte.',
  ],
  invalid: [
    // However long the list between auxiliary and participle.
    { text: 'Dem Kapitän werden Betrug, Untreue und Geldwäsche vorgeworfen.', expect: { cue: 'werden Betrug, Untreue und Geldwäsche vorgeworfen', kind: 'belief' } },
    { text: 'Der Lotse wurde im Mai formell der Untreue im Amt beschuldigt.', expect: { kind: 'belief' } },
    { text: 'Dem Kapitän war Betrug vorgeworfen worden.', expect: { cue: 'vorgeworfen', kind: 'belief' } },
    // The auxiliary in Konjunktiv, in reported speech.
    { text: 'Der Lotse werde der Sabotage am Kai beschuldigt, meldete die Hafenpost.', expect: { cue: 'werde der Sabotage am Kai beschuldigt', kind: 'belief' } },
    { text: 'Die Lotsin wurde des Diebstahls bezichtigt.', expect: { cue: 'wurde des Diebstahls bezichtigt', kind: 'belief' } },
    // The state passive with „sein“.
    { text: 'Der Hafenmeister selbst ist der Urkundenfälschung beschuldigt; er bestreitet das.', expect: { cue: 'ist der Urkundenfälschung beschuldigt', kind: 'belief' } },
  ],
});
