import { mannerOfSaying } from '../../../../../src/core/rules/speech/guards';
import { ruleTester } from '../../tester';

ruleTester(mannerOfSaying).run({
  valid: [
    // With its auxiliary and subject the participle frames.
    'Der Lotse hat gesagt: Der Kai ist zu kurz.',
    'Vor allem wird kritisiert, dass der Kai zu kurz ist.',
    // An aside in commas inside the content leaves the frame before it alone.
    'Der Lotse sagte, ehrlich gesagt sei der Kai zu kurz.',
  ],
  invalid: [
    { text: 'Kurz gesagt: Der Kai ist zu kurz.', expect: { at: 'gesagt' } },
    { text: 'Anders ausgedrückt: Die Fähre kommt nie pünktlich.', expect: { at: 'ausgedrückt' } },
    { text: 'Ganz ehrlich gesagt, die Fähre ist zu langsam.', expect: { at: 'gesagt' } },
  ],
});
