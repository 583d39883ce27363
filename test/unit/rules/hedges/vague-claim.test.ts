import { vagueClaim } from '../../../../src/core/rules/hedges/belief-constructions';
import { ruleTester } from '../tester';

ruleTester(vagueClaim).run({
  valid: [
    'Die Reederin behauptet, der Kai sei zu kurz.',
    'Der Verein behauptete mit dem Sieg die Tabellenspitze.',
    'Die Fähre musste sich gegen die Brücke behaupten.',
  ],
  invalid: [
    { text: 'Böse Zungen behaupten, die Lotsin wolle Hafenmeisterin werden.', expect: { cue: 'behaupten', kind: 'vague_source' } },
    { text: 'Der Kai ist nicht zu kurz, wie manche behaupteten.', expect: { cue: 'behaupteten', kind: 'vague_source' } },
    { text: 'Es wird behauptet, dass die Werft schließt.', expect: { cue: 'behauptet', kind: 'vague_source' } },
  ],
});
