import { fragmentInSpeech } from '../../../../src/core/rules/discourse/rules';
import { ruleTester } from '../tester';

ruleTester(fragmentInSpeech).run({
  valid: [
    '„Wir bleiben“, sagte die Lotsin.',
    // A lone quote in a sentence of its own stands in no speech.
    'Die Lotsin Ida Brandt sagte, sie komme. „Der Kai reicht.“',
  ],
  invalid: [
    // Framed speech without a source: the fragments take its cue and no earlier speaker.
    { text: 'Die Lotsin Ida Brandt sagte am Morgen, der Kai sei zu kurz. Am Abend wurde der Hafen gesperrt. Später hieß es, „drei Kräne“ seien defekt und „zwei Schlepper“ beschädigt.', expect: { content: '„drei Kräne“', speaker: null, cue: 'hieß es' } },
    { text: 'Später hieß es aus dem Rathaus, „drei Kräne“ seien defekt und „zwei Schlepper“ beschädigt.', expect: { content: '„drei Kräne“', speaker: 'Rathaus', cue: 'hieß es' } },
  ],
});
