import { beliefVerb } from '../../../../src/core/rules/hedges/word';
import { ruleTester } from '../tester';

ruleTester(beliefVerb).run({
  valid: [
    'Sie stärkt den Glauben an den Hafen.',
  ],
  invalid: [
    { text: 'Die Lotsen vermuten einen Schaden.', expect: { cue: 'vermuten', kind: 'belief' } },
    { text: 'Im Hafen munkelt man, die Werft schließe.', expect: { cue: 'munkelt', kind: 'belief' } },
    { text: 'Beobachter meinen, der Kai sei zu kurz.', expect: { cue: 'meinen', kind: 'vague_source' } },
  ],
});
