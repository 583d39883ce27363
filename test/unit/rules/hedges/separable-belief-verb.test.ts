import { separableBeliefVerb } from '../../../../src/core/rules/hedges/belief-constructions';
import { ruleTester } from '../tester';

ruleTester(separableBeliefVerb).run({
  valid: [
    'Die Lotsin geht zum Kai.',
    'Die Lotsin nahm den Preis an.',
    'Die Lotsin deutet auf den Kai.',
    'Die Lotsin sagt dem Kapitän Bescheid.',
  ],
  invalid: [
    { text: 'Die Lotsin geht von einem Schaden aus.', expect: { cue: 'geht', kind: 'belief' } },
    { text: 'Die Spuren am Kai deuten auf einen Unfall hin.', expect: { cue: 'deuten', kind: 'belief' } },
    { text: 'Die Messungen legen einen Schaden nahe.', expect: { cue: 'legen', kind: 'belief' } },
    { text: 'Die Hafenbehörde nimmt an, dass der Kai hält.', expect: { cue: 'nimmt', kind: 'belief' } },
    // A prediction: „sagen … voraus“.
    { text: 'Die Lotsen sagen für Freitag einen Sturm voraus.', expect: { cue: 'sagen', kind: 'belief' } },
  ],
});
