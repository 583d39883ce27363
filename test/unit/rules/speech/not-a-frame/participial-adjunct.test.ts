import { participialAdjunct } from '../../../../../src/core/rules/speech/guards';
import { ruleTester } from '../../tester';

ruleTester(participialAdjunct).run({
  valid: [
    // With its auxiliary the participle is the predicate and frames: fronted for emphasis.
    'Gefragt wurde im Hafenrat, ob der Kai hält.',
    'Angekündigt hat die Reederei, dass der Kai gesperrt wird.',
    // A participle with no verb of saying after it stays the frame.
    'Gefragt nach dem Kai, schwieg die Lotsin.',
    // A preterite that looks like a participle („bestritt“, „bestätigt“) after its subject frames a
    // zu-infinitive whose own participle is a verb of saying.
    'Jan Ohm bestritt, die Pläne gelobt zu haben.',
    'Die Lotsin bestätigt, den Kai gemeldet zu haben.',
  ],
  invalid: [
    { text: 'Gefragt nach dem Kai, sagte die Lotsin, er sei zu kurz.', expect: { at: 'Gefragt' } },
    { text: 'Danach gefragt sagte der Hafenmeister, dass der Kai zu kurz sei.', expect: { at: 'gefragt' } },
    { text: 'Nach den Kosten gefragt, erklärte die Lotsin, sie seien gestiegen.', expect: { at: 'gefragt' } },
  ],
});
