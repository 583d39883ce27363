import { loneQuoteContinues } from '../../../../src/core/rules/discourse/rules';
import { ruleTester } from '../tester';

ruleTester(loneQuoteContinues).run({
  valid: [
    '„Wir bleiben“, sagte die Lotsin.',
    // Someone else acting in the sentence between ends the chain.
    '„Wir bleiben“, sagte die Lotsin Ida Brandt. Der Hafenmeister Jan Ohm schüttelte den Kopf. „Der Kai reicht völlig.“',
  ],
  invalid: [
    { text: '„Wir bleiben“, sagte die Lotsin Ida Brandt. „Der Kai ist unsere Zukunft.“', expect: { content: '„Der Kai ist unsere Zukunft.“', speaker: 'Ida Brandt' } },
  ],
});
