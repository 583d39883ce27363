import { vonEtwasAusgehen } from '../../../../src/core/rules/hedges/belief-constructions';
import { ruleTester } from '../tester';

ruleTester(vonEtwasAusgehen).run({
  valid: [
    'Die Lotsin geht zum Kai.',
  ],
  invalid: [
    { text: 'Die Lotsin geht von einem Schaden aus.', expect: { cue: 'geht', kind: 'belief' } },
  ],
});
