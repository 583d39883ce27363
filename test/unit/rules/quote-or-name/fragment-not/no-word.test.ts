import { ruleTester } from '../../tester';

ruleTester('quote-or-name/fragment-not/no-word').run({
  valid: [
    'Sie sagte, der Plan sei „völlig überhastet“.',
  ],
  invalid: [
    { text: 'Sie sagte, der Kai sei „100“ Meter lang.', expect: { at: '„100“' } },
  ],
});
