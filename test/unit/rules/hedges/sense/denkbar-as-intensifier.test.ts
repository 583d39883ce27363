import { ruleTester } from '../../tester';

ruleTester('hedges/sense/denkbar-as-intensifier').run({
  valid: [
    'Ein zweiter Anleger ist durchaus denkbar.',
    'Denkbar ist auch ein Neubau am Kai.',
    'Es wäre denkbar, dass die Fähre früher fährt.',
    'Ein Neubau wäre denkbar gewesen.',
    'Denkbar erscheint ein Neubau am Kai.',
  ],
  invalid: [
    { text: 'Die Fähre kam zu einem denkbar ungünstigen Zeitpunkt.', expect: { at: 'denkbar' } },
    { text: 'Die Aussicht auf Sonne ist denkbar gering.', expect: { at: 'denkbar' } },
    { text: 'Das bot denkbar schlechte Voraussetzungen für den Bau.', expect: { at: 'denkbar' } },
  ],
});
