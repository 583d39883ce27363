import { quotedSource } from '../../../../src/core/rules/quote-or-name/quoted-source';
import { ruleTester } from '../tester';

ruleTester(quotedSource).run({
  valid: [
    '„Wir bleiben“, sagte sie.',
  ],
  invalid: [
    { text: '„Die Hafenpost“ berichtet, der Kai sei zu kurz.', expect: { weight: -3 } },
  ],
});
