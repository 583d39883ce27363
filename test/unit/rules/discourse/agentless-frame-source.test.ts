import { agentlessFrameSource } from '../../../../src/core/rules/discourse/rules';
import { ruleTester } from '../tester';

ruleTester(agentlessFrameSource).run({
  valid: [
    'Die Lotsin sagte, der Kai sei zu kurz.',
  ],
  invalid: [
    { text: 'Die Hafenkommission tagte am Montag. Kritisiert wird, dass der Kai zu kurz ist.', expect: { speaker: 'Hafenkommission' } },
  ],
});
