import { topicOfPreviousSentence } from '../../../../src/core/rules/discourse/rules';
import { ruleTester } from '../tester';

ruleTester(topicOfPreviousSentence).run({
  valid: [
    'Die Lotsin sagte, der Kai sei zu kurz.',
    // A sentence before that itself reports talks of its topic: it gives no source (the words stay
    // without one, speech/frameless).
    'Unter den Verletzten soll auch der Hafenmeister sein. Dessen Frau soll eine der Lotsinnen an Bord gewesen sein.',
  ],
  invalid: [
    { text: 'Die Hafenbehörde prüfte die Schleuse. Sie sei marode.', expect: { content: 'Sie sei marode', speaker: 'Hafenbehörde' } },
    // A comparison in the opening phrase is not the subject; a party is a body.
    { text: 'Ein Kai sei nicht geplant, so das Hafenamt. Mit schärferen Worten als der Hafenmeister kritisiert der Kieler Umweltverband den Kai. In dieser Form werde der Hafen leiden.', expect: { content: 'In dieser Form werde der Hafen leiden', speaker: 'Kieler Umweltverband' } },
    { text: 'Ein Kai sei nicht geplant, so das Hafenamt. Die Kieler Grünen kritisieren den Kai. In dieser Form werde der Hafen leiden.', expect: { content: 'In dieser Form werde der Hafen leiden', speaker: 'Kieler Grünen' } },
  ],
});
