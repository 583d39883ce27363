import { knownAs } from '../../../../src/core/rules/quote-or-name/known-as';
import { ruleTester } from '../tester';

ruleTester(knownAs).run({
  valid: [
    'Sie bezeichnete den Kai als „Nadelöhr“.',
  ],
  invalid: [
    { text: 'Das als „Hafenkönig“ bekannte Lokal schließt.', expect: { weight: -3 } },
  ],
});
