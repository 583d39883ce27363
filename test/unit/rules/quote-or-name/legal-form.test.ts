import { legalForm } from '../../../../src/core/rules/quote-or-name/legal-form';
import { ruleTester } from '../tester';

ruleTester(legalForm).run({
  valid: [
    '„Wir bleiben“, sagte sie.',
  ],
  invalid: [
    { text: 'Die „Hafen und Kai GmbH“ baut.', expect: { weight: -4 } },
    { text: 'Der Verein „Freunde der Fähre e.V.“ lädt ein.', expect: { weight: -4 } },
  ],
});
