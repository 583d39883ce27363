import { reportiveBeforeComma } from '../../../../src/core/rules/hedges/word';
import { ruleTester } from '../tester';

ruleTester(reportiveBeforeComma).run({
  valid: [
    // No perfect infinitive before the comma: a plan, a possession, an adjective.
    'Die Lotsen sollen künftig die Möglichkeit haben, früher auszusteigen.',
    'Nach dem Umbau soll die Altstadt wieder lebenswert sein, sagte der Bürgermeister.',
    // A question passes on no claim.
    'Wer soll das bezahlt haben, fragen die Anwohner?',
    // The verb group ends the sentence, not at a comma (the word rule decides that one).
    'Der Matrose soll Geld genommen haben.',
  ],
  invalid: [
    { text: 'Ein 25-jähriger Matrose soll einer 60-Jährigen die Tasche entrissen haben, indem er sie stieß.', expect: { cue: 'soll', kind: 'reportive' } },
    { text: 'Der Kapitän will nichts gesehen haben, dennoch ermittelt die Wasserpolizei.', expect: { cue: 'will', kind: 'reportive' } },
    { text: 'Die Lotsen sollen sich laut Anklage zu dem Streik entschlossen haben, obwohl er verboten war.', expect: { cue: 'sollen', kind: 'reportive' } },
    { text: 'Auch soll es Probleme mit dem Löschwasser gegeben haben, da zwei Hydranten zugefroren waren.', expect: { cue: 'soll', kind: 'reportive' } },
  ],
});
