import { genannt } from '../../../../src/core/rules/quote-or-name/genannt';
import { ruleTester } from '../tester';

ruleTester(genannt).run({
  valid: [
    'Sie sagte „Halt“.',
    // A verdict in lower case is no name given.
    'Der Lotse hat den Kai „völlig marode“ genannt.',
  ],
  invalid: [
    { text: 'Die Lotsin, „Kapitänin“ genannt, kam.', expect: { weight: -2 } },
  ],
});
