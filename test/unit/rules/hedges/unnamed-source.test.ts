import { unnamedSource } from '../../../../src/core/rules/hedges/belief-constructions';
import { ruleTester } from '../tester';

ruleTester(unnamedSource).run({
  valid: [
    // Districts are no circles of people; „aus“ before a place or a thing names no source.
    'In drei Landkreisen fiel der Strom aus.',
    'Die Fähre kam aus Kiel.',
    'Die Lotsin stieg aus dem Boot.',
  ],
  invalid: [
    { text: 'Aus Regierungskreisen verlautete, der Hafen werde verkauft.', expect: { cue: 'Aus Regierungskreisen', kind: 'vague_source' } },
    { text: 'Wie aus gut unterrichteten Kreisen zu hören war, schließt der Hafen.', expect: { cue: 'aus gut unterrichteten Kreisen' } },
    { text: 'Sicherheitskreisen zufolge wurde der Kai gesperrt.', expect: { cue: 'Sicherheitskreisen zufolge' } },
    { text: 'Einer Quelle zufolge fehlen zwei Millionen Euro.', expect: { cue: 'Quelle zufolge' } },
  ],
});
