import { answersQuestion } from '../../../../src/core/rules/discourse/rules';
import { ruleTester } from '../tester';

ruleTester(answersQuestion).run({
  valid: [
    // A question the speaker puts without a verb of asking may be answered by the speaker.
    'Der Hafenmeister sagte: „Wer soll das bezahlen?“ „Niemand will das.“',
    // A statement before is no question.
    '„Der Umbau dauert zwei Jahre“, sagte die Lotsin. „Dann ist er fertig.“',
    // Another sentence between: no answer right after.
    '„Wie lange dauert der Umbau?“, fragte die Reporterin. Der Hafenmeister zögerte lange. „Zwei Jahre.“',
  ],
  invalid: [
    // The one asked answers: the other side of the dialogue before the question.
    { text: '„Was kostet der Umbau?“, fragte die Reporterin Eva Roth. „Das weiß noch niemand“, sagte Hafenmeister Jan Ohm. „Wann beginnt er?“, fragte Roth. „Im Mai.“', expect: { content: '„Im Mai.“', speaker: 'Jan Ohm' } },
    // No one answered before: the answer stays without a speaker rather than going to the asker.
    { text: '„Wie lange dauert der Umbau?“, fragte die Reporterin. „Zwei Jahre.“', expect: { content: '„Zwei Jahre.“', speaker: null } },
  ],
});
