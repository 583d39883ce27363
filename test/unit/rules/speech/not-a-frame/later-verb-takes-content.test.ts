import { laterVerbTakesContent } from '../../../../../src/core/rules/speech/guards';
import { ruleTester } from '../../tester';

ruleTester(laterVerbTakesContent).run({
  valid: [
    'Die Lotsin lobte die Mannschaft und verwies auf den Kai.',
  ],
  invalid: [
    { text: 'Die Lotsin lobte die Mannschaft und ergänzte, der Kai sei zu kurz.', expect: { at: 'lobte' } },
  ],
});
