// A stage: after the content of a frame in a subordinate clause opening the sentence, the main
// clause is read as a sentence of its own; tested by switching it off.
import { ruleTester } from '../../tester';

ruleTester('speech/stage/main-clause-frame').run({
  valid: [
    // A main clause without a frame of its own adds nothing.
    'Nachdem die Ärztin mitgeteilt hatte, dass der Kai gesperrt sei, griff der Hafenmeister zum Telefon.',
    // „Als“ before a role without article is „in the role of“: the frame is the main clause's own.
    'Als Sprecherin sagte sie, der Kai sei zu kurz.',
  ],
  invalid: [
    { text: 'Als die Lotsin sagte, der Kai sei zu kurz, erklärte der Hafenmeister, er sei lang genug.', expect: { content: 'er sei lang genug', cue: 'erklärte', speaker: 'der Hafenmeister' } },
    { text: 'Während die Lotsin erklärte, müde zu sein, räumte der Hafenmeister ein, seit Jahren vom neuen Kai geträumt zu haben.', expect: { content: 'seit Jahren vom neuen Kai geträumt zu haben', cue: 'räumte der Hafenmeister ein', speaker: 'der Hafenmeister' } },
  ],
});
