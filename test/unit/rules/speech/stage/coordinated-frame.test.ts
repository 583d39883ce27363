// A stage: a main clause joined by „und“ with a subject and a frame of its own, or a verb of saying
// sharing the subject with content of its own, starts speech of its own; tested by switching it off.
import { ruleTester } from '../../tester';

ruleTester('speech/stage/coordinated-frame').run({
  valid: [
    'Die Lotsin sagte, der Kai sei zu kurz.',
    // A frame in Konjunktiv is the first speaker's report.
    'Die Lotsin sagte, der Kai sei zu kurz, und der Kapitän habe erklärt, das Wasser sei zu flach.',
    // „wir“ in the joined clause goes on speaking; so do the words after a colon.
    'Der Kapitän sagte, der Kai sei zu kurz, und wir fordern die Reederei auf, ihn zu verlängern.',
    'Die Lotsin sagte im Hafen: Der Kai ist kurz, und er will die Reederei wissen lassen, wie kurz er ist.',
    // A „so X“ after its content frames the whole sentence.
    'Der Kai sei zu kurz, so die Lotsin, doch das Wasser sei tief genug, so der Kapitän.',
  ],
  invalid: [
    { text: 'Bremen kündigte an, den Hafen auszubauen, und Hamburg sagte, die Elbe werde vertieft.', expect: { content: 'die Elbe werde vertieft', cue: 'sagte', speaker: 'Hamburg' } },
    // The first speech ends before the joined clause.
    { text: 'Die Lotsin sagte, der Kai sei zu kurz, und der Kapitän erklärte, das Wasser sei zu flach.', expect: { content: 'der Kai sei zu kurz', cue: 'sagte', speaker: 'Die Lotsin' } },
    // A verb of saying without a subject of its own shares the first one, and frames its own content.
    { text: 'Die Lotsin sagte, der Kai sei zu kurz, und forderte, ihn zu verlängern.', expect: { content: 'ihn zu verlängern', cue: 'forderte', speaker: 'Die Lotsin' } },
    // Also after a frame that follows its content.
    { text: 'Der Kai sei zu kurz, sagte die Lotsin, und der Kapitän meinte, das Wasser sei zu flach.', expect: { content: 'das Wasser sei zu flach', cue: 'meinte', speaker: 'der Kapitän' } },
  ],
});
