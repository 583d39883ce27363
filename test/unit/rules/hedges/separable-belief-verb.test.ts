import { separableBeliefVerb } from '../../../../src/core/rules/hedges/belief-constructions';
import { ruleTester } from '../tester';

ruleTester(separableBeliefVerb).run({
  valid: [
    'Die Lotsin geht zum Kai.',
    'Die Lotsin nahm den Preis an.',
    'Die Lotsin deutet auf den Kai.',
    'Die Lotsin sagt dem Kapitän Bescheid.',
    // „geht … davon aus“ is davon-ausgehen's, not found twice.
    'Die Lotsin geht seit Montag davon aus, dass der Kai hält.',
    // Joined forms: what emanates is no belief, and accepting is no assuming.
    'Die Stadt sorgt dafür, dass von dem Kai keine Gefahr ausgeht.',
    'Die Lotsin will den Preis annehmen.',
    // What originates somewhere is no belief either, in either order.
    'Die Initiative geht von den Lotsen aus.',
    'Die Initiative ist von den Lotsen ausgegangen.',
    // A place near something is no inference.
    'Der Kai liegt nahe der Grenze.',
  ],
  invalid: [
    { text: 'Die Lotsin geht von einem Schaden aus.', expect: { cue: 'geht', kind: 'belief' } },
    { text: 'Die Spuren am Kai deuten auf einen Unfall hin.', expect: { cue: 'deuten', kind: 'belief' } },
    // Words between the verb and „darauf“, which stands for „auf“.
    { text: 'Die neuen Pegel deuten seit der Flut darauf hin, dass der Kai absinkt.', expect: { cue: 'deuten', kind: 'belief' } },
    { text: 'Die Messungen legen einen Schaden nahe.', expect: { cue: 'legen', kind: 'belief' } },
    { text: 'Die Hafenbehörde nimmt an, dass der Kai hält.', expect: { cue: 'nimmt', kind: 'belief' } },
    // A prediction: „sagen … voraus“.
    { text: 'Die Lotsen sagen für Freitag einen Sturm voraus.', expect: { cue: 'sagen', kind: 'belief' } },
    // Verb-final, the particle is joined to the verb.
    { text: 'Die Polizei fand Spuren, die auf einen Brand hindeuten.', expect: { cue: 'hindeuten', kind: 'belief' } },
    { text: 'Die Polizei muss von einem Unfall ausgehen.', expect: { cue: 'ausgehen', kind: 'belief' } },
    { text: 'Die Lotsin sagte, dass sie einen Sturm nicht ausschließt.', expect: { cue: 'ausschließt', kind: 'belief' } },
    { text: 'Man kann annehmen, dass der Kai hält.', expect: { cue: 'annehmen', kind: 'belief' } },
    // An inference that suggests itself, in either order.
    { text: 'Ein Zusammenhang mit dem Sturm liegt nahe.', expect: { cue: 'liegt', kind: 'belief' } },
    { text: 'Die Lotsin sagte, dass ein Zusammenhang naheliegt.', expect: { cue: 'naheliegt', kind: 'belief' } },
    // The participle, joined too.
    { text: 'Zunächst wurde von einem Unfall ausgegangen.', expect: { cue: 'ausgegangen', kind: 'belief' } },
    { text: 'Alle Messungen hatten auf einen Schaden hingedeutet.', expect: { cue: 'hingedeutet', kind: 'belief' } },
  ],
});
