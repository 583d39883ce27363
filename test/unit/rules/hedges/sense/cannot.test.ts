import { ruleTester } from '../../tester';

ruleTester('hedges/sense/cannot').run({
  valid: [
    'Der Umbau des Kais kann teurer werden.',
    'Die Reederei könne die Lieferung nicht bestätigen, sagte die Lotsin.',
    'Der Hafenmeister kann nicht ausschließen, dass der Kai sinkt.',
    'Die Fähre könne nicht nur Autos, sondern auch Lastwagen tragen, sagte der Kapitän.',
  ],
  invalid: [
    { text: 'Die Werft könne die Kosten nicht tragen, sagte der Kapitän.', expect: { at: 'könne' } },
    { text: 'Ein Lotse kann kein Kapitän sein.', expect: { at: 'kann' } },
    { text: 'Es könne nicht angehen, dass der Kai im Winter schließt.', expect: { at: 'könne' } },
  ],
});
