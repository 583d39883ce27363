import { loneQuoteTopic } from '../../../../src/core/rules/discourse/rules';
import { ruleTester } from '../tester';

ruleTester(loneQuoteTopic).run({
  valid: [
    '„Wir bleiben“, sagte die Lotsin.',
  ],
  invalid: [
    { text: 'Hafenpolitik: Die Hafenbehörde will am Kai festhalten. „Wir wollen einen sicheren Hafen.“', expect: { speaker: 'Hafenbehörde' } },
    { text: '„Wir bleiben“, sagte die Lotsin Ida Brandt. Der Hafenmeister Jan Ohm schüttelte den Kopf. „Der Kai reicht völlig.“', expect: { content: '„Der Kai reicht völlig.“', speaker: 'Jan Ohm' } },
  ],
});
