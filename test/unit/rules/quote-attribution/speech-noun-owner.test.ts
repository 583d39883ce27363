import { speechNounOwner } from '../../../../src/core/rules/quote-attribution/speech-noun-owner';
import { ruleTester } from '../tester';

ruleTester(speechNounOwner).run({
  valid: [
    '„Wir bleiben“, sagte die Lotsin.',
    'Der Vorwurf der Reeder ist alt, entgegnete die Lotsin „knapp“.',
  ],
  invalid: [
    { text: 'Auf den Vorwurf der Reeder, es handele sich um „teuren Unsinn“, entgegnete die Lotsin nichts.', expect: { cue: 'Vorwurf', speaker: 'der Reeder' } },
    { text: 'Die Warnung des Hafenamts, dass der Kai „bald bricht“, kam spät.', expect: { cue: 'Warnung', speaker: 'des Hafenamts' } },
  ],
});
