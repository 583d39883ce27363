import { ruleTester } from '../../tester';

ruleTester('quote-or-name/fragment-not/named-before').run({
  valid: [
    'Sie sagte, der Plan sei „völlig überhastet“.',
  ],
  invalid: [
    { text: 'Sie sagte, der Name der Fähre sei „Stolz“.', expect: { at: '„Stolz“' } },
  ],
});
