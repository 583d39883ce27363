import { infinitiveAtEnd } from '../../../../../src/core/rules/speech/guards';
import { ruleTester } from '../../tester';

ruleTester(infinitiveAtEnd).run({
  valid: [
    'Es war ihr wichtig zu betonen, dass unser Kai hält.',
  ],
  invalid: [
    { text: 'Der Kai ist als sicher zu bewerten.', expect: { at: 'bewerten' } },
  ],
});
