import { sentenceVerb } from '../../../../src/core/rules/quote-attribution/sentence-verb';
import { ruleTester } from '../tester';

ruleTester(sentenceVerb).run({
  valid: [
    'Der „Deal“ ist geplatzt.',
    'Es drohe „eine Sturmflut“.',
  ],
  invalid: [
    { text: 'Die Lotsin nannte den Kai am Montag „ein Nadelöhr“.', expect: { cue: 'nannte', speaker: 'Die Lotsin' } },
    { text: 'Der Plan sei „völlig überhastet“, betonte der Hafenmeister.', expect: { cue: 'betonte', speaker: 'der Hafenmeister' } },
    // A separable verb whose particle follows a few quoted words in the same clause.
    { text: 'Der Bürgermeister kündigte eine „gründliche Prüfung“ an.', expect: { cue: 'kündigte eine „gründliche Prüfung“ an', speaker: 'Der Bürgermeister' } },
    { text: 'Die Reederin wies die Kritik als „haltlos“ zurück.', expect: { cue: 'wies die Kritik als „haltlos“ zurück', speaker: 'Die Reederin' } },
  ],
});
