// Decides across sentences: tested by switching it off (the Konjunktiv II sentence is speech then).
import { ruleTester } from '../tester';

ruleTester('discourse/unattached-konjunktiv').run({
  valid: [
    'Die Lotsin sagte, der Kai sei zu kurz. Er wäre sonst sicher.',
  ],
  invalid: [
    { text: 'Der Kai ist alt. Im Winter wäre er sicher.', expect: { content: '(no speech)' } },
  ],
});
