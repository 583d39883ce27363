import { sentenceActor } from '../../../../src/core/rules/quote-attribution/sentence-actor';
import { ruleTester } from '../tester';

ruleTester(sentenceActor).run({
  valid: [
    // A thing the sentence is about says nothing.
    'Die Lage im Hafen bleibt nach dem Sturm „äußerst angespannt und unübersichtlich für alle Beteiligten“.',
    // Reported speech: its quoted words belong to that speech (the discourse rules).
    'Die Reederei kritisierte den Plan. Der Kapitän habe die Lotsen „nicht mehr ernst genommen, wie es sich gehört“.',
  ],
  invalid: [
    { text: 'Der Hafenverband befürwortet neue Verträge, damit sich die Lotsen „nicht mehr gegen die Interessen der Reeder stellen können“.', expect: { cue: null, speaker: 'Der Hafenverband' } },
    { text: 'Die Gewerkschaft der Lotsen kämpft seit Jahren für „faire Löhne für alle, die nachts auf dem Wasser arbeiten“.', expect: { cue: null, speaker: 'Die Gewerkschaft der Lotsen' } },
  ],
});
