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
  ],
  invalid: [
    { text: 'Dem Vernehmen nach wird der Kai verlängert.', expect: { cue: 'nach', speaker: 'Dem Vernehmen' } },
    { text: 'Den Angaben nach ist der Kai zu kurz.', expect: { cue: 'nach', speaker: 'Den Angaben' } },
    { text: 'Seiner Ansicht nach ist der Kai zu kurz.', expect: { cue: 'nach', speaker: 'Seiner Ansicht' } },
    { text: 'Ihrer Einschätzung nach hält der Kai noch Jahre.', expect: { cue: 'nach', speaker: 'Ihrer Einschätzung' } },
  ],
});
