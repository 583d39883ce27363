import { frontedExclusion } from '../../../../src/core/rules/hedges/belief-constructions';
import { ruleTester } from '../tester';

ruleTester(frontedExclusion).run({
  valid: [
    // Excluded for certain, or a verb that opens no main clause of its own.
    'Der Rechtsweg ist ausgeschlossen.',
    'Ausschließen kann man einen Riss im Kai.',
    'Die Lotsin auszuschließen, war nicht klug.',
  ],
  invalid: [
    { text: 'Auszuschließen ist das nicht.', expect: { cue: 'Auszuschließen ist das nicht', kind: 'uncertainty' } },
    { text: 'Völlig auszuschließen war ein Riss im Kai nicht.', expect: { cue: 'auszuschließen war ein Riss im Kai nicht', kind: 'uncertainty' } },
    { text: 'Ausschließen wollte die Reederei einen Verkauf der Fähre nicht.', expect: { cue: 'Ausschließen wollte die Reederei einen Verkauf der Fähre nicht', kind: 'uncertainty' } },
  ],
});
