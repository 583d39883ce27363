import { perceivingBeforeColon } from '../../../../../src/core/rules/speech/guards';
import { ruleTester } from '../../tester';

ruleTester(perceivingBeforeColon).run({
  valid: [
    // A finite verb of opinion before a colon frames what follows.
    'Roth findet: Der Kai ist zu kurz.',
    'Die Lotsin sieht es nüchtern: Der Kai hält noch zehn Jahre.',
    // A zu-infinitive of saying still frames; so does a verb of thinking with a dass clause.
    'Es ist leicht zu sagen: Der Kai ist zu kurz.',
    'Im Hafen erwartet man allgemein, dass der Reeder gewinnt.',
  ],
  invalid: [
    // Seeing, awaiting and finding are no opinion.
    { text: 'Man muss sich bücken, um das Bild zu sehen: Darin liegt der Reiz.', expect: { at: 'sehen' } },
    { text: 'Bis zu 500 Lotsen werden heute im Hafen erwartet: Die Gilde hat alle eingeladen.', expect: { at: 'erwartet' } },
    { text: 'Die Gilde fand ihn in Jan Roth: Der Lotse war parteilos.', expect: { at: 'fand' } },
    { text: 'Es gibt viele Fehler, die sich auf jeder Seite finden: ein Komma hier, ein Punkt dort.', expect: { at: 'finden' } },
  ],
});
