import { loneQuoteContinues } from '../../../../src/core/rules/discourse/rules';
import { ruleTester } from '../tester';

ruleTester(loneQuoteContinues).run({
  valid: [
    '„Wir bleiben“, sagte die Lotsin.',
  ],
  invalid: [
    { text: '„Wir bleiben“, sagte die Lotsin Ida Brandt. „Der Kai ist unsere Zukunft.“', expect: { content: '„Der Kai ist unsere Zukunft.“', speaker: 'Ida Brandt' } },
  ],
});
