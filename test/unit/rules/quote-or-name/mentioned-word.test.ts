import { mentionedWord } from '../../../../src/core/rules/quote-or-name/mentioned-word';
import { ruleTester } from '../tester';

ruleTester(mentionedWord).run({
  valid: [
    '„Wir!“, rief die Lotsin.',
    'Sie nannte den Kai „marode“.',
    // An answer, framed after the comma, is said.
    '„Nein“, antwortete die Lotsin knapp.',
  ],
  invalid: [
    { text: 'Wer mit „ihnen“ gemeint war, sagte die Lotsin nicht.', expect: { weight: -4 } },
    { text: 'Das „wir“ in ihrer Rede fiel auf.', expect: { weight: -4 } },
  ],
});
