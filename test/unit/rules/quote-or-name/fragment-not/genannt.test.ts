import { ruleTester } from '../../tester';

ruleTester('quote-or-name/fragment-not/genannt').run({
  valid: [
    'Sie sagte, der Plan sei „völlig überhastet“.',
  ],
  invalid: [
    { text: 'Sie sagte, die Lotsin, „Kapitänin“ genannt, komme.', expect: { at: '„Kapitänin“' } },
  ],
});
