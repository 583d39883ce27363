import { riskOfEvent } from '../../../../src/core/rules/hedges/belief-constructions';
import { ruleTester } from '../tester';

ruleTester(riskOfEvent).run({
  valid: [
    // General risk, a state, a denied chance, an opportunity: no uncertain event is weighed.
    'Für die Lotsen bestand Lebensgefahr.',
    'Die Fähre ist außer Gefahr.',
    // A chance denied past its adjective, and chances in a game, weigh nothing.
    'Der Verein ging ohne realistische Chance auf den Titel in die Saison.',
    'Die Lotsin hatte zwei gute Chancen im ersten Drittel.',
    'Das Risiko steigt mit jedem Sturm.',
    'Die Reederei hatte keine Chance, den Kai zu kaufen.',
    'Die Lotsin bekam die Chance, sich zu beweisen.',
    'Der Hafen bietet die Möglichkeit, Boote zu mieten.',
    'Die Lotsin äußerte Sorge um den Kai.',
    'Das Risiko der Kernkraft ist seit langem bekannt.',
    // A denied risk weighs nothing.
    'Die Gefahr besteht nicht, dass der Damm bricht.',
  ],
  invalid: [
    { text: 'Es besteht die Gefahr, dass der Damm bricht.', expect: { cue: 'Gefahr', kind: 'epistemic' } },
    { text: 'Die Reederei hat gute Chancen, den Auftrag zu bekommen.', expect: { cue: 'Chancen' } },
    // A weighed chance of what may come: „beste Chancen auf …“, „wenig Chancen zur …“.
    { text: 'Die Lotsin hat beste Chancen auf den Titel.', expect: { cue: 'Chancen' } },
    { text: 'Die Fischer haben kaum Chancen zum Sieg.', expect: { cue: 'Chancen' } },
    { text: 'Das Risiko eines Ausfalls der Pumpen ist hoch.', expect: { cue: 'Risiko' } },
    { text: 'Die Möglichkeit, dass die Fähre ausfällt, ist gering.', expect: { cue: 'Möglichkeit' } },
    { text: 'Die Lotsen haben Aussichten auf einen Vertrag.', expect: { cue: 'Aussichten' } },
    // A definite event as a verbal noun in the genitive, or a dass-clause after a verb („besteht“).
    { text: 'Die Gefahr des Dammbruchs wächst mit jedem Sturm.', expect: { cue: 'Gefahr' } },
    { text: 'Die Lotsin sagte, die Gefahr bestehe, dass der Damm bricht.', expect: { cue: 'Gefahr' } },
    { text: 'Im Hafen wächst die Sorge, dass die Werft schließt.', expect: { cue: 'Sorge', kind: 'belief' } },
    // Any short verb group before the extraposed clause.
    { text: 'Die Gefahr nehme zu, dass der Damm bricht, sagte die Lotsin.', expect: { cue: 'Gefahr' } },
  ],
});
