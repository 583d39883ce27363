import { agentlessFrameSource } from '../../../../src/core/rules/discourse/rules';
import { ruleTester } from '../tester';

ruleTester(agentlessFrameSource).run({
  valid: [
    'Die Lotsin sagte, der Kai sei zu kurz.',
    // An impersonal frame with „es“ leaves its source open: hearsay, not the body before.
    'Die Hafenkommission tagte am Montag. Es wurde schon länger vermutet, dass der Kai zu kurz ist.',
    'Die Hafenkommission tagte am Montag. Der Kai sei zu kurz, hieß es.',
  ],
  invalid: [
    { text: 'Die Hafenkommission tagte am Montag. Kritisiert wird, dass der Kai zu kurz ist.', expect: { speaker: 'Hafenkommission' } },
  ],
});
