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
    { text: 'Der Hafenverband befürwortet neue Verträge, damit sich die Lotsen „nicht mehr gegen die Interessen der Reeder stellen können“.', expect: { cue: 'befürwortet', speaker: 'Der Hafenverband' } },
    { text: 'Die Gewerkschaft der Lotsen kämpft seit Jahren für „faire Löhne für alle, die nachts auf dem Wasser arbeiten“.', expect: { cue: 'kämpft', speaker: 'Die Gewerkschaft der Lotsen' } },
    // Inverted: the verb before the actor is the cue, not the preposition after it.
    { text: 'Seit Jahren kämpft die Gewerkschaft der Lotsen für „faire Löhne für alle, die nachts auf dem Wasser arbeiten“.', expect: { cue: 'kämpft', speaker: 'die Gewerkschaft der Lotsen' } },
  ],
});
