import { topicOfPreviousSentence } from '../../../../src/core/rules/discourse/rules';
import { ruleTester } from '../tester';

ruleTester(topicOfPreviousSentence).run({
  valid: [
    'Die Lotsin sagte, der Kai sei zu kurz.',
  ],
  invalid: [
    { text: 'Die Hafenbehörde prüfte die Schleuse. Sie sei marode.', expect: { content: 'Sie sei marode', speaker: 'Hafenbehörde' } },
  ],
});
