import { namingVerb } from '../../../../src/core/rules/quote-or-name/naming-verb';
import { ruleTester } from '../tester';

ruleTester(namingVerb).run({
  valid: [
    '„Wir bleiben“, sagte sie.',
  ],
  invalid: [
    { text: 'Die Lotsin nannte den Kai „ein Nadelöhr“.', expect: { weight: 1.5 } },
  ],
});
