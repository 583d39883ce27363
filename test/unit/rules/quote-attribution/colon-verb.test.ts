import { colonVerb } from '../../../../src/core/rules/quote-attribution/colon-verb';
import { ruleTester } from '../tester';

ruleTester(colonVerb).run({
  valid: [
    'Hafenpolitik: „Wir bleiben.“',
    '„Wir bleiben“, sagte die Lotsin.',
  ],
  invalid: [
    { text: 'Die Lotsin sagte am Montag: „Wir bleiben.“', expect: { cue: 'sagte', speaker: 'Die Lotsin' } },
    { text: 'Am Abend erklärte der Hafenmeister: „Der Kai ist sicher.“', expect: { cue: 'erklärte', speaker: 'der Hafenmeister' } },
  ],
});
