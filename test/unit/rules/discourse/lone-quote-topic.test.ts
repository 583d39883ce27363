import { loneQuoteTopic } from '../../../../src/core/rules/discourse/rules';
import { ruleTester } from '../tester';

ruleTester(loneQuoteTopic).run({
  valid: [
    '„Wir bleiben“, sagte die Lotsin.',
  ],
  invalid: [
    { text: 'Hafenpolitik: Die Hafenbehörde will am Kai festhalten. „Wir wollen einen sicheren Hafen.“', expect: { speaker: 'Hafenbehörde' } },
  ],
});
