import { closingWieFollows } from '../../../../../src/core/rules/speech/guards';
import { ruleTester } from '../../tester';

ruleTester(closingWieFollows).run({
  valid: [
    // A „wie“ clause whose verb says nothing is the content: how it was done.
    'Die Lotsin schilderte, wie die Fähre den Kai rammte.',
    'Die Reederei wird die Strecke einstellen, wie sie am Freitag mitteilte.',
  ],
  invalid: [
    { text: 'Die Lotsen werden am Montag über die Schäden informieren, wie sie am Freitag ankündigten.', expect: { at: 'informieren' } },
    { text: 'Stadt und Reederei haben einen neuen Fahrplan vereinbart, wie das Hafenamt mitteilte.', expect: { at: 'vereinbart' } },
  ],
});
