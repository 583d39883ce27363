import { laut } from '../../../../src/core/rules/source-frame/laut';
import { ruleTester } from '../tester';

ruleTester(laut).run({
  valid: [
    'Die Lotsin denkt laut über den Kai nach.',
    'Wer zu spät kommt, wird im Hafen laut aufgerufen.',
  ],
  invalid: [
    { text: 'Laut der Hafenbehörde ist der Kai zu kurz.', expect: { cue: 'Laut', speaker: 'der Hafenbehörde' } },
    { text: 'Der Kai ist laut hafenblatt.de zu kurz.', expect: { cue: 'laut', speaker: 'hafenblatt.de' } },
    { text: 'Gemäß Artikel 3 haften die Reeder.', expect: { cue: 'Gemäß', speaker: 'Artikel 3' } },
  ],
});
