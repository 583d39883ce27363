import { nicknameMarker } from '../../../../src/core/rules/quote-or-name/nickname-marker';
import { ruleTester } from '../tester';

ruleTester(nicknameMarker).run({
  valid: [
    'Sie sagte „Halt“.',
  ],
  invalid: [
    { text: 'Der so genannte „Hafendeal“ ist geplatzt.', expect: { weight: -4 } },
    { text: 'Die sogenannte „Lotsenrunde“ tagte.', expect: { weight: -4 } },
  ],
});
