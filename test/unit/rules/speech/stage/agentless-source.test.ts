// A stage: an agentless frame takes the body acting in the sentence before; tested by switching it off.
import { ruleTester } from '../../tester';

ruleTester('speech/stage/agentless-source').run({
  valid: [
    'Die Lotsin sagte, der Kai sei zu kurz.',
  ],
  invalid: [
    { text: 'Die Hafenkommission tagte am Montag. Kritisiert wird, dass der Kai zu kurz ist.', expect: { speaker: 'Die Hafenkommission' } },
  ],
});
