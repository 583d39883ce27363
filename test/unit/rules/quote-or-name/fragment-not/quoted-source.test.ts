import { ruleTester } from '../../tester';

ruleTester('quote-or-name/fragment-not/quoted-source').run({
  valid: [
    'Sie sagte, der Plan sei „völlig überhastet“.',
  ],
  invalid: [
    { text: 'Sie sagte, die „Hafenpost“ berichte falsch.', expect: { at: '„Hafenpost“' } },
  ],
});
