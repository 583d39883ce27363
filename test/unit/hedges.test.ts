import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';

const hedgesOf = (text: string) => analyze(text).hedges.map((h) => `${h.text}/${h.kind}${h.inQuote ? '/quote' : ''}`);

describe('hedges', () => {
  it('finds every kind', () => {
    assert.deepEqual(hedgesOf('Der Täter ist vermutlich geflohen.'), ['vermutlich/epistemic']);
    assert.deepEqual(hedgesOf('Der Minister soll Geld genommen haben.'), ['soll/reportive']);
    assert.deepEqual(hedgesOf('Dabei sollen zwölf Menschen gestorben sein.'), ['sollen/reportive']);
    assert.deepEqual(hedgesOf('Er will nichts gesehen haben.'), ['will/reportive']);
    assert.deepEqual(hedgesOf('Die Kosten dürften steigen.'), ['dürften/modal']);
    assert.deepEqual(hedgesOf('Das kann ein Fehler gewesen sein.'), ['kann/modal']);
    assert.deepEqual(hedgesOf('Das kann ein Fehler sein.'), ['kann/modal']);
    assert.deepEqual(hedgesOf('Die Lage scheint sich zu beruhigen.'), ['scheint/belief']);
    assert.deepEqual(hedgesOf('Die Polizei geht davon aus, dass er allein war.'), ['geht davon aus/belief']);
    assert.deepEqual(hedgesOf('Ob die Brücke hält, ist unklar.'), ['unklar/uncertainty']);
    assert.deepEqual(hedgesOf('Die Meldung ist noch nicht bestätigt.'), ['noch nicht bestätigt/uncertainty']);
    assert.deepEqual(hedgesOf('Beobachter meinen, der Streit sei beigelegt.'), ['meinen/vague_source']);
    assert.deepEqual(hedgesOf('Insidern zufolge steht der Verkauf bevor.'), ['Insidern zufolge/vague_source']);
    assert.deepEqual(hedgesOf('Der Wagen gilt als unverkäuflich.'), ['gilt als/belief']);
  });

  it('tells the speaker\'s hedge from the author\'s', () => {
    const a = analyze('„Das ist wahrscheinlich der wichtigste Tag“, sagte Roth. Die Bahn kommt wohl später.');
    assert.deepEqual(a.hedges.map((h) => [h.text, h.inQuote]), [['wahrscheinlich', true], ['wohl', false]]);
    const text = a.hedges[0];
    assert.equal(a.quotes[0].start <= text.start && text.end <= a.quotes[0].end, true);
  });

  it('records the sentence and, for a reportive „soll“, the claim', () => {
    const text = 'Es regnet. Der Minister soll Geld genommen haben, sagte ein Zeuge.';
    const [h] = analyze(text).hedges;
    assert.equal(text.slice(h.sentence.start, h.sentence.end), 'Der Minister soll Geld genommen haben, sagte ein Zeuge.');
    assert.ok(h.claim);
    assert.equal(text.slice(h.claim.start, h.claim.end), 'Der Minister soll Geld genommen haben');
  });

  it('hedges a „soll“ whose perfect closes at a comma, without making the sentence reported speech', () => {
    const a = analyze('Die Reederei legte am Montag ihre Bilanz vor. Ein Matrose soll Geld aus der Kasse genommen haben, dennoch behielt er seine Stelle.');
    assert.deepEqual(a.hedges.map((h) => `${h.text}/${h.kind}`), ['soll/reportive']);
    // The sentence goes on in the author's voice after the comma: no free indirect speech of the company.
    assert.deepEqual(a.quotes, []);
  });

  it('reads an impression that something is so and an estimate after „laut“ as belief, not a good impression', () => {
    assert.deepEqual(hedgesOf('Die Lotsin gewann den Eindruck, dass die Reederei spart.'), ['Eindruck, dass/belief']);
    // (The „laut“ frame makes the sentence the pilots' view: the hedge is theirs.)
    assert.deepEqual(hedgesOf('Der Kai ist laut Einschätzung der Lotsen zu kurz.'), ['laut Einschätzung/belief/quote']);
    assert.deepEqual(hedgesOf('Die neue Fähre macht einen guten Eindruck.'), []);
  });

  it('reads puzzling and appraising as belief („rätseln“, „taxieren“)', () => {
    assert.deepEqual(hedgesOf('Im Hafen rätseln alle über die Ursache.'), ['rätseln/belief']);
    assert.deepEqual(hedgesOf('Die Reederei taxiert den Schaden auf zwei Millionen Euro.'), ['taxiert/belief']);
  });

  it('reads what is not proven or not known as uncertainty, and clues as belief unless clear', () => {
    assert.deepEqual(hedgesOf('Ein Zusammenhang mit dem Sturm ist nicht erwiesen.'), ['nicht erwiesen/uncertainty']);
    assert.deepEqual(hedgesOf('Das Motiv bleibt im Dunkeln.'), ['bleibt im Dunkeln/uncertainty']);
    assert.deepEqual(hedgesOf('Soweit bekannt, war niemand an Bord.'), ['Soweit bekannt/uncertainty']);
    assert.deepEqual(hedgesOf('Zur Ursache gab es zunächst keine Angaben.'), ['gab es zunächst keine Angaben/uncertainty']);
    assert.deepEqual(hedgesOf('Es gibt Anhaltspunkte für einen Brand.'), ['Anhaltspunkte/belief']);
    assert.deepEqual(hedgesOf('Es gibt eindeutige Anhaltspunkte für einen Brand.'), []);
    // An emerging sign, an open question mark, the most likely of several explanations.
    assert.deepEqual(hedgesOf('Es zeichnet sich ab, dass unsere Werft schließt.'), ['zeichnet/belief']);
    assert.deepEqual(hedgesOf('Die Lotsen warnen, dass sich ein Streik abzeichnet.'), ['abzeichnet/belief/quote']);
    assert.deepEqual(hedgesOf('Die Lotsin zeichnet die Seekarte ab.'), []);
    assert.deepEqual(hedgesOf('Hinter der Finanzierung des Kais steht ein Fragezeichen.'), ['Fragezeichen/uncertainty']);
    assert.deepEqual(hedgesOf('Die wahrscheinlichste Ursache ist ein Kurzschluss.'), ['wahrscheinlichste/epistemic']);
    assert.deepEqual(hedgesOf('Ein Verkauf der Fähre ist wahrscheinlicher geworden.'), ['wahrscheinlicher/epistemic']);
    assert.deepEqual(hedgesOf('Wie lange der Kai hält, weiß man nicht.'), ['weiß man nicht/uncertainty']);
    // Leaving a question open, not a door.
    assert.deepEqual(hedgesOf('Die Reederei ließ offen, wann die Fähre fährt.'), ['offen/uncertainty']);
    assert.deepEqual(hedgesOf('Die Reederei ließ die Tür zum Kai offen.'), []);
    assert.deepEqual(hedgesOf('Es ist nicht ausgemacht, dass der Kai hält.'), ['nicht ausgemacht/uncertainty']);
    // Doubt whether something is so; challenging or undermining something is no hedge.
    assert.deepEqual(hedgesOf('Die Lotsen stellen infrage, ob der Kai hält.'), ['stellen infrage, ob/belief']);
    assert.deepEqual(hedgesOf('Die Lotsen stellen die Berechnung der Reederei in Frage.'), []);
    // „nicht belegt“ alone is often a place not taken („Die Kojen waren nicht belegt“).
    assert.deepEqual(hedgesOf('Die Kojen im Heck waren nicht belegt.'), []);
  });

  it('reads the verb group of a modal in its own clause, not in a clause coordinated after it', () => {
    // The first „soll“ is a plan; the second passes on a claim.
    const hedges = analyze('Die Fähre soll im Mai fahren, und die Brücke soll repariert worden sein.').hedges;
    assert.deepEqual(hedges.map((h) => `${h.text}@${h.start}`), ['soll@45']);
  });

  it('reads unnamed experts after „laut“ and „zufolge“ and an impersonal report as vague sources, not a named one', () => {
    assert.deepEqual(hedgesOf('Laut Experten ist der Kai zu kurz.'), ['Laut Experten/vague_source']);
    assert.deepEqual(hedgesOf('Analysten zufolge sinkt der Umsatz der Reederei.'), ['Analysten zufolge/vague_source']);
    assert.deepEqual(hedgesOf('Es wird berichtet, die Fähre habe Verspätung.'), ['Es wird berichtet/vague_source']);
    assert.deepEqual(hedgesOf('Laut der Hafenbehörde ist der Kai zu kurz.'), []);
  });

  it('reads a separated „nicht ausschließen“ and impersonal hearsay, and not a causative „lassen … schließen“', () => {
    assert.deepEqual(hedgesOf('Die Polizei schließt einen Anschlag nicht aus.'), ['schließt/belief']);
    assert.ok(hedgesOf('Dem Vernehmen nach verlässt der Trainer den Verein.').length === 1);
    assert.ok(hedgesOf('Wie verlautete, verlässt der Trainer den Verein.').length === 1);
    assert.ok(hedgesOf('Im Verein wird gemunkelt, der Trainer gehe.').length === 1);
    assert.ok(hedgesOf('Hochrechnungen zufolge liegt die Partei vorn.').length === 1);
    assert.ok(hedgesOf('Nach bisherigen Erkenntnissen war es ein Unfall.').length === 1);
    assert.deepEqual(hedgesOf('Die Behörde ließ die Schulen auf Anordnung des Ministers schließen.'), []);
    assert.deepEqual(hedgesOf('Der Wirt schließt die Tür nicht ab.'), []);
  });

  it('leaves out what the guideline excludes', () => {
    // deontic and volitional modals
    assert.deepEqual(hedgesOf('Der Rat soll bis Freitag entscheiden.'), []);
    assert.deepEqual(hedgesOf('Die Halle soll im Mai gebaut werden.'), []);
    assert.deepEqual(hedgesOf('Sie will kandidieren.'), []);
    assert.deepEqual(hedgesOf('Sie können schwimmen.'), []);
    assert.deepEqual(hedgesOf('Er könne sich vorstellen, Bürgermeister zu werden.'), []);
    // approximators
    assert.deepEqual(hedgesOf('Etwa 200 Menschen kamen, rund die Hälfte blieb.'), []);
    // neutral attribution and plain Konjunktiv I
    assert.deepEqual(hedgesOf('Laut Polizei sei der Fahrer verletzt worden, sagte ein Sprecher.'), []);
    assert.deepEqual(hedgesOf('Er sagte, er habe keine Zeit und werde morgen kommen.'), []);
    // boosters and non-epistemic readings
    assert.deepEqual(hedgesOf('Das ist ohne Zweifel sehr wohl richtig.'), []);
    assert.deepEqual(hedgesOf('Es geht um das Wohl der Kinder und meinen Sohn.'), []);
    assert.deepEqual(hedgesOf('Wir kommen so schnell wie möglich.'), []);
    assert.deepEqual(hedgesOf('Die Tür stand offen.'), []);
    assert.deepEqual(hedgesOf('„Wir machen weiter“, hieß es in dem Brief.'), []);
    assert.deepEqual(hedgesOf('Vonseiten der Reederei hieß es, die Fähre fahre wieder.'), []);
  });

  it('puts hedges into the CLI contract', () => {
    const a = analyze('Die Kosten dürften steigen.');
    assert.deepEqual(Object.keys(a.hedges[0]).sort(), ['end', 'id', 'inQuote', 'kind', 'sentence', 'start', 'text']);
  });
});
