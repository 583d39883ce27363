import * as assert from 'node:assert/strict';
import { Analyzer } from '../../../../src/core';
import { speechNoun } from '../../../../src/core/rules/speech/speech-noun';
import { ruleTester } from '../tester';

ruleTester(speechNoun).run({
  valid: [
    // „sein“ with a zu-infinitive is a main clause's predicate, no content: „…, dann ist das ernst zu nehmen“.
    'Die Gilde sieht den Kai mit Sorge, dann ist das ernst zu nehmen.',
    // A noun that is the object of a zu-infinitive frames no bare clause after it.
    'Die Reederei versprach, manche der Forderungen schnell zu erfüllen, andere seien aber zu teuer.',
    'Es gibt keine Hinweise, dass der Kai bricht.',
    // A relative clause opening with a pronoun after its relative pronoun tells of another noun.
    'Im Plan der Werft stehe ein Satz, der alles offen lasse.',
    // „welche“ with no noun after it opens a relative clause about the noun, not its content.
    'Zweifel weckte erst das Gutachten der Werft, welches einen Riss im Rumpf für möglich hielt.',
    // „ohne Zweifel“ assures; it voices no doubt.
    'Die Stürme sind ohne Zweifel eine Last, wie sie im Hafenplan genannt werden.',
    'Die Lotsin trägt dafür Sorge, dass der Kai hält.',
    // A verb of saying before the comma frames the content itself; and a noun with no comma near it frames nothing.
    'Die Lotsen schlossen sich den Forderungen an und mahnten an, dass der Kai sicher sein müsse.',
    'Weil der Verdacht einer Belastung des Wassers bestand und niemand baden wollte - so war es damals - blieb der Strand leer, sagte sie.',
    // A relative clause on the noun tells what the thing does, in any mood.
    'Die Gilde hat einen Antrag eingebracht, der die Rechte der Lotsen gestärkt hätte.',
    // A clause of cause or concession is no content, in any mood.
    'Zweifel am Kai sind aufgekommen, da die Risse nicht hätten auftreten dürfen.',
    'Es gab Kritik am Plan, obwohl die Werft hätte liefern können.',
  ],
  invalid: [
    // What the subject answers or opposes is someone else's words: the noun itself is the source.
    { text: 'Die Reederei reagierte auf Berichte, der Kai sei marode.', expect: { content: 'der Kai sei marode', speaker: 'Berichte' } },
    { text: 'Die Lotsin verteidigte sich gegen den Vorwurf, sie habe den Kai gesperrt.', expect: { content: 'sie habe den Kai gesperrt', speaker: 'den Vorwurf' } },
    // A view reached with „zu“ is the subject's own.
    { text: 'Der Rat kam zur Ansicht, dass der Kai marode sei.', expect: { content: 'dass der Kai marode sei', speaker: 'Der Rat' } },
    // A possessive in the dative or after a preposition owns the noun; the clause's subject does not speak.
    { text: 'Die Regierung würde seinem Plan zuwiderlaufen, den Kai zu verlängern.', expect: { speaker: 'seinem Plan', cue: 'Plan' } },
    // (A dateline before it is no subject either.)
    { text: 'Kiel - Mit seiner Ankündigung, den Kai zu verlängern, überraschte der Bürgermeister alle.', expect: { speaker: 'seiner Ankündigung' } },
    // „da“ before a finite verb is the adverb: the content follows.
    { text: 'Im Hafen wächst die Sorge, da sei nichts mehr zu machen.', expect: { content: 'da sei nichts mehr zu machen', cue: 'wächst die Sorge' } },
    // Of two nouns of saying before the comma the nearer owns the content.
    { text: 'Wegen der Warnungen der Lotsen wachsen Befürchtungen, die Reederei könnte den Kai schließen.', expect: { content: 'die Reederei könnte den Kai schließen', cue: 'Befürchtungen' } },
    // Concerns frame like fears and worries.
    { text: 'Die Reederei hat Bedenken, dass der Kai bricht.', expect: { content: 'dass der Kai bricht', cue: 'Bedenken', speaker: 'Die Reederei' } },
    // After a fronted phrase the subject follows the verb, before the noun it holds.
    { text: 'Daraus zogen die Lotsen den Schluss, dass der Kai zu alt sei.', expect: { content: 'dass der Kai zu alt sei', cue: 'Schluss', speaker: 'die Lotsen' } },
    { text: 'Inzwischen macht sich die Reederei Sorgen, dass der Kai bricht.', expect: { content: 'dass der Kai bricht', cue: 'Sorgen', speaker: 'die Reederei' } },
    // Who receives a promise did not make it; nor does a fronted participle speak.
    { text: 'Dafür erhielten die Lotsen die Zusicherung, dass der Kai bleibt.', expect: { content: 'dass der Kai bleibt', cue: 'Zusicherung', speaker: 'die Zusicherung' } },
    { text: 'Nachgegangen ist die Behörde dem Vorwurf, der Kai sei zu alt.', expect: { content: 'der Kai sei zu alt', cue: 'Vorwurf', speaker: 'dem Vorwurf' } },
    // A name in the genitive before the noun owns it; the mention is the name without its „s“.
    { text: 'Jan Roths neue Forderung, den Kai zu sperren, stieß auf Kritik.', expect: { content: 'den Kai zu sperren', cue: 'Forderung', speaker: 'Jan Roth' } },
    // A finite verb after a noun in first place is no adjective of the speech noun.
    { text: 'Im Hafen wachsen Befürchtungen, der Kai könne brechen.', expect: { content: 'der Kai könne brechen', cue: 'Befürchtungen', speaker: 'Befürchtungen' } },
    // A name in commas is the noun's apposition: the content follows it.
    { text: 'Die Appelle des Vorsitzenden, Jan Roth (SPD), er halte den Kai für zu kurz, verhallten.', expect: { content: 'er halte den Kai für zu kurz' } },
    { text: 'Trotz der Ankündigung ihrer Trainerin, Ida Brandt, im Sommer aufzuhören, blieb die Mannschaft ruhig.', expect: { content: 'im Sommer aufzuhören' } },
    // A relative clause passing words on is content: „Gerüchte, denen zufolge …“.
    { text: 'Es gab Gerüchte, denen zufolge die Gilde pleite sei.', expect: { content: 'denen zufolge die Gilde pleite sei' } },
    // The agent inside the noun's own extended attribute made the proposal or gave the notice.
    { text: 'Die Lotsin lehnte den von der Reederei vorgelegten Vorschlag, den Kai zu verlängern, ab.', expect: { speaker: 'der Reederei', cue: 'Vorschlag' } },
    { text: 'Der vom Hafenamt verbreitete Hinweis, der Kai sei gesperrt, stimmte nicht.', expect: { speaker: 'Hafenamt', cue: 'Hinweis' } },
    // The content ends where the main clause's finite verb follows its comma.
    { text: 'Gerüchte, dass die Fähre ausfalle, erweisen sich als falsch.', expect: { content: 'dass die Fähre ausfalle' } },
    // … but an extraposed dass-clause after the infinitive can still be the noun's.
    { text: 'Die Lotsin suchte den Eindruck zu zerstreuen, dass der Hafen schließt.', expect: { content: 'dass der Hafen schließt', cue: 'Eindruck' } },
    { text: 'Die Forderung der Lotsen, den Kai zu verlängern, blieb ungehört.', expect: { content: 'den Kai zu verlängern', cue: 'Forderung', speaker: 'Die Forderung der Lotsen' } },
    // Plurals are listed with their singulars.
    { text: 'Die Warnungen der Lotsen, der Kai sei zu kurz, blieben ungehört.', expect: { content: 'der Kai sei zu kurz', cue: 'Warnungen', speaker: 'Die Warnungen der Lotsen' } },
    // „Kritik …, kommt von X“: the body the noun comes from speaks.
    { text: 'Die Forderung, den Kai zu sperren, kommt von der Opposition.', expect: { content: 'den Kai zu sperren', cue: 'Forderung', speaker: 'der Opposition' } },
    // The nearer noun owns the content, also in the first noun's phrase: the plan is to close the Kai.
    { text: 'Die Kritik am Plan, den Kai zu sperren, wächst.', expect: { content: 'den Kai zu sperren', cue: 'Plan' } },
    // … a noun after it asks a question.
    { text: 'Im Hafen gab es Gerüchte, welche Reederei den Kai kaufen werde.', expect: { content: 'welche Reederei den Kai kaufen werde', cue: 'gab es Gerüchte' } },
    // A time opening the sentence is no source: the noun speaks for itself.
    { text: 'Zu Saisonbeginn kursierten im Hafen Gerüchte, denen zufolge die Reederei einen zweiten Kai kaufen werde.', expect: { content: 'denen zufolge die Reederei einen zweiten Kai kaufen werde', cue: 'Gerüchte', speaker: 'Gerüchte' } },
    // A conjunction before the noun is not its attribute.
    { text: 'Im Hafen kamen aber Vorwürfe auf, dass die Waage falsch messe.', expect: { content: 'dass die Waage falsch messe', cue: 'Vorwürfe', speaker: 'Vorwürfe' } },
    { text: 'Die Reederei ist der Ansicht, dass der Kai zu kurz ist.', expect: { content: 'dass der Kai zu kurz ist', cue: 'ist der Ansicht', speaker: 'Die Reederei' } },
    // The verb the noun belongs to is part of the cue: „schließt mit der Warnung“.
    { text: 'Der Brief der Lotsen schließt mit der Warnung, dass der Kai bald bricht.', expect: { content: 'dass der Kai bald bricht', cue: 'schließt mit der Warnung' } },
    // (A verb in „-en“ before the article is no adjective of the phrase: „vertraten die Auffassung“.)
    { text: 'Die Lotsen vertraten die Auffassung, dass der Kai zu kurz ist.', expect: { content: 'dass der Kai zu kurz ist', cue: 'vertraten die Auffassung' } },
    // (A bare noun after a verb is its subject, not its object: the noun alone.)
    { text: 'Im Hafen wachsen Befürchtungen, dass der Kai bricht.', expect: { content: 'dass der Kai bricht', cue: 'Befürchtungen' } },
    // After a fronted word the copula's subject follows it, before the noun and any adverb.
    { text: 'Deshalb ist sie der Meinung, dass der Kai zu kurz ist.', expect: { content: 'dass der Kai zu kurz ist', cue: 'ist sie der Meinung', speaker: 'sie' } },
    { text: 'Seit dem Sturm war der Hafenmeister stets der Überzeugung, dass der Kai zu kurz ist.', expect: { cue: 'Überzeugung', speaker: 'der Hafenmeister' } },
    // In a passive the agent holds the view; a participle without its particle frames nothing itself.
    { text: 'Im Hafen wurde von den Lotsen der Schluss gezogen, der Kai sei zu kurz.', expect: { content: 'der Kai sei zu kurz', cue: 'Schluss', speaker: 'den Lotsen' } },
    { text: 'Vom Hafenamt wurde der Hinweis gegeben, dass der Kai gesperrt ist.', expect: { content: 'dass der Kai gesperrt ist', cue: 'Hinweis', speaker: 'Hafenamt' } },
    { text: 'Die Lotsen sind zur Ansicht gekommen, dass der Kai zu kurz ist.', expect: { cue: 'Ansicht', speaker: 'Die Lotsen' } },
    // … but a dative object is no predicate: the reproach is not the subject's.
    { text: 'Nicht nachgegangen ist die Hafenbehörde dem Vorwurf, die Waage sei falsch geeicht.', expect: { content: 'die Waage sei falsch geeicht', cue: 'Vorwurf', speaker: 'dem Vorwurf' } },
  ],
});

describe('speech nouns one after the other', () => {
  it('reads the main clause after a noun\'s content inside the sentence for a speech of its own, with the noun as its source', () => {
    const text = 'Wegen der Berichte von Lotsen, sie seien gewarnt worden, wachsen Befürchtungen, die Reederei werde den Kai sperren.';
    const quotes = new Analyzer().analyze(text).quotes.map((q) => [q.text, q.cue?.text, q.speaker?.text]);
    assert.deepEqual(quotes, [
      ['sie seien gewarnt worden', 'Berichte', 'der Berichte von Lotsen'],
      ['die Reederei werde den Kai sperren', 'Befürchtungen', 'Befürchtungen'],
    ]);
  });
});
