import { ruleTester } from '../../tester';

ruleTester('quote-or-name/fragment-not/title-noun').run({
  valid: [
    'Sie sagte, der Kai sei „ein Nadelöhr“.',
  ],
  invalid: [
    { text: 'Sie sagte, die Zeitung „Hafenpost“ lüge.', expect: { at: '„Hafenpost“' } },
  ],
});
