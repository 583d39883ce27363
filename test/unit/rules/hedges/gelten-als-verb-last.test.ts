import { geltenAlsVerbLast } from '../../../../src/core/rules/hedges/belief-constructions';
import { ruleTester } from '../tester';

ruleTester(geltenAlsVerbLast).run({
  valid: [
    // A rule, a definition or a classification is no reputation.
    'Als Grundsatz soll gelten: Kein Schiff bleibt länger als zwei Tage.',
    'Ein Boot muss 30 Jahre alt sein, um als Oldtimer zu gelten.',
    'Die meisten Lotsen können als erfahren gelten.',
  ],
  invalid: [
    { text: 'Die Lotsin, die als Favoritin gilt, fehlt am Kai.', expect: { cue: 'als Favoritin gilt', kind: 'belief' } },
    { text: 'Der Kai wurde gesperrt, weil er als marode galt.', expect: { cue: 'als marode galt', kind: 'belief' } },
  ],
});
