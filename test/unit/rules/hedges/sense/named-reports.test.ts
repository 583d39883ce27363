import { ruleTester } from '../../tester';

ruleTester('hedges/sense/named-reports').run({
  valid: [
    'Medienberichten zufolge ist der Kai marode.',
    'Laut Medienberichten wird die Werft verkauft.',
  ],
  invalid: [
    // Reports the text refers to with an article or pronoun are named, no vague source.
    { text: 'Die Frist läuft erst mit den Medienberichten über den maroden Kai.', expect: { at: 'Medienberichten' } },
    { text: 'Die Reederei widersprach diesen Medienberichten am Montag.', expect: { at: 'Medienberichten' } },
  ],
});
