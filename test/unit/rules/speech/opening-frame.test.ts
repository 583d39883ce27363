import { openingFrame } from '../../../../src/core/rules/speech/opening-frame';
import { ruleTester } from '../tester';

ruleTester(openingFrame).run({
  valid: [
    'Der Kai ist laut der Hafenbehörde zu kurz.',
    'Die Lotsin sagte, der Kai sei zu kurz.',
  ],
  invalid: [
    { text: 'Laut der Hafenbehörde ist der Kai zu kurz.', expect: { type: 'indirect', content: 'ist der Kai zu kurz', cue: 'Laut', speaker: 'der Hafenbehörde' } },
    { text: 'Nach Angaben der Lotsen ist die Fahrrinne versandet.', expect: { content: 'ist die Fahrrinne versandet', cue: 'Nach Angaben' } },
  ],
});
