import { finiteVerb } from '../../../../src/core/rules/quote-or-name/finite-verb';
import { ruleTester } from '../tester';

ruleTester(finiteVerb).run({
  valid: [
    'Der „Deal“ ist geplatzt.',
    'Sie sagte: „Kai kurz“.',
  ],
  invalid: [
    { text: '„Der Kai ist viel zu kurz“, sagte sie.', expect: { weight: 1.5 } },
  ],
});
