import { nounBeforeNach } from '../../../../src/core/rules/source-frame/noun-before-nach';
import { ruleTester } from '../tester';

ruleTester(nounBeforeNach).run({
  valid: [
    'Die Preise gehen nach oben.',
    'Die Fähre fährt nach Norden.',
  ],
  invalid: [
    { text: 'Dem Vernehmen nach wird der Kai verlängert.', expect: { cue: 'nach', speaker: 'Dem Vernehmen' } },
    { text: 'Den Angaben nach ist der Kai zu kurz.', expect: { cue: 'nach', speaker: 'Den Angaben' } },
  ],
});
