// A stage: a relative clause on the source of „so X“ is read as a sentence of its own, and its frame
// starts speech of its own; tested by switching it off.
import { ruleTester } from '../../tester';

ruleTester('speech/stage/source-relative-clause').run({
  valid: [
    'Der Kai sei zu kurz, so Celik, die den Hafenverein seit Jahren führt.',
    // An apposition is no relative clause.
    'Der Kai sei zu kurz, so Celik, Chefin des Hafenvereins.',
  ],
  invalid: [
    { text: 'Der Kai sei zu kurz, so Celik, die auch angab, dass die Stadt nichts tue.', expect: { content: 'dass die Stadt nichts tue', cue: 'angab', speaker: 'die' } },
    { text: 'Die Fähre habe oft Verspätung, so der Kapitän, der zudem erklärte, die Reederei spare am Personal.', expect: { content: 'die Reederei spare am Personal', cue: 'erklärte', speaker: 'der' } },
  ],
});
