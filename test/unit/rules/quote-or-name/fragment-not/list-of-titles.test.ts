import { ruleTester } from '../../tester';

ruleTester('quote-or-name/fragment-not/list-of-titles').run({
  valid: [
    'Sie sagte, der Plan sei „völlig überhastet“.',
  ],
  invalid: [
    { text: 'Sie sagte, es liefen „Alte Kähne“, „Neue Fähren“ und „Lotsen im Sturm“.', expect: { at: '„Alte Kähne“' } },
  ],
});
