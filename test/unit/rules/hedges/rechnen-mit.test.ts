import { rechnenMit } from '../../../../src/core/rules/hedges/belief-constructions';
import { ruleTester } from '../tester';

ruleTester(rechnenMit).run({
  valid: [
    'Die Lotsin rechnet die Kosten aus.',
  ],
  invalid: [
    { text: 'Die Lotsin rechnet mit einem Sturm.', expect: { cue: 'rechnet', kind: 'belief' } },
  ],
});
