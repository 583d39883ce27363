import { pointingSentence } from '../../../../src/core/rules/speech/pointing-sentence';
import { ruleTester } from '../tester';

ruleTester(pointingSentence).run({
  valid: [
    // A thing after the verb is no source; a particle closing the sentence makes another verb.
    'Der Kai ist marode. So sieht es heute der Hafen aus.',
    'Der Kai ist marode. So sieht es der Vertrag mit der Stadt vor.',
    'Der Kai ist marode. Zu diesem Ergebnis kommt es selten.',
    'So sieht es die Polizei.',
  ],
  invalid: [
    { text: 'Der Kai ist marode. So sieht es zumindest die Polizei.', expect: { content: 'Der Kai ist marode', cue: 'sieht es', speaker: 'die Polizei' } },
    { text: 'Der Kai ist marode. Zu diesem Ergebnis kommt ein Gutachten der Stadt.', expect: { content: 'Der Kai ist marode', cue: 'Zu diesem Ergebnis kommt', speaker: 'ein Gutachten der Stadt' } },
    { text: 'Die Fähre fällt aus. Zum selben Schluss gelangte die Hafenmeisterin.', expect: { content: 'Die Fähre fällt aus', speaker: 'die Hafenmeisterin' } },
    { text: 'Der Kai sei marode. So steht es in einem Bericht der Reederei.', expect: { content: 'Der Kai sei marode', speaker: 'einem Bericht der Reederei' } },
  ],
});
