import { frameFollows } from '../../../../../src/core/rules/speech/guards';
import { ruleTester } from '../../tester';

ruleTester(frameFollows).run({
  valid: [
    'Wie die Lotsin erklärte, sieht die Reederei das anders.',
  ],
  invalid: [
    { text: 'Die Frage ist, wie gut die Lotsen informiert sind, erklärte die Hafenmeisterin.', expect: { at: 'informiert' } },
  ],
});
