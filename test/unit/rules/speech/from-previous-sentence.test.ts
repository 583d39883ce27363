import { fromPreviousSentence } from '../../../../src/core/rules/speech/from-previous-sentence';
import { ruleTester } from '../tester';

ruleTester(fromPreviousSentence).run({
  valid: [
    'Dies ist der Kai.',
    'Die Lotsin bestätigte das.',
  ],
  invalid: [
    { text: 'Der Kai ist zu kurz. Dies bestätigte die Lotsin Ida Brandt.', expect: { content: 'Der Kai ist zu kurz', cue: 'bestätigte', speaker: 'die Lotsin Ida Brandt' } },
  ],
});
