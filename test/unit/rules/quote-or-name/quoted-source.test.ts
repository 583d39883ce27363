import { quotedSource } from '../../../../src/core/rules/quote-or-name/quoted-source';
import { ruleTester } from '../tester';

ruleTester(quotedSource).run({
  valid: [
    '„Wir bleiben“, sagte sie.',
    // A prepositional phrase is never the subject of the verb after it.
    'Von einem „schwarzen Tag für den Hafen“ sprach der Betriebsrat.',
    // After „sich“ the quote is what someone shows, not who speaks.
    'Die Lotsin, die sich „erleichtert“ zeigte, fuhr heim.',
    // A participle after the quote closes the clause; it has no subject there.
    'Der Lotse hat den Kai „völlig marode“ genannt.',
    // After „als“ the quote is a verdict, not the subject.
    'Die Lotsin hat den Plan als „Unsinn“ bezeichnet.',
  ],
  invalid: [
    { text: '„Die Hafenpost“ berichtet, der Kai sei zu kurz.', expect: { weight: -3 } },
  ],
});
