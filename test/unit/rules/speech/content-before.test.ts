import { contentBefore } from '../../../../src/core/rules/speech/content-before';
import { ruleTester } from '../tester';

ruleTester(contentBefore).run({
  valid: [
    'Die Lotsin Anna Roth, lobte die Mannschaft.',
  ],
  invalid: [
    { text: 'Der Kai sei zu kurz, sagte die Lotsin.', expect: { content: 'Der Kai sei zu kurz', cue: 'sagte', speaker: 'die Lotsin' } },
    { text: 'Der Kai ist zu kurz, hatte die Lotsin im Mai gesagt.', expect: { content: 'Der Kai ist zu kurz', cue: 'gesagt' } },
  ],
});
