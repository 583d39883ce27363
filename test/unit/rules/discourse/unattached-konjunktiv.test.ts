// Decides across sentences: tested by switching it off (the Konjunktiv II sentence is speech then).
import { ruleTester } from '../tester';

ruleTester('discourse/unattached-konjunktiv').run({
  valid: [
    'Die Lotsin sagte, der Kai sei zu kurz. Er wäre sonst sicher.',
    // A reportive „soll“ after a speaker continues that speaker.
    'Die Lotsin sagte, der Kai sei zu kurz. Ein Kapitän soll dort schon aufgelaufen sein.',
  ],
  invalid: [
    { text: 'Der Kai ist alt. Im Winter wäre er sicher.', expect: { content: '(no speech)' } },
    // Before any speaker, a reportive „soll“ sentence is the author's (its hedge stays).
    { text: 'Ein Kapitän soll am Kai aufgelaufen sein. Der Kai ist alt.', expect: { content: '(no speech)' } },
  ],
});
