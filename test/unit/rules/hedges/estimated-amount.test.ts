import { estimatedAmount } from '../../../../src/core/rules/hedges/belief-constructions';
import { ruleTester } from '../tester';

ruleTester(estimatedAmount).run({
  valid: [
    'Der geschätzte Kollege vom Kai sprach.',
    'Die von der Lotsin geschätzte Stille endete.',
    'Die auf Rosen gebettete und von allen geschätzte Lotsin kam.',
    // Esteem in the predicate.
    'Eine klare Haltung wird im Hafen geschätzt.',
  ],
  invalid: [
    { text: 'Die geschätzten Kosten des Kais steigen.', expect: { cue: 'geschätzten', kind: 'belief' } },
    { text: 'Zum Hafenfest kamen geschätzte 3000 Gäste.', expect: { cue: 'geschätzte' } },
    // A number written as a word is a figure too.
    { text: 'Der Schaden beläuft sich auf geschätzte zwei Millionen Euro.', expect: { cue: 'geschätzte' } },
    // As an adverb before the figure.
    { text: 'Der neue Kai kostet geschätzt zehn Millionen Euro.', expect: { cue: 'geschätzt', kind: 'belief' } },
    // The figure it is put at may stand before it.
    { text: 'Der von den Sanitätern auf gut 60 Jahre geschätzte Lotse wurde gerettet.', expect: { cue: 'geschätzte', kind: 'belief' } },
  ],
});
