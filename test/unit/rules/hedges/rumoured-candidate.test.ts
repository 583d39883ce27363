import { rumouredCandidate } from '../../../../src/core/rules/hedges/belief-constructions';
import { ruleTester } from '../tester';

ruleTester(rumouredCandidate).run({
  valid: [
    'Die Reederei hat schnell gehandelt.',
    'Im Gespräch mit der Hafenpost lobte die Lotsin den Kai.',
  ],
  invalid: [
    { text: 'Die Lotsin wird als Nachfolgerin der Hafenmeisterin gehandelt.', expect: { cue: 'gehandelt', kind: 'vague_source' } },
    { text: 'Der Kapitän ist als Hafenmeister im Gespräch.', expect: { cue: 'im Gespräch', kind: 'vague_source' } },
  ],
});
