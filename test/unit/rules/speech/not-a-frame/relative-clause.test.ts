import { inRelativeClauseGuard } from '../../../../../src/core/rules/speech/guards';
import { ruleTester } from '../../tester';

ruleTester(inRelativeClauseGuard).run({
  valid: [
    'Ein Lotse, den die Hafenpost zitiert, ist zu jung.',
  ],
  invalid: [
    { text: 'Ein Lotse, den die Hafenpost zitiert, erklärte, der Kai sei zu kurz.', expect: { at: 'zitiert' } },
  ],
});
