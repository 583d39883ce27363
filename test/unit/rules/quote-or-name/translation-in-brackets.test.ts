import { translationInBrackets } from '../../../../src/core/rules/quote-or-name/translation-in-brackets';
import { ruleTester } from '../tester';

ruleTester(translationInBrackets).run({
  valid: [
    'Die Lotsin (Zitat: „Wir bleiben“) kam.',
  ],
  invalid: [
    { text: 'Die Fährleute („ferrymen“) sind müde.', expect: { weight: -3 } },
    { text: 'Der Kai heißt Hafenmole (engl. „pier“).', expect: { weight: -3 } },
  ],
});
