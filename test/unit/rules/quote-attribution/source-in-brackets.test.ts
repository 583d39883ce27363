import { sourceInBrackets } from '../../../../src/core/rules/quote-attribution/source-in-brackets';
import { ruleTester } from '../tester';

ruleTester(sourceInBrackets).run({
  valid: [
    // A title's brackets name its author; a sentence's brackets may translate or date it.
    'Ihr Buch „Der Hafen im Nebel“ (Jana Brink) erschien im Mai.',
    'Die Lotsin rief: „Wir bleiben hier, bis der Kai fertig ist.“ (übersetzt aus dem Dänischen).',
    'Die Lotsin rief: „Wir bleiben hier, bis der Kai fertig ist.“ (2019).',
    // A title without a verb keeps its author in brackets, also with a verb opening it.
    'Ihr Buch „Rettet den Hafen“ (Jana Brink) erschien im Mai.',
  ],
  invalid: [
    // A short finite verb („ist“) makes the words a statement too.
    { text: '„Der Kai ist marode“ (Jan Ohm).', expect: { speaker: 'Jan Ohm' } },
    // Words with a finite verb are speech even without a final full stop.
    { text: 'Der Kai ist zu kurz. „Das reicht nicht“ (Hafenmeister Ohm). Die Werft schweigt.', expect: { cue: null, speaker: 'Hafenmeister Ohm' } },
    { text: 'Am Ende fuhr die Fähre ab. „Die Wahl im Hafenrat war frei und fair.“ (Stiftung Nordlicht). Danach wurde gezählt.', expect: { cue: null, speaker: 'Stiftung Nordlicht' } },
  ],
});
