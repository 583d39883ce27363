// A stage: quoted words governed by the verb of reported speech are what was said, and the
// reported span around them goes; tested by switching it off.
import { ruleTester } from '../../tester';

ruleTester('speech/stage/fragment-not-swallowed').run({
  valid: [
    'Die Lotsin forderte Konsequenzen.',
    'Die Lotsin sagte, der Kai sei „viel zu kurz“.',
  ],
  invalid: [
    { text: 'Der Minister forderte eine „Entlastung der Kommunen“.', expect: { type: 'direct', content: '„Entlastung der Kommunen“', speaker: 'Der Minister' } },
  ],
});
