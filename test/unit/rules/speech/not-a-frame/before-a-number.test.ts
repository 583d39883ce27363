import { participleBeforeNumber } from '../../../../../src/core/rules/speech/guards';
import { ruleTester } from '../../tester';

ruleTester(participleBeforeNumber).run({
  valid: [
    // A participle with its content still frames.
    'Die Lotsen haben geschätzt, dass 100 Fähren fehlen.',
    'Die Reederei hat angekündigt 25 neue Fähren zu bauen.',
  ],
  invalid: [
    { text: 'Bis zum Ende in geschätzt 100 Jahren werden so viele Fähren gebaut, wie es heute gibt.', expect: { at: 'geschätzt' } },
  ],
});
