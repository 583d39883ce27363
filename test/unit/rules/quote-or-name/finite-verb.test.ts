import { finiteVerb } from '../../../../src/core/rules/quote-or-name/finite-verb';
import { ruleTester } from '../tester';

ruleTester(finiteVerb).run({
  valid: [
    'Der „Deal“ ist geplatzt.',
    // Short, or every word capitalised: a title with a verb („Wer Wird Hafenmeister“) reads as a name.
    'Sie sagte: „Der Kai ist kurz“.',
    'Die Show „Wer Wird Der Neue Hafenmeister Von Kiel“ läuft am Montag.',
  ],
  invalid: [
    { text: '„Der Kai ist für die neuen Fähren viel zu kurz“, sagte sie.', expect: { weight: 1.5 } },
  ],
});
