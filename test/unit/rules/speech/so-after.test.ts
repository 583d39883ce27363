import { soAfter } from '../../../../src/core/rules/speech/so-after';
import { ruleTester } from '../tester';

ruleTester(soAfter).run({
  valid: [
    'Der Kai ist kurz, so kurz wie nie.',
  ],
  invalid: [
    { text: 'Der Kai sei zu kurz, so die Lotsin.', expect: { content: 'Der Kai sei zu kurz', cue: 'so', speaker: 'die Lotsin' } },
    { text: 'Der Kai sei, so die Lotsin, zu kurz.', expect: { content: 'Der Kai sei, so die Lotsin, zu kurz', cue: 'so', speaker: 'die Lotsin' } },
  ],
});
