import { carrier } from '../../../../src/core/rules/quote-attribution/carrier';
import { ruleTester } from '../tester';

ruleTester(carrier).run({
  valid: [
    // A verb of saying in the sentence is left to its own rules.
    'Die Lotsin sagte „Rettet den Kai“.',
    // An inscription on something that carries no written words: no carrier.
    'Die Lotsen kamen mit der Aufschrift „Rettet den Kai“ nicht weit.',
    // A slogan or message needs a carrier noun before it.
    'Die Lotsen zogen mit der Parole „Rettet den Kai“ durch die Stadt.',
  ],
  invalid: [
    { text: 'Die Lotsen trugen Banner mit der Aufschrift „Rettet den Kai“ durch die Stadt.', expect: { cue: 'mit der Aufschrift', speaker: 'Banner' } },
    // An inscription makes whatever bears it a carrier.
    { text: 'Über dem Hafen stieg ein Fesselballon mit der Aufschrift „Rettet den Kai“ auf.', expect: { cue: 'mit der Aufschrift', speaker: 'Fesselballon' } },
    { text: 'Auf dem Hafentransparent stand in großen Lettern „Hände weg vom Kai“.', expect: { cue: 'stand in großen Lettern', speaker: 'dem Hafentransparent' } },
  ],
});
