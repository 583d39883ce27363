import { lowerCasePassage } from '../../../../src/core/rules/quote-or-name/lower-case-passage';
import { ruleTester } from '../tester';

ruleTester(lowerCasePassage).run({
  valid: [
    // A title opens with a capital, and a short lower-case fragment may still be a scare quote.
    'Die Lotsin las „Der alte Kai und die neuen Fähren im Hafen“ vor.',
    'Die Lotsin nannte den Kai „zu kurz“.',
  ],
  invalid: [
    { text: 'Die Lotsin will „alles tun, was nötig ist, um den Kai zu retten“.', expect: { weight: 2 } },
    { text: 'Der Rat erlaubt das nur „zur Abwehr einer Gefahr für den ganzen Hafen“.', expect: { weight: 2 } },
  ],
});
