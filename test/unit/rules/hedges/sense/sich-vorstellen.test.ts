import { ruleTester } from '../../tester';

ruleTester('hedges/sense/sich-vorstellen').run({
  valid: [
    'Der Kai könnte brechen.',
    // Imagining that something is so weighs a chance.
    'Ich könnte mir vorstellen, dass der Kai bleibt.',
    'Bricht der Kai? Ich könnte es mir vorstellen.',
  ],
  invalid: [
    { text: 'Die Lotsin könnte sich vorstellen zu bleiben.', expect: { at: 'könnte' } },
    { text: 'Wir könnten uns gut vorstellen, hier zu bleiben.', expect: { at: 'könnten' } },
    { text: 'Viele Lotsen könnten sich vorstellen, dass die Gebühr steigt.', expect: { at: 'könnten' } },
  ],
});
