import { withheldConfirmation } from '../../../../src/core/rules/hedges/belief-constructions';
import { ruleTester } from '../tester';

ruleTester(withheldConfirmation).run({
  valid: [
    // A ruling or an election not confirmed is no claim left open.
    'Das Landgericht bestätigte das Urteil gegen den Kapitän nicht.',
    // The „nicht“ of the content, not of the confirmation.
    'Die Reederei bestätigte, dass die Fähre am Montag nicht fährt.',
    'Die Reederei bestätigte den Fahrplan.',
  ],
  invalid: [
    { text: 'Die Hafenbehörde bestätigte das bisher aber nicht.', expect: { cue: 'bestätigte das bisher aber nicht', kind: 'uncertainty' } },
    { text: 'Die Reederei bestätigte die Meldung nicht.', expect: { cue: 'bestätigte die Meldung nicht', kind: 'uncertainty' } },
    { text: 'Eine offizielle Bestätigung gab es am Abend noch nicht.', expect: { cue: 'Bestätigung gab es am Abend noch nicht', kind: 'uncertainty' } },
    { text: 'Der Wechsel der Kapitänin wurde weder bestätigt noch dementiert.', expect: { cue: 'weder bestätigt', kind: 'uncertainty' } },
  ],
});
