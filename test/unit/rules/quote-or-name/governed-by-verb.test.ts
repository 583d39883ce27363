import { governedByVerb } from '../../../../src/core/rules/quote-or-name/governed-by-verb';
import { ruleTester } from '../tester';

ruleTester(governedByVerb).run({
  valid: [
    'Der „Deal“ ist geplatzt.',
    'Von „Tagesschau“ bis „Heute“ berichteten alle Sender.',
  ],
  invalid: [
    { text: 'Sie sagte, „der Kai“ sei zu kurz.', expect: { weight: 3 } },
    { text: 'Sie nannte ihn „ein Nadelöhr“.', expect: { weight: 1.5 } },
    // Fronted with its preposition, the verb right after the quote.
    { text: 'Von einem „Schandfleck“ sprach der Kapitän.', expect: { weight: 1.5 } },
    // The verb closing the clause right after the quote.
    { text: 'Der Kapitän hat von einem „Schandfleck“ gesprochen.', expect: { weight: 1.5 } },
    { text: 'Die Lotsin, die den Kai „marode“ nannte, ging.', expect: { weight: 1.5 } },
  ],
});
