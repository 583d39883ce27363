import { wordingSubject } from '../../../../src/core/rules/quote-or-name/title-noun';
import { ruleTester } from '../tester';

ruleTester(wordingSubject).run({
  valid: [
    // An answer or a demand „lautet“ someone's words.
    'Die Antwort der Lotsin lautete „Wir bleiben hier“.',
    'Die Lotsin sagte „Wir bleiben hier“.',
    // A title noun elsewhere in the sentence is no subject of „lautet“.
    'In dem Titel heißt es „Wir bleiben hier“.',
  ],
  invalid: [
    // However sentence-like, the wording of a theme, motto or title is no one's speech.
    { text: 'Das Thema des Hafenfests lautete „Schiffe verbinden Menschen in der Welt von morgen“.', expect: { weight: -6 } },
    { text: 'Am Montag lautete das Motto der Lotsen „Wir bleiben hier“.', expect: { weight: -6 } },
    { text: 'Der Arbeitstitel des Films heißt „Die Flut kommt“.', expect: { weight: -6 } },
  ],
});
