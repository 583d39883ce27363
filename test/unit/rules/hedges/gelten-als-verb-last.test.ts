import { geltenAlsVerbLast } from '../../../../src/core/rules/hedges/belief-constructions';
import { ruleTester } from '../tester';

ruleTester(geltenAlsVerbLast).run({
  valid: [
    // A rule, a definition or a classification is no reputation.
    'Als Grundsatz soll gelten: Kein Schiff bleibt länger als zwei Tage.',
    'Ein Boot muss 30 Jahre alt sein, um als Oldtimer zu gelten.',
    'Die meisten Lotsen können als erfahren gelten.',
    // „als“ that does not open the clause, or opens a clause of time, is no „gelten als“.
    'Als die Fähre kam, galt die alte Regel nicht mehr.',
    'Die Lotsen arbeiten länger als sonst gilt das nicht.',
  ],
  invalid: [
    { text: 'Die Lotsin, die als Favoritin gilt, fehlt am Kai.', expect: { cue: 'als Favoritin gilt', kind: 'belief' } },
    { text: 'Der Kai wurde gesperrt, weil er als marode galt.', expect: { cue: 'als marode galt', kind: 'belief' } },
    // Verb-second with „als“ opening the clause.
    { text: 'Als Favoritin für den Vorsitz der Reederei galt lange die Kapitänin.', expect: { cue: 'Als Favoritin für den Vorsitz der Reederei galt', kind: 'belief' } },
    { text: 'Als Ursache gelten zwei defekte Leitungen.', expect: { cue: 'Als Ursache gelten', kind: 'belief' } },
  ],
});
