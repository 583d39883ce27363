import { worryThat } from '../../../../src/core/rules/hedges/belief-constructions';
import { ruleTester } from '../tester';

ruleTester(worryThat).run({
  valid: [
    // Taking care and seeing to it are no worries.
    'Die Lotsin sorgt für Ordnung am Kai.',
    'Die Lotsin sorgt dafür, dass der Kai hält.',
    // A worry about a thing, without the event it fears, weighs no chance.
    'Die Lotsin zeigte sich besorgt über den Kai.',
  ],
  invalid: [
    { text: 'Die Lotsen sorgen sich, dass der Kai bricht.', expect: { cue: 'sorgen', kind: 'belief' } },
    { text: 'Die Lotsin ist besorgt, dass der Kai bricht.', expect: { cue: 'besorgt' } },
    // With an unnamed group as subject the worry is a vague source's.
    { text: 'Fachleute sorgen sich, dass eine Fähre ausfällt.', expect: { cue: 'sorgen', kind: 'vague_source' } },
  ],
});
