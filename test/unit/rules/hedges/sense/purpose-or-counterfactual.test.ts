import { ruleTester } from '../../tester';

ruleTester('hedges/sense/purpose-or-counterfactual').run({
  valid: [
    // A chance weighed in a main clause or a clause of reason stays a hedge.
    'Der Kai könnte bald schließen.',
    'Die Fähre fällt aus, weil der Kai einstürzen könnte.',
    // „Damit“ opening a main clause („thereby“) is no purpose clause.
    'Damit könnte die Stadt viel Geld sparen.',
    // A relative clause naming a thing, not a means, weighs the chance.
    'Die Reederei kauft Fähren, die bald ausfallen könnten.',
  ],
  invalid: [
    { text: 'Der Trainer wartet, damit wir ihn aufstellen könnten.', expect: { at: 'könnten' } },
    { text: 'Die Teilchen sind zu klein, als dass man sie messen könnte.', expect: { at: 'könnte' } },
    { text: 'Es verging ein Jahr, ohne dass er sagen könnte, warum.', expect: { at: 'könnte' } },
    // A relative clause of means says what can be done with it.
    { text: 'Die Werft verkauft Boote, mit denen Lotsen auch bei Sturm auslaufen könnten.', expect: { at: 'könnten' } },
    { text: 'Der Hafen bekam ein Radar, wodurch Lotsen Nebelbänke früher sehen könnten.', expect: { at: 'könnten' } },
  ],
});
