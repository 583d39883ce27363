import { beliefVerb } from '../../../../src/core/rules/hedges/word';
import { ruleTester } from '../tester';

ruleTester(beliefVerb).run({
  valid: [
    'Sie stärkt den Glauben an den Hafen.',
    // A dreaded opponent is no feared event: only the listed participles are adjectives of belief.
    'Ein gefürchteter Gegner wartet im Finale.',
    'Ein unerwartetes Angebot kam am Abend.',
  ],
  invalid: [
    { text: 'Die Reederei wittert hinter dem Streik ein Komplott.', expect: { cue: 'wittert', kind: 'belief' } },
    { text: 'Die Lotsen vermuten einen Schaden.', expect: { cue: 'vermuten', kind: 'belief' } },
    { text: 'Im Hafen munkelt man, die Werft schließe.', expect: { cue: 'munkelt', kind: 'belief' } },
    // A stem in -el without its e: „ich bezweifle“, Konjunktiv „sie zweifle“.
    { text: 'Ich bezweifle, dass der Kai reicht.', expect: { cue: 'bezweifle', kind: 'belief' } },
    // The participle as an adjective, also in the forms that are no past tense (-es, -er, -em).
    { text: 'Ein vermutetes Leck hält die Fähre im Hafen.', expect: { cue: 'vermutetes', kind: 'belief' } },
    { text: 'Ein kolportiertes Honorar sorgt im Rathaus für Ärger.', expect: { cue: 'kolportiertes', kind: 'belief' } },
    { text: 'Mit befürchtetem Chaos rechnet am Kai niemand mehr.', expect: { cue: 'befürchtetem', kind: 'belief' } },
    { text: 'Beobachter meinen, der Kai sei zu kurz.', expect: { cue: 'meinen', kind: 'vague_source' } },
  ],
});
