import { decidedFor } from '../../../../../src/core/rules/speech/guards';
import { ruleTester } from '../../tester';

ruleTester(decidedFor).run({
  valid: [
    'Der Hafenrat hat sich dafür entschieden, den Kai zu sperren.',
    'Der Hafenrat entschied, der Kai werde gesperrt.',
    // Not reflexive: what the court decided follows.
    'Das Gericht entschied im Streit gegen die Reederei, dass die Sperre rechtens sei.',
  ],
  invalid: [
    { text: 'Die Lotsin hat sich für den Kai entschieden, dieser sei aber zu kurz.', expect: { at: 'entschieden' } },
    { text: 'Offenbar hat sich die Lotsin früh für Jan Roth entschieden, der aber noch zögere.', expect: { at: 'entschieden' } },
    { text: 'Der Hafenrat entschied sich gegen einen Neubau, die Kosten seien zu hoch.', expect: { at: 'entschied' } },
  ],
});
