import { ruleTester } from '../tester';

ruleTester('quote-or-name/fragment-in-speech').run({
  valid: [
    'Die Lotsin sagte, die Zeitung „Hafenpost“ habe falsch berichtet.',
  ],
  invalid: [
    { text: 'Die Lotsin sagte, der Hafen sei ein „Opfer der Sparpolitik“.', expect: { content: '„Opfer der Sparpolitik“', type: 'direct', cue: 'sagte' } },
  ],
});
