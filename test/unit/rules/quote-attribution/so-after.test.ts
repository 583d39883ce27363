import { soAfter } from '../../../../src/core/rules/quote-attribution/so-after';
import { ruleTester } from '../tester';

ruleTester(soAfter).run({
  valid: [
    '„Wir bleiben“, so sagte es die Lotsin.',
    '„Wir bleiben hier“, sagte die Lotsin.',
    // „So oder so ähnlich …“ opens no source.
    '„Wie ein Sturm im Hafen“ – So oder so ähnlich klang es in den Zeitungen.',
  ],
  invalid: [
    { text: '„Wir bleiben hier“, so die Lotsin Ida Brandt.', expect: { cue: 'so', speaker: 'die Lotsin Ida Brandt' } },
    { text: '„Wir bleiben hier“, so etwa zwei Lotsen aus Kiel.', expect: { cue: 'so', speaker: 'zwei Lotsen' } },
    { text: '„Der Kai ist zu kurz.“ so das Fazit der Reederei.', expect: { cue: 'so', speaker: 'das Fazit der Reederei' } },
  ],
});
