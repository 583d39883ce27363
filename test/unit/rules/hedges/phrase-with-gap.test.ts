import { phraseWithGap } from '../../../../src/core/rules/hedges/phrase';
import { ruleTester } from '../tester';

ruleTester(phraseWithGap).run({
  valid: [
    'Die Lotsin gilt als erfahren.',
    'Der Kai gilt, wie alle wissen, als sicher.',
    // „als“ of a comparison: „gilt … umso mehr als“.
    'Die Regel gilt bei der neuen Fähre deshalb umso mehr als beim alten Schiff.',
    // „gelten“ = apply, with a comparison in its subject.
    'Am Kai gelten ganz andere Regeln für Lotsen als im Yachthafen.',
    'Für Fähren gelten strengere Regeln als für Ruderboote.',
    // A negation in the gap denies the phrase.
    'Ein Verkauf des Kais kommt für die Reederei nicht in Frage.',
    'Solche Dienste gelten allerdings nicht als Arbeit.',
    'Die Lotsin hat nicht das Gefühl, dass der Kai schwankt.',
    'Der Termin für die Taufe der Fähre steht fest.',
    // Only one conclusion is certainty.
    'Die Pegel lassen nur einen Schluss zu: Der Kai sinkt.',
    'Von einem Verkauf war nie die Rede.',
    'Die Lotsen haben sich um den Kai gestritten.',
    // „sowohl … als auch“ is a pair, not a reputation.
    'Die Regel gilt sowohl für Fähren mit 40 Plätzen als auch für Schlepper.',
    // Without „von“ the long middle field is not spoken of: the short gap holds.
    'Am Kai war für die Lotsen aus dem kleinen Hafen die Rede des Bürgermeisters wichtig.',
  ],
  invalid: [
    { text: 'Es weist nach der Flut einiges darauf hin, dass der Kai absinkt.', expect: { cue: 'weist nach der Flut einiges darauf hin' } },
    { text: 'Einiges spricht allerdings dafür, dass der Kai absinkt.', expect: { cue: 'spricht allerdings dafür, dass' } },
    { text: 'Die Pegel lassen allerdings den Schluss zu, dass der Kai absinkt.', expect: { cue: 'lassen allerdings den Schluss zu' } },
    // Not yet settled, a feeling, a judgement and a vague source, each with words inserted.
    { text: 'Ob die Fähre im Winter fährt, steht für die Reederei nicht fest.', expect: { cue: 'steht für die Reederei nicht fest' } },
    { text: 'Auf dem Steg hatte man oft das Gefühl, dass die Planken schwanken.', expect: { cue: 'hatte man oft das Gefühl', kind: 'epistemic' } },
    { text: 'Eine Eröffnung im Mai hält die Lotsin für völlig unrealistisch.', expect: { cue: 'für völlig unrealistisch' } },
    { text: 'Den Kai zu reparieren, kostet laut den Experten zwei Jahre.', expect: { cue: 'laut den Experten' } },
    { text: 'Die Lotsin gilt unter Fachleuten als Favoritin.', expect: { cue: 'gilt unter Fachleuten als', kind: 'belief' } },
    // „gelten … als“ holds across a whole middle field.
    // „andere“ and a comparative-shaped word inside a prepositional phrase compare nothing.
    { text: 'Der Hafen gilt für viele andere Städte als Vorbild.', expect: { cue: 'gilt für viele andere Städte als', kind: 'belief' } },
    { text: 'Die Werft gilt seit längerem als insolvent.', expect: { cue: 'gilt seit längerem als', kind: 'belief' } },
    { text: 'Der Kai galt bei den meisten Lotsen des Hafens lange als sicher.', expect: { cue: 'galt bei den meisten Lotsen des Hafens lange als', kind: 'belief' } },
    { text: 'Vom Kai war zunächst die Rede.', expect: { cue: 'war zunächst die Rede', kind: 'vague_source' } },
    // What was spoken of fills the middle field, numbers included.
    { text: 'Zunächst war von zwölf gesunkenen Booten und 3 vermissten Fischern die Rede.', expect: { cue: 'war von zwölf gesunkenen Booten und 3 vermissten Fischern die Rede', kind: 'vague_source' } },
    { text: 'Der Schaden ist nicht offiziell bestätigt.', expect: { cue: 'nicht offiziell bestätigt', kind: 'uncertainty' } },
    { text: 'Der Lotsin wird grobe Fahrlässigkeit vorgeworfen.', expect: { cue: 'wird grobe Fahrlässigkeit vorgeworfen', kind: 'belief' } },
    { text: 'Die Zahlen sind bisher nicht unabhängig verifiziert.', expect: { cue: 'nicht unabhängig verifiziert', kind: 'uncertainty' } },
    { text: 'Die Vorwürfe gegen die Reederei stehen weiter im Raum.', expect: { cue: 'stehen weiter im Raum', kind: 'uncertainty' } },
    { text: 'Ob der Kai hält, lässt sich noch nicht sagen.', expect: { cue: 'lässt sich noch nicht sagen', kind: 'uncertainty' } },
    { text: 'Der Unfall gibt den Ermittlern Rätsel auf.', expect: { cue: 'gibt den Ermittlern Rätsel auf', kind: 'uncertainty' } },
    { text: 'Das Video vom Kai lässt sich nicht verifizieren.', expect: { cue: 'lässt sich nicht verifizieren', kind: 'uncertainty' } },
    { text: 'Die Höhe des Schadens lässt sich noch nicht beziffern.', expect: { cue: 'lässt sich noch nicht beziffern', kind: 'uncertainty' } },
    // What is still argued over is not settled: „wird gestritten“ (hedges.md).
    { text: 'Über die Höhe der Entschädigung wird noch gestritten.', expect: { cue: 'wird noch gestritten' } },
    // A possible cause or candidate.
    { text: 'Ein Leck kommt als Ursache in Frage.', expect: { cue: 'kommt als Ursache in Frage', kind: 'uncertainty' } },
  ],
});
