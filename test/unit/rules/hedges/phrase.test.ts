import { phrase } from '../../../../src/core/rules/hedges/phrase';
import { ruleTester } from '../tester';

ruleTester(phrase).run({
  valid: [
    'Der Kai ist zu kurz.',
    'In dem Bericht steht in der Einleitung, der Kai sei kurz.',
  ],
  invalid: [
    { text: 'Allem Anschein nach ist der Kai zu kurz.', expect: { cue: 'Allem Anschein nach', kind: 'epistemic' } },
    { text: 'Es ist nicht ausgeschlossen, dass der Kai bricht.', expect: { cue: 'nicht ausgeschlossen', kind: 'uncertainty' } },
  ],
});
