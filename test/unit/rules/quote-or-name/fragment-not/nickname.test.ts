import { ruleTester } from '../../tester';

ruleTester('quote-or-name/fragment-not/nickname').run({
  valid: [
    'Sie sagte, der Plan sei „völlig überhastet“.',
  ],
  invalid: [
    { text: 'Sie sagte, der so genannte „Hafendeal“ sei geplatzt.', expect: { at: '„Hafendeal“' } },
  ],
});
