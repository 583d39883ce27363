import { wieBerichtet } from '../../../../../src/core/rules/speech/guards';
import { ruleTester } from '../../tester';

ruleTester(wieBerichtet).run({
  valid: [
    // A subject makes it a frame: someone reported it.
    'Wie die Hafenzeitung berichtet, schließt die Werft im Mai.',
    'Wie sie berichtet, schließe die Werft im Mai.',
    'Wie die Gilde erwartet, schließt die Werft im Mai.',
  ],
  invalid: [
    { text: 'Die Werft hatte, wie berichtet, im Mai Insolvenz angemeldet.', expect: { at: 'berichtet' } },
    { text: 'Wie bereits gemeldet, schließt die Werft im Mai.', expect: { at: 'gemeldet' } },
    // What came was foreseen: „wie erwartet“, „wie befürchtet“.
    { text: 'Wie erwartet, gewann die Reederei den Streit.', expect: { at: 'erwartet' } },
    { text: 'Wie befürchtet schließt die Werft im Mai: Die Aufträge fehlen.', expect: { at: 'befürchtet' } },
  ],
});
