import { ruleTester } from '../../tester';

ruleTester('hedges/sense/wohl').run({
  valid: [
    'Der Kai ist wohl zu kurz.',
    // An adjective after „wohl“ is guessed at, feeling or not.
    'Die Lotsin fühlt sich wohl übergangen.',
  ],
  invalid: [
    { text: 'Die Lotsin weiß sehr wohl Bescheid.', expect: { at: 'wohl' } },
    { text: 'Die Lotsin sorgt für das Wohl der Gäste.', expect: { at: 'Wohl' } },
    // „sich wohl fühlen“ in any order is well-being.
    { text: 'Die Matrosen fühlen sich auf der neuen Fähre wohl.', expect: { at: 'wohl' } },
    { text: 'Ich würde mich nicht wohl dabei fühlen, die Fähre zu empfehlen.', expect: { at: 'wohl' } },
  ],
});
