import { selfNaming } from '../../../../src/core/rules/quote-or-name/self-naming';
import { ruleTester } from '../tester';

ruleTester(selfNaming).run({
  valid: [
    '„Wir bleiben“, sagte sie.',
  ],
  invalid: [
    { text: 'Es sprach der „Rat der Lotsen“, wie sich die Gruppe selbst nennt.', expect: { weight: -4 } },
  ],
});
