import { ruleTester } from '../../tester';

ruleTester('hedges/sense/wohl').run({
  valid: [
    'Der Kai ist wohl zu kurz.',
    // An adjective after „wohl“ is guessed at, feeling or not.
    'Die Lotsin fühlt sich wohl übergangen.',
    // Before a superlative it guesses.
    'Die Gilde ist der wohl berühmteste Verein am Kai.',
  ],
  invalid: [
    { text: 'Die Lotsin weiß sehr wohl Bescheid.', expect: { at: 'wohl' } },
    { text: 'Die Lotsin sorgt für das Wohl der Gäste.', expect: { at: 'Wohl' } },
    // „sich wohl fühlen“ in any order is well-being.
    { text: 'Die Matrosen fühlen sich auf der neuen Fähre wohl.', expect: { at: 'wohl' } },
    { text: 'Auf der alten Fähre fühlte sich die Lotsin nie richtig wohl.', expect: { at: 'wohl' } },
    // Between an article and a participle before its noun it means well.
    { text: 'Die Gilde hat ein wohl dokumentiertes, gespanntes Verhältnis zur Reederei.', expect: { at: 'wohl' } },
    { text: 'Der Kai folgt einem wohl überlegten Plan.', expect: { at: 'wohl' } },
  ],
});
