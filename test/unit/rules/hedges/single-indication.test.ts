import { singleIndication } from '../../../../src/core/rules/hedges/belief-constructions';
import { ruleTester } from '../tester';

ruleTester(singleIndication).run({
  valid: [
    // A notice, a tip, a remark, or a boosted indication.
    'Die Lotsin gab den Hinweis auf das neue Fahrwasser.',
    'Die Lotsin bekam einen Hinweis.',
    'Mit dem Hinweis auf das Wetter sagte die Reederei ab.',
    'Ein eindeutiger Hinweis auf Schlamperei fehlt.',
  ],
  invalid: [
    { text: 'Der Riss ist ein Hinweis auf Schlamperei.', expect: { cue: 'Hinweis', kind: 'belief' } },
    { text: 'Die Hafenpolizei hat keinen Hinweis darauf, dass der Kapitän getrunken hat.', expect: { cue: 'Hinweis', kind: 'belief' } },
    { text: 'Ein erster Hinweis darauf kam aus Kiel.', expect: { cue: 'Hinweis', kind: 'belief' } },
  ],
});
