import { ruleTester } from '../../tester';

ruleTester('quote-or-name/fragment-not/foreign-words').run({
  valid: [
    'Sie sagte, der Plan sei „völlig überhastet“.',
  ],
  invalid: [
    { text: 'Sie sagte, das sei „the end of the road“.', expect: { at: '„the end of the road“' } },
  ],
});
