// A stage decided across sentences: tested by switching it off.
import { ruleTester } from '../../tester';

ruleTester('discourse/stage/chain-before-pointer').run({
  valid: [
    // An indicative sentence between breaks the chain: the earlier Konjunktiv stays with its speaker.
    'Der Kapitän sagte, der Kai sei alt. Ein Kran sei umgestürzt. Am Abend kam die Feuerwehr. Verletzt worden sei niemand. Dies berichtete die Hafenpost.',
  ],
  invalid: [
    { text: 'Der Kapitän sagte, der Kai sei alt. Ein Kran sei auf den Kai gestürzt. Verletzt worden sei niemand. Dies berichtete die Hafenpost am Donnerstag.', expect: { content: 'Ein Kran sei auf den Kai gestürzt', speaker: 'die Hafenpost', cue: 'berichtete' } },
  ],
});
