import { ruleTester } from '../../tester';

ruleTester('hedges/sense/attributive-unbekannt').run({
  valid: [
    'Der Kai brach aus unbekannten Gründen.',
    'Die Zahl der Opfer ist bislang unbekannt.',
    'Unbekannte Gründe führten zum Unfall.',
  ],
  invalid: [
    { text: 'Unbekannte Täter beschädigten den Kai.', expect: { at: 'Unbekannte' } },
    { text: 'Die Lotsin fand ein unbekanntes Wrack.', expect: { at: 'unbekanntes' } },
    // As a noun: unidentified people.
    { text: 'Zwei Lotsen wurden von den Unbekannten verletzt.', expect: { at: 'Unbekannten' } },
    { text: 'Unbekannte eröffneten am Kai das Feuer.', expect: { at: 'Unbekannte' } },
    { text: 'Der zweite Unbekannte, der am Tor stand, floh.', expect: { at: 'Unbekannte' } },
  ],
});
