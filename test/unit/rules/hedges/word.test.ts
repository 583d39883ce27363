import { hedgeWord } from '../../../../src/core/rules/hedges/word';
import { ruleTester } from '../tester';

ruleTester(hedgeWord).run({
  valid: [
    'Der Kai ist zu kurz.',
    'Das Wohl der Lotsen zählt.',
  ],
  invalid: [
    { text: 'Der Kai ist vermutlich zu kurz.', expect: { cue: 'vermutlich', kind: 'epistemic' } },
    { text: 'Die Lotsin soll den Kai beschädigt haben.', expect: { cue: 'soll', kind: 'reportive' } },
  ],
});
