import { innerFrame } from '../../../../src/core/rules/speech/inner-frame';
import { ruleTester } from '../tester';

ruleTester(innerFrame).run({
  valid: [
    'Der Kai ist zu kurz.',
  ],
  invalid: [
    { text: 'Der Kai ist nach Angaben der Lotsen zu kurz.', expect: { content: 'Der Kai ist nach Angaben der Lotsen zu kurz', cue: 'nach Angaben' } },
  ],
});
