import { laut } from '../../../../src/core/rules/source-frame/laut';
import { ruleTester } from '../tester';

ruleTester(laut).run({
  valid: [
    'Die Lotsin denkt laut über den Kai nach.',
    'Wer zu spät kommt, wird im Hafen laut aufgerufen.',
    // Loud, not „according to“: after a degree word, or before an auxiliary.
    'Die Fenster barsten, weil die Sirenen so laut waren.',
    'Am Kai ist es nachts laut gewesen.',
  ],
  invalid: [
    { text: 'Laut der Hafenbehörde ist der Kai zu kurz.', expect: { cue: 'Laut', speaker: 'der Hafenbehörde' } },
    // A genitive with an indefinite article or a possessive belongs to the source noun.
    { text: 'Laut Angaben einer Sprecherin ist der Kai zu kurz.', expect: { cue: 'Laut', speaker: 'Angaben einer Sprecherin' } },
    { text: 'Laut Auskunft ihrer Kollegin Eva Brandt ist der Kai zu kurz.', expect: { cue: 'Laut', speaker: 'Auskunft ihrer Kollegin Eva Brandt' } },
    // An adverb before the adjectives stays inside the phrase.
    { text: 'Laut einer ebenfalls verabschiedeten Erklärung wird der Kai verlängert.', expect: { cue: 'Laut', speaker: 'einer ebenfalls verabschiedeten Erklärung' } },
    // Opening the sentence the frame fills the field before the verb: a place there is the source's.
    { text: 'Laut einem Sprecher der Polizei in Kiel ist der Kai zu kurz.', expect: { cue: 'Laut', speaker: 'einem Sprecher der Polizei in Kiel' } },
    // (Not a time, nor a phrase that goes on with a preposition.)
    { text: 'Laut der Hafenbehörde am Montag ist der Kai zu kurz.', expect: { speaker: 'der Hafenbehörde' } },
    { text: 'Laut dem Bericht in einer Höhe von zwei Millionen Euro.', expect: { speaker: 'dem Bericht' } },
    { text: 'Der Kai ist laut hafenblatt.de zu kurz.', expect: { cue: 'laut', speaker: 'hafenblatt.de' } },
    // (A surname may end like an adverb: „Fröhlich“, „Ludwig“.)
    { text: 'Der Kai ist laut Fröhlich zu kurz.', expect: { cue: 'laut', speaker: 'Fröhlich' } },
    { text: 'Gemäß Artikel 3 haften die Reeder.', expect: { cue: 'Gemäß', speaker: 'Artikel 3' } },
  ],
});
