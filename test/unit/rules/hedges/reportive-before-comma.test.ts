import { reportiveBeforeComma } from '../../../../src/core/rules/hedges/word';
import { ruleTester } from '../tester';

ruleTester(reportiveBeforeComma).run({
  valid: [
    // No perfect infinitive before the comma: a plan, a possession, an adjective.
    'Die Lotsen sollen künftig die Möglichkeit haben, früher auszusteigen.',
    'Nach dem Umbau soll die Altstadt wieder lebenswert sein, sagte der Bürgermeister.',
    // A question passes on no claim.
    'Wer soll das bezahlt haben, fragen die Anwohner?',
    // The perfect of a clause of its own: a subordinate clause, a relative clause, a second main clause.
    'Die Lotsen sollen bleiben, obwohl sie längst gekündigt haben.',
    'Die Lotsen sollen bleiben, die schon lange gekündigt haben.',
    'Die Fähre soll im Mai fahren, und bis dahin wird die Brücke repariert worden sein.',
    // A state by a deadline is a plan.
    'Bis Ende 2027 soll der alte Kai abgebaut sein, sagte die Senatorin.',
    // The Konjunktiv „solle“ with a state passive is a wish.
    'Die Sitzung solle von Ruhe geprägt sein, sagte die Lotsin.',
  ],
  invalid: [
    { text: 'Ein 25-jähriger Matrose soll einer 60-Jährigen die Tasche entrissen haben, indem er sie stieß.', expect: { cue: 'soll', kind: 'reportive' } },
    { text: 'Der Kapitän will nichts gesehen haben, dennoch ermittelt die Wasserpolizei.', expect: { cue: 'will', kind: 'reportive' } },
    { text: 'Die Lotsen sollen sich laut Anklage zu dem Streik entschlossen haben, obwohl er verboten war.', expect: { cue: 'sollen', kind: 'reportive' } },
    { text: 'Auch soll es Probleme mit dem Löschwasser gegeben haben, da zwei Hydranten zugefroren waren.', expect: { cue: 'soll', kind: 'reportive' } },
    // Past a relative clause or an apposition inside the modal's clause, or a coordinated participle.
    { text: 'In der Nacht sollen die Matrosen laut ihren Frauen, die im selben Hafen arbeiten, viel Bier getrunken haben.', expect: { cue: 'sollen', kind: 'reportive' } },
    { text: 'Er soll mit der Kanzlei seines Freundes, des Anwalts Jan Ohm, ein Geschäft eingegangen sein, im Rahmen dessen er Rechnungen schrieb.', expect: { cue: 'soll', kind: 'reportive' } },
    { text: 'Ein Teil der Ladung soll in Kiel angekommen, aber dann im Hafen verschwunden sein, sagt eine Quelle.', expect: { cue: 'soll', kind: 'reportive' } },
    // An apposition after a noun leaves the modal waiting for its verbs: the stretch that closes the
    // main clause holds them, even when it opens like a relative clause.
    { text: 'Er soll gemeinsam mit Jan Roth, einem Lotsen, die Fähren gesteuert und beladen haben, wie die Hafenpost berichtete.', expect: { cue: 'soll', kind: 'reportive' } },
    { text: 'Er soll mit Jan Roth, einem Lotsen, die Fähren gesteuert haben.', expect: { cue: 'soll', kind: 'reportive' } },
  ],
});
