import { inRelativeClauseGuard } from '../../../../../src/core/rules/speech/guards';
import { ruleTester } from '../../tester';

ruleTester(inRelativeClauseGuard).run({
  valid: [
    'Ein Lotse, den die Hafenpost zitiert, ist zu jung.',
  ],
  invalid: [
    { text: 'Ein Lotse, den die Hafenpost zitiert, erklärte, der Kai sei zu kurz.', expect: { at: 'zitiert' } },
    // „was“ after the pronoun it refers to opens a relative clause too.
    { text: 'All das, was die Reederei ankündigt, ist nie bezahlbar, glaubt die Lotsin.', expect: { at: 'ankündigt' } },
  ],
});
