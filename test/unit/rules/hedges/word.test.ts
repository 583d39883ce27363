import { hedgeWord } from '../../../../src/core/rules/hedges/word';
import { ruleTester } from '../tester';

ruleTester(hedgeWord).run({
  valid: [
    'Der Kai ist zu kurz.',
    'Das Wohl der Lotsen zählt.',
  ],
  invalid: [
    { text: 'Der Kai ist vermutlich zu kurz.', expect: { cue: 'vermutlich', kind: 'epistemic' } },
    // Abbreviated: „evtl.“, „ggf.“.
    { text: 'Die Fähre fährt evtl. erst am Abend.', expect: { cue: 'evtl', kind: 'epistemic' } },
    { text: 'Die Lotsin soll den Kai beschädigt haben.', expect: { cue: 'soll', kind: 'reportive' } },
    { text: 'Über die Ursache herrscht Unklarheit.', expect: { cue: 'Unklarheit', kind: 'uncertainty' } },
    // A suspected case is a suspicion („Verdacht“) as the first part of a compound.
    { text: 'Im Hafen wurde ein Verdachtsfall gemeldet.', expect: { cue: 'Verdachtsfall', kind: 'belief' } },
    { text: 'In der Gerüchteküche des Hafens brodelt es.', expect: { cue: 'Gerüchteküche', kind: 'vague_source' } },
    // Expectation and an attribution held, not proven (hedges.md item 3).
    { text: 'Die Lotsin ist zuversichtlich, dass der Kai hält.', expect: { cue: 'zuversichtlich', kind: 'belief' } },
    // Optimism and pessimism about what will come weigh a chance, as confidence does.
    { text: 'Der Hafenmeister zeigte sich optimistisch, dass der Kai bis Mai fertig wird.', expect: { cue: 'optimistisch', kind: 'belief' } },
    { text: 'Was den Winter angeht, bin ich pessimistisch.', expect: { cue: 'pessimistisch', kind: 'belief' } },
    { text: 'Der Brand am Kai wird einer Splittergruppe zugeschrieben.', expect: { cue: 'zugeschrieben', kind: 'belief' } },
    { text: 'Die Folgen für den Hafen sind unabsehbar.', expect: { cue: 'unabsehbar', kind: 'uncertainty' } },
    // „eventuell“, its Austrian twin „allfällig“ and „etwaig“ as adjectives: a possible thing.
    { text: 'Etwaige Schäden am Kai zahlt die Reederei.', expect: { cue: 'Etwaige' } },
    { text: 'Grund war ein eventueller Riss im Kai.', expect: { cue: 'eventueller' } },
    { text: 'Die Reederei prüft allfällige Schäden am Kai.', expect: { cue: 'allfällige' } },
  ],
});
