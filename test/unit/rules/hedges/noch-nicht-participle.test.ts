import { nochNichtParticiple } from '../../../../src/core/rules/hedges/belief-constructions';
import { ruleTester } from '../tester';

ruleTester(nochNichtParticiple).run({
  valid: [
    'Die Fähre ist noch nicht da.',
    'Die Lotsin kam noch nicht zum Kai.',
    // A thing not yet done is a plain fact; only what is not yet known or settled is open.
    'Der neue Kai ist noch nicht fertiggestellt.',
    'Die Rechnung für den Kai wurde noch nicht bezahlt.',
  ],
  invalid: [
    { text: 'Die Ursache ist noch nicht geklärt.', expect: { cue: 'noch nicht geklärt', kind: 'uncertainty' } },
    { text: 'Wer den Kai bezahlt, ist noch nicht entschieden.', expect: { cue: 'noch nicht entschieden', kind: 'uncertainty' } },
    { text: 'Der Schaden ist noch nicht abschließend beziffert.', expect: { cue: 'noch nicht abschließend beziffert', kind: 'uncertainty' } },
    { text: 'Der Fahrer ist noch nicht identifiziert.', expect: { cue: 'noch nicht identifiziert', kind: 'uncertainty' } },
  ],
});
