import { ruleTester } from '../../tester';

ruleTester('quote-or-name/fragment-not/capitalised-name').run({
  valid: [
    'Sie sagte, der Hafen sei ein „Opfer der Sparpolitik“.',
    'Sie warnte vor „Lohnkürzungen“ im Hafen.',
  ],
  invalid: [
    { text: 'Sie sagte, sie fahre mit dem „Nordstern“.', expect: { at: '„Nordstern“' } },
  ],
});
