import { impersonalDrohen } from '../../../../../src/core/rules/speech/guards';
import { ruleTester } from '../../tester';

ruleTester(impersonalDrohen).run({
  valid: [
    'Die Lotsin drohte mit Streik.',
  ],
  invalid: [
    { text: 'Dem Hafen droht ein Chaos.', expect: { at: 'droht' } },
  ],
});
