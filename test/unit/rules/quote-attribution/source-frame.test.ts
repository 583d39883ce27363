import { sourceFrame } from '../../../../src/core/rules/quote-attribution/source-frame';
import { ruleTester } from '../tester';

ruleTester(sourceFrame).run({
  valid: [
    'Der „Deal“ ist geplatzt.',
  ],
  invalid: [
    { text: 'Laut der Lotsin ist der Kai „viel zu kurz“.', expect: { cue: 'Laut', speaker: 'der Lotsin' } },
    { text: 'Der Kai ist dem Gutachten zufolge „nicht sicher“.', expect: { cue: 'zufolge', speaker: 'dem Gutachten' } },
  ],
});
