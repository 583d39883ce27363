import { mainClauseActor } from '../../../../src/core/rules/discourse/rules';
import { ruleTester } from '../tester';

ruleTester(mainClauseActor).run({
  valid: [
    'Die Lotsin sagte, der Kai sei zu kurz.',
    // A condition reports nobody's words; the speech before goes on (continues-previous-speaker).
    'Der Hafenmeister sagte, der Kai sei lang genug. Die Reederei zahlt die Schleuse, wenn der Bund sie ausbauen würde.',
    // Konjunktiv in the main clause: the sentence is itself speech, not a reason given below it.
    'Der Hafenmeister sagte, der Kai sei lang genug. Die Reederei zahle die Schleuse, weil sie marode sei.',
    // Konjunktiv only after a colon stands in a main clause of its own.
    'Der Hafenmeister sagte, der Kai sei lang genug. Die Reederei nennt ein Beispiel, wie es läuft: Zuerst sei die Fähre gekommen.',
    // A group counted out is nobody in particular.
    'Der Hafenmeister sagte, der Kai sei lang genug. Viele Reedereien bedeuten, dass viele Interessen bedient werden müssten.',
    // A thing acting is no source, nor a capitalised word the text never gave as a surname.
    'Der Hafenmeister sagte, der Kai sei lang genug. Brandt sperrte den Kai, weil er marode sei.',
    // A thing acting is no source.
    'Der Hafenmeister sagte, der Kai sei lang genug. Neue Schiffe bedeuten, dass viele Kräne fehlen würden.',
    // Nor is a plural pronoun the article cannot pin down.
    'Der Hafenmeister sagte, der Kai sei lang genug. Sie zeigten Fotos der Fähre, die erst im Mai gebaut worden sei.',
    // Nor a phrase without a finite verb after it.
    'Der Hafenmeister sagte, der Kai sei lang genug. Fremde Kapitäne oder andere, die den Kai nicht nutzten, würden nicht belangt.',
    // Before a colon, a thing with a copula says nothing: the speech before goes on.
    'Der Hafenmeister sagte, der Kai sei lang genug. Das Ergebnis ist klar: Der Kai sei zu kurz.',
    // A clause before the comma that is not a main clause: the Konjunktiv verb after it is the sentence's own.
    'Der Hafenmeister sagte, der Kai sei lang genug. Was die Schleuse betrifft, wolle die Reederei im Mai entscheiden.',
  ],
  invalid: [
    // A view held with a copula or „haben“, and a dash before the Konjunktiv clause like a colon.
    { text: 'Eva Roth sagte, der Kai sei marode. Jan Ohm ist sich sicher, der Kai halte noch Jahre.', expect: { content: 'der Kai halte noch Jahre', speaker: 'Jan Ohm', cue: 'ist' } },
    { text: 'Eva Roth sagte, der Kai sei marode. Jan Ohm hat eine andere Sicht: Der Kai halte noch Jahre.', expect: { content: 'Der Kai halte noch Jahre', speaker: 'Jan Ohm', cue: 'hat' } },
    { text: 'Eva Roth sagte, der Kai sei marode. Jan Ohm sieht das anders – der Kai halte noch Jahre.', expect: { content: 'der Kai halte noch Jahre', speaker: 'Jan Ohm', cue: 'sieht' } },
    // A contrasting adverb after the subject, and a name alone heading the words after a colon.
    { text: 'Eva Roth sagte, der Kai sei marode. Die Reederei hingegen winkt ab, der Kai halte noch Jahre.', expect: { content: 'der Kai halte noch Jahre', speaker: 'Reederei', cue: 'winkt' } },
    { text: 'Eva Roth sagte, der Kai sei marode. Jan Ohm dagegen: Der Kai halte noch Jahre.', expect: { content: 'Der Kai halte noch Jahre', speaker: 'Jan Ohm', cue: ':' } },
    // With an auxiliary, the participle closing the main clause is the cue.
    { text: 'Eva Roth sagte, der Kai sei marode. Die Reederei hatte im Mai Klage eingereicht, weil der Kai zu kurz sei.', expect: { content: 'weil der Kai zu kurz sei', speaker: 'Reederei', cue: 'eingereicht' } },
    // A surname alone, given before with its given name, is that person.
    { text: 'Der Hafenmeister sagte, der Kai sei lang genug. Lea Brandt widersprach. Brandt sperrte den Kai, weil er marode sei.', expect: { content: 'weil er marode sei', speaker: 'Lea Brandt', cue: 'sperrte' } },
    // The clause below is the content, the main clause's finite verb the cue.
    { text: 'Der Hafenmeister sagte, der Kai sei lang genug. Die Polizei nahm den Fahrer fest, weil er betrunken gewesen sei.', expect: { content: 'weil er betrunken gewesen sei', speaker: 'Polizei', cue: 'nahm' } },
    { text: 'Der Hafenmeister sagte, der Kai sei lang genug. Danach beeilte sich die Reederei, weil der Kran am Kai defekt sei.', expect: { content: 'weil der Kran am Kai defekt sei', speaker: 'Reederei', cue: 'beeilte' } },
    // An adverb in the first place: the subject follows the verb; staff are people.
    { text: 'Der Hafenmeister sagte, der Kai sei lang genug. Zudem berieten EU-Mitarbeiter mit den Behörden über die Schulung der Lotsen, weil Unfälle zu selten untersucht würden.', expect: { speaker: 'EU-Mitarbeiter' } },
    // A person by given name, the view in a relative clause.
    { text: 'Der Hafenmeister sagte, der Kai sei lang genug. Eva Berg zeigt auf einen Kran, der seit Jahren defekt sei.', expect: { speaker: 'Eva Berg' } },
    { text: 'Der Hafenmeister sagte, der Kai sei lang genug. Die Lotsin Eva Berg kam. Er widersprach ihr. Sie verkauft das Boot, weil die Kosten zu hoch seien.', expect: { speaker: 'Eva Berg' } },
    // An auxiliary before the subject: the participle closing the main clause is the cue.
    { text: 'Der Hafenmeister sagte, der Kai sei lang genug. Danach hat die Ministerin Klage eingereicht, weil der Kai marode sei.', expect: { content: 'weil der Kai marode sei', speaker: 'Ministerin', cue: 'eingereicht' } },
    // A colon after the main clause opens its actor's words.
    { text: 'Der Hafenmeister sagte, der Kai sei lang genug. Die Reederei bleibt hart: Man werde den Kai nicht räumen.', expect: { content: 'Man werde den Kai nicht räumen', speaker: 'Reederei', cue: 'bleibt' } },
    { text: 'Der Hafenmeister sagte, der Kai sei lang genug. Jan Roth, Chef der Lotsengilde, geht weiter: Es brauche neue Boote.', expect: { content: 'Es brauche neue Boote', speaker: 'Jan Roth', cue: 'geht' } },
    // … also a bare name there.
    { text: 'Der Hafenmeister sagte, der Kai sei lang genug. Roth bleibt dabei: Der Kai sei zu kurz.', expect: { content: 'Der Kai sei zu kurz', speaker: 'Roth', cue: 'bleibt' } },
    // A main clause of its own in Konjunktiv after the comma: the actor before it speaks.
    { text: 'Der Hafenmeister sagte, der Kai sei lang genug. Die Ministerin verließ empört den Saal, die Pläne seien zu teuer.', expect: { content: 'die Pläne seien zu teuer', speaker: 'Ministerin', cue: 'verließ' } },
    { text: 'Der Hafenmeister sagte, der Kai sei lang genug. Die Gewerkschaft vergleicht die Lage mit 1990, damals sei es ähnlich gewesen.', expect: { content: 'damals sei es ähnlich gewesen', speaker: 'Gewerkschaft', cue: 'vergleicht' } },
    // Konjunktiv in a clause of time or place below the main clause: the actor's account.
    { text: 'Der Hafenmeister sagte, der Kai sei lang genug. Die Lotsin zeigte Fotos vom Winter 1962, als der alte Kai gebrochen sei.', expect: { content: 'als der alte Kai gebrochen sei', speaker: 'Lotsin', cue: 'zeigte' } },
    { text: 'Der Hafenmeister sagte, der Kai sei lang genug. Die Reederei blickt nach Bremen, wo man solche Kais längst abgerissen habe.', expect: { content: 'wo man solche Kais längst abgerissen habe', speaker: 'Reederei', cue: 'blickt' } },
    // A role in commas after a name belongs to the actor.
    { text: 'Der Hafenmeister sagte, der Kai sei lang genug. Jan Roth, Chef der Lotsengilde, sperrte den Kai, weil er marode sei.', expect: { content: 'weil er marode sei', speaker: 'Jan Roth', cue: 'sperrte' } },
  ],
});
