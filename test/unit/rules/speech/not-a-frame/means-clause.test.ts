import { meansClause } from '../../../../../src/core/rules/speech/guards';
import { ruleTester } from '../../tester';

ruleTester(meansClause).run({
  valid: [
    'Die Lotsin begründete die Sperrung damit, dass der Kai bröckle.',
    'Roth glaubt, dass der Kai dadurch sicherer wird.',
  ],
  invalid: [
    { text: 'Ruhe finden die Fischer dadurch, dass sie früh auslaufen.', expect: { at: 'finden' } },
    { text: 'Die Lotsin überzeugte die Reederei dadurch, dass sie Messwerte vorlegte.', expect: { at: 'überzeugte' } },
  ],
});
