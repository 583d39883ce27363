import { nounBeforeNach } from '../../../../src/core/rules/source-frame/noun-before-nach';
import { ruleTester } from '../tester';

ruleTester(nounBeforeNach).run({
  valid: [
    'Die Preise gehen nach oben.',
    'Die Fähre fährt nach Norden.',
    // The polite „Ihrer“ of a question put, the speaker's own „meiner“, and a possessive inside the
    // sentence (its holder is mostly a frame's subject there) are left to other rules.
    'Wer hat Ihrer Meinung nach recht?',
    'Der Kai ist meiner Meinung nach zu kurz.',
    'Der Kai ist seiner Ansicht nach zu kurz, sagt der Lotse.',
    'Die Fähre soll seinen Angaben nach im Mai fahren.',
    // A plural before „nach“ that governs a direction or a phrase is no source.
    'Die Zahlen stiegen in den Umfragen nach oben.',
    'Die Lotsen sortieren die Meldungen nach dem Datum.',
  ],
  invalid: [
    { text: 'Dem Vernehmen nach wird der Kai verlängert.', expect: { cue: 'nach', speaker: 'Dem Vernehmen' } },
    { text: 'Den Angaben nach ist der Kai zu kurz.', expect: { cue: 'nach', speaker: 'Den Angaben' } },
    { text: 'Seiner Ansicht nach ist der Kai zu kurz.', expect: { cue: 'nach', speaker: 'Seiner Ansicht' } },
    { text: 'Ihrer Einschätzung nach hält der Kai noch Jahre.', expect: { cue: 'nach', speaker: 'Ihrer Einschätzung' } },
    // A plural in the dative with its adjectives, and with whose it is.
    { text: 'Ersten Erkenntnissen nach war der Kai marode.', expect: { cue: 'nach', speaker: 'Ersten Erkenntnissen' } },
    { text: 'Der Kai war übereinstimmenden Medienberichten nach marode.', expect: { cue: 'nach', speaker: 'übereinstimmenden Medienberichten' } },
    { text: 'Informationen der Hafenpost nach war der Kai marode.', expect: { cue: 'nach', speaker: 'Informationen der Hafenpost' } },
    { text: 'Aussagen von Zeugen nach fuhr die Fähre zu schnell.', expect: { cue: 'nach', speaker: 'Aussagen von Zeugen' } },
  ],
});
