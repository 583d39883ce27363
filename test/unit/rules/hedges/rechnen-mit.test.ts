import { rechnenMit } from '../../../../src/core/rules/hedges/belief-constructions';
import { ruleTester } from '../tester';

ruleTester(rechnenMit).run({
  valid: [
    'Die Lotsin rechnet die Kosten aus.',
    // Calculating and paying off expect nothing.
    'Die Kinder können schon mit ganzen Zahlen rechnen.',
    'Die neue Fähre dürfte sich schon im ersten Jahr rechnen.',
    'Die Prüfer rechnen vor, dass der Kai zu teuer war.',
    // A particle closing the clause makes another verb: „ausrechnen“, „abrechnen“.
    'Die Lotsin rechnete mit dem Kapitän am Abend aus, dass zwei Fähren fehlen.',
    'Der Kapitän rechnet in seinem Buch mit der Reederei ab.',
  ],
  invalid: [
    { text: 'Die Lotsin rechnet mit einem Sturm.', expect: { cue: 'rechnet', kind: 'belief' } },
    // „mit“ later in the clause, after the subject and adverbs.
    { text: 'Für das nächste Jahr rechnet die Reederei aus Kiel nur noch mit zwei Fähren.', expect: { cue: 'rechnet' } },
    // Verb-final or as an infinitive, the object comes first.
    { text: 'Die Werft muss mit einem Verlust rechnen.', expect: { cue: 'rechnen' } },
    { text: 'Mit weiteren Stürmen ist zu rechnen.', expect: { cue: 'rechnen' } },
    { text: 'Die Lotsen hatten damit gerechnet, dass der Kai hält.', expect: { cue: 'gerechnet' } },
    // (A particle of a coordinated verb is not its own: „… und winkten ab“.)
    { text: 'Die Lotsen rechneten mit hohen Kosten und winkten ab.', expect: { cue: 'rechneten' } },
  ],
});
