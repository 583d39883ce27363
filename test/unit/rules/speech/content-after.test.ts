import * as assert from 'node:assert/strict';
import { Analyzer } from '../../../../src/core';
import { subjectMention } from '../../../../src/core/attribution';
import { SentenceTokens } from '../../../../src/core/grammar/view';
import { getDefaultLexicon } from '../../../../src/core/lexicon';
import { contentAfter } from '../../../../src/core/rules/speech/content-after';
import { tokenize } from '../../../../src/core/tokens';
import { ruleTester } from '../tester';

ruleTester(contentAfter).run({
  valid: [
    // A frame in a relative clause whose comma lets the clause around it go on frames nothing there.
    'Die Reederei zahlte nicht, da die Ansprüche, die die Lotsen geltend machen wollten, bereits verjährt seien.',
    // A verb closing a clause inserted before the main clause's verb: the sentence goes on after it.
    'Wegen der Berichte, die Lotsen seien gewarnt worden, wachsen Befürchtungen, die Reederei könnte den Kai sperren.',
    'Nur die Hälfte derer, die wir als Freunde bezeichnen, würde uns am Kai helfen.',
    'Die Wasserschutzpolizei hielt den Kapitän am Kai fest.',
    // A zu-infinitive after a noun that takes one is the noun's: seeing a reason frames nothing.
    'Die Lotsin sah keinen Grund, an der Prüfung zu zweifeln.',
    'Die Gäste fanden kein Mittel, die Abwehr zu überwinden.',
    // A verb in -e with „ich“ after it is indicative, as with „ich“ before it: no Konjunktiv, no content.
    'Ein Boot ist wichtig, um Arbeit zu finden, denn dazu brauche ich den Hafen.',
    // A dependent question or dass clause opening the sentence is followed by the main clause, not content.
    'Ob die Lotsin zweifelt, bleibt abzuwarten.',
    'Wie lange der Kai hält, bleibt abzuwarten.',
    // What „und“ joins after the comma goes on with the sentence (unless it is in Konjunktiv).
    'Die Lotsen warnten vor einer Sperre, und scheinen nun Recht zu behalten.',
    // Turning out false frames nothing (with no content clause after it).
    'Die Gerüchte stellten sich bald als haltlos heraus: Die Fähre soll nie gesunken sein.',
    // A „wie“ frame after a whole clause reports that clause, not what follows it.
    'Der Kai ist gesperrt, wie die Polizei mitteilte, seit Montag.',
    // Without content a reflexive phrase frames nothing; „bestehen“ alone is no saying.
    'Die Lotsin zeigte sich sehr enttäuscht.',
    'Der Kai bestand aus Stein, der Hafen aus Holz.',
    // A particle at the clause end makes another verb: „fanden … statt“ is „stattfinden“.
    'Am Wochenende fanden zwei Hafenfeste statt: eines in Kiel und eines in Rostock.',
    'Der Hafen verbietet, im Kai zu angeln.',
    'Die Lotsin wusste, dass der Kai zu kurz ist.',
    'Wenn die Lotsin kommt, fährt die Fähre.',
    // Before no content, the phrase frames nothing: „hat … Mittel in Aussicht gestellt.“
    'Der Hafen hat den Lotsen mehr Geld in Aussicht gestellt.',
    // A purpose clause is no content: „…, um …zu…“.
    'Die Lotsen forderten den Rücktritt des Hafenrats, um den Weg freizumachen.',
    // … but not a weak past in -te or a function word: „der Zugriff erfolgte“, „…, die hohe Miete sowie …“.
    'Die Polizei bestätigte die Festnahme, der Zugriff erfolgte am Morgen.',
    // A verb-final relative clause is no main clause.
    'Die Werft hat ein Update veröffentlicht, das alte Fehler vollständig behebt.',
    // A conditional with its verb first is no frame of the main clause after it.
    'Sollten die Lotsen den Plan ablehnen, werde der Hafen stillstehen.',
    // An infinitive in commas before the main clause's finite verb frames nothing.
    'Die Hoffnung, mehr Schiffe im Hafen zu sehen, dürfte sich bald erfüllen.',
    // A relative clause on the inverted subject is no content.
    'Am Montag sagte Roth, der den Hafenverein führt.',
    // A „wie“ frame inside the sentence followed by a relative clause: the content stands before it.
    'Der Kai ist zu kurz, wie Obmann Jan Roth sagt, der dem Verein seit Jahren vorsitzt.',
    // A frame after its content with a relative or adverbial remainder leaves it to content-before.
    'Im Vorjahr seien es nur zwölf Fähren gewesen, bedauerte Brandt die Entwicklung, was ein Jammer ist.',
    'Der Kai sei zu kurz, betonte die Chefin der Reederei, Ida Brandt, am Sonntag in einer Mitteilung.',
    // An infinitive in commas before the main clause's full verb frames nothing.
    'Die Milbe, inzwischen in jedem Stock zu finden, macht den Bienen zu schaffen.',
  ],
  invalid: [
    // Verbs of ordering, applying, agreeing and setting out frame their content clause.
    { text: 'Das Gericht ordnete an, den Kai zu sperren.', expect: { content: 'den Kai zu sperren', cue: 'ordnete an', speaker: 'Das Gericht' } },
    { text: 'Die Reederei beantragte, den Kai zu sperren.', expect: { content: 'den Kai zu sperren', cue: 'beantragte', speaker: 'Die Reederei' } },
    { text: 'Der Rat stimmte zu, dass der Kai gesperrt wird.', expect: { content: 'dass der Kai gesperrt wird', speaker: 'Der Rat' } },
    { text: 'Die Lotsin legte dar, dass der Kai zu kurz ist.', expect: { content: 'dass der Kai zu kurz ist', cue: 'legte dar', speaker: 'Die Lotsin' } },
    // Verbs of denying, conceding, putting forward, demanding and suggesting, with their particle.
    { text: 'Jan Ohm stritt ab, von den Mängeln gewusst zu haben.', expect: { content: 'von den Mängeln gewusst zu haben', cue: 'stritt ab', speaker: 'Jan Ohm' } },
    { text: 'Die Reederei gestand ein, dass der Kai zu kurz ist.', expect: { content: 'dass der Kai zu kurz ist', cue: 'gestand ein', speaker: 'Die Reederei' } },
    { text: 'Die Gewerkschaft brachte vor, dass die Löhne nicht gestiegen sind.', expect: { content: 'dass die Löhne nicht gestiegen sind', cue: 'brachte vor', speaker: 'Die Gewerkschaft' } },
    { text: 'Der Hafenrat forderte ein, dass der Kai verlängert wird.', expect: { content: 'dass der Kai verlängert wird', cue: 'forderte ein', speaker: 'Der Hafenrat' } },
    { text: 'Die Lotsin legte nahe, den Kai zu sperren.', expect: { content: 'den Kai zu sperren', cue: 'legte nahe', speaker: 'Die Lotsin' } },
    { text: 'Eva Roth zweifelte an, dass der Kai hält.', expect: { content: 'dass der Kai hält', cue: 'zweifelte an', speaker: 'Eva Roth' } },
    // Rejected words with whose they are after the noun of saying belong to that owner; the noun is their cue.
    { text: 'Der Senat wies den Vorwurf der Reederei zurück, er habe den Kai verfallen lassen.', expect: { content: 'er habe den Kai verfallen lassen', cue: 'Vorwurf', speaker: 'Reederei' } },
    { text: 'Der Senat widersprach der Aussage des Lotsen, der Kai sei marode.', expect: { content: 'der Kai sei marode', cue: 'Aussage', speaker: 'Lotsen' } },
    // Without an owner, or with a relative clause on the noun, the subject stays the speaker.
    { text: 'Der Senat wies den Vorwurf zurück, er habe den Kai verfallen lassen.', expect: { content: 'er habe den Kai verfallen lassen', speaker: 'Der Senat' } },
    { text: 'Der Senat bestätigte den Bericht der Hafenpost, dass der Kai marode sei.', expect: { content: 'dass der Kai marode sei', speaker: 'Der Senat' } },
    // Older spellings: „daß“, „theilte … mit“.
    { text: 'Die Zeitung berichtet, daß der Kai zu kurz ist.', expect: { content: 'daß der Kai zu kurz ist', cue: 'berichtet', speaker: 'Die Zeitung' } },
    { text: 'Der Minister theilte mit, daß der Kai zu kurz sey.', expect: { content: 'daß der Kai zu kurz sey', cue: 'theilte mit', speaker: 'Der Minister' } },
    // Idioms of letting on and owning up.
    { text: 'Die Lotsin ließ durchblicken, dass der Kai bald schließt.', expect: { content: 'dass der Kai bald schließt', cue: 'ließ durchblicken', speaker: 'Die Lotsin' } },
    { text: 'Die Lotsin machte keinen Hehl daraus, dass sie den Kai für marode hält.', expect: { content: 'dass sie den Kai für marode hält', cue: 'machte keinen Hehl daraus', speaker: 'Die Lotsin' } },
    // Advocating, asserting a claim and insisting: „sich einsetzen“, „geltend machen“, „Wert darauf legen“.
    { text: 'Die Lotsin setzte sich dafür ein, dass der Kai saniert wird.', expect: { content: 'dass der Kai saniert wird', cue: 'setzte sich dafür ein', speaker: 'Die Lotsin' } },
    { text: 'Die Reederei machte geltend, dass der Kai zu kurz ist.', expect: { content: 'dass der Kai zu kurz ist', cue: 'machte geltend', speaker: 'Die Reederei' } },
    { text: 'Die Lotsin legte Wert darauf, dass der Kai saniert wird.', expect: { content: 'dass der Kai saniert wird', cue: 'legte Wert darauf', speaker: 'Die Lotsin' } },
    // A passive: a body named as the place opening the clause is the source, a town is not.
    { text: 'Im Hafenministerium wurde betont, dass der Kai sicher sei.', expect: { speaker: 'Hafenministerium', cue: 'betont' } },
    { text: 'In Kiel wurde betont, dass der Kai sicher sei.', expect: { speaker: null, cue: 'betont' } },
    // A frame in a relative clause: its content ends where the main clause goes on.
    { text: 'Die Lotsin, die sagte, der Kai sei sicher und die Fähre komme, ging nach Hause.', expect: { speaker: 'Die Lotsin, die', content: 'der Kai sei sicher und die Fähre komme' } },
    { text: 'Die Lotsin, die betonte, dass der Kai, zu dem ein Café gehört, sicher sei, ging.', expect: { content: 'dass der Kai, zu dem ein Café gehört, sicher sei' } },
    // (A clause after the sentence's first word and a comma is none: its content runs on.)
    { text: 'Denn, das lässt sich mit Sicherheit sagen: Der Kai ist alt, hält aber den Winter durch.', expect: { content: 'Der Kai ist alt, hält aber den Winter durch' } },
    // A verb of the manner of saying frames its content like „sagte“.
    { text: 'Die Lotsin seufzte, das werde wieder teuer.', expect: { speaker: 'Die Lotsin', cue: 'seufzte' } },
    // Adjectives between the article and the noun are no finite verb, however many: the coordinated
    // verb shares the whole phrase as its subject (so does a name joined to its particle).
    { text: 'Der amtierende kenianische Hafenminister Omar al-Hamdi verteidigte den Kai und sagte, die Lotsen arbeiteten gut.', expect: { speaker: 'Der amtierende kenianische Hafenminister Omar al-Hamdi', cue: 'sagte' } },
    // „als“ with its verb last opens a clause; the main clause after the content is not part of it.
    { text: 'Als die Lotsin sagte, dass der Kai sinke, lachte der Reeder.', expect: { speaker: 'die Lotsin', cue: 'sagte', content: 'dass der Kai sinke' } },
    { text: 'Als Grund nannte die Behörde, dass der Kai sinke.', expect: { speaker: 'die Behörde', cue: 'nannte', content: 'dass der Kai sinke' } },
    // An age written out stands inside the phrase like „55-jährige“.
    { text: 'Der 27 Jahre alte Lotse sagte, der Kai sei zu kurz.', expect: { speaker: 'Der 27 Jahre alte Lotse', cue: 'sagte' } },
    // A noun before the verb closes the phrase its preposition opened, and so does a fixed phrase
    // („unter anderem“): the verb stays one.
    { text: 'Vor ihrer Abfahrt erklärte Kapitänin Lea Brandt, der Kai sei zu kurz.', expect: { speaker: 'Kapitänin Lea Brandt', cue: 'erklärte', content: 'der Kai sei zu kurz' } },
    { text: 'Unter anderem hoffen Lotsen, den Kai bald zu nutzen.', expect: { speaker: 'Lotsen', cue: 'hoffen' } },
    // The agent of a „wie“ clause past adverbs: „wie schon vom Gericht entschieden“.
    { text: 'Der Kai verstoße, wie schon vom Gericht entschieden, gegen das Gesetz.', expect: { cue: 'entschieden', speaker: 'Gericht' } },
    { text: 'Wie bereits von der Reederei mitgeteilt, sei der Kai marode.', expect: { content: 'sei der Kai marode', cue: 'mitgeteilt', speaker: 'der Reederei' } },
    // An interposed frame opens with its verb, also after „so“; a „wie“ frame reports the clause around it.
    { text: 'Für die Lotsin, so schrieb diese damals an den Hafenrat, sei es eine Ehre, den Kai zu sehen.', expect: { cue: 'schrieb', speaker: 'diese', content: 'sei es eine Ehre, den Kai zu sehen' } },
    { text: 'Wie der Sprecher der Reederei, Jan Roth, in Kiel mitteilte, sieht die Lotsin im Plan eine Gefahr.', expect: { cue: 'mitteilte', content: 'sieht die Lotsin im Plan eine Gefahr' } },
    // „besagen“ states what a document says.
    { text: 'Die Hafenordnung besagt, dass der Kai nachts gesperrt bleibt.', expect: { content: 'dass der Kai nachts gesperrt bleibt', speaker: 'Die Hafenordnung', cue: 'besagt' } },
    // Konjunktiv I of a verb with its particle at the end: „weise … hin“.
    { text: 'Zum Hintergrund führt der Bericht aus, ein Drittel der Schäden weise auf Stürme hin.', expect: { content: 'ein Drittel der Schäden weise auf Stürme hin', speaker: 'der Bericht' } },
    // An aside naming how the speaker calls itself is no content.
    { text: 'Am Abend erklärte der Rat, wie sich die Gruppe der Lotsen selbst nennt, der Kai sei gesperrt.', expect: { content: 'der Kai sei gesperrt', cue: 'erklärte', speaker: 'der Rat' } },
    // „schließen“ with a dass clause concludes.
    { text: 'Aus den Funden schlossen die Forscherinnen, dass der Kai älter ist.', expect: { content: 'dass der Kai älter ist', speaker: 'die Forscherinnen', cue: 'schlossen' } },
    // A frame in a subordinate clause: the main clause after the content opens with its verb, also a strong past.
    { text: 'Nachdem die Ärztin mitgeteilt hatte, dass ein Klinikaufenthalt nötig sei, griff der Mann zum Hammer.', expect: { content: 'dass ein Klinikaufenthalt nötig sei', speaker: 'die Ärztin', cue: 'mitgeteilt' } },
    // … also after „dann“ or „so“ resuming the conditional.
    { text: 'Wenn die Gilde sagt, man sehe den Kai mit Sorge, dann muss die Stadt handeln.', expect: { content: 'man sehe den Kai mit Sorge', speaker: 'die Gilde', cue: 'sagt' } },
    // A particle verb there has its finite auxiliary after it.
    { text: 'Nachdem die Ärztin bekannt gegeben hatte, dass ein Klinikaufenthalt nötig sei, ging der Mann.', expect: { content: 'dass ein Klinikaufenthalt nötig sei', speaker: 'die Ärztin', cue: 'bekannt gegeben' } },
    // A subordinate clause before the frame holds no subject of it: here nobody speaks.
    { text: 'Als der Brief in Kiel eintraf, stellte sich heraus, dass drei Lotsen fehlten.', expect: { content: 'dass drei Lotsen fehlten', speaker: null, cue: 'stellte sich heraus' } },
    // A comma inside brackets ends no clause: the content follows the next frame.
    { text: 'Roth sprach für alle Häfen (Kiel, Bremen, Husum) und betonte, dass der Kai zu kurz sei.', expect: { content: 'dass der Kai zu kurz sei', speaker: 'Roth' } },
    // … but content of its own after it is framed too: in Konjunktiv, or a dass clause.
    { text: 'Die Vorschläge seien geprüft worden, sagten die Lotsen, man habe auf den Hafen gehört.', expect: { content: 'man habe auf den Hafen gehört', speaker: 'die Lotsen', cue: 'sagten' } },
    // „festhalten“ states for the record; holding someone or something fast frames nothing.
    { text: 'Das Hafengericht hielt in seinem Urteil fest, dass die Gebühr rechtens sei.', expect: { content: 'dass die Gebühr rechtens sei', speaker: 'Das Hafengericht', cue: 'hielt in seinem Urteil fest' } },
    // A prepositional phrase with an extended attribute holds no subject, even when the attribute
    // ends in a verb of saying („verbreiteten“): the Lotsen say it.
    { text: 'In einer vom Hafenamt verbreiteten Umfrage der Kammer sagten die Lotsen, sie würden lieber nachts fahren.', expect: { content: 'sie würden lieber nachts fahren', speaker: 'die Lotsen', cue: 'sagten' } },
    // The frame stands in the relative clause after the cheering.
    { text: 'Die Zuschauer jubelten der Kapitänin bei ihrer Rede zu, in der sie die Lotsen aufforderte, den Kai zu räumen.', expect: { content: 'den Kai zu räumen', speaker: 'sie', cue: 'aufforderte' } },
    // The source of „geht hervor“ is the phrase after „aus“, with all its attachments.
    { text: 'Aus dem Abschlussbericht des Amts für Schutz an der Küste geht hervor, dass der Kai zu kurz ist.', expect: { speaker: 'dem Abschlussbericht des Amts für Schutz an der Küste' } },
    // „der“ with a man's role after a singular verb is nominative: the phrase before the verb is its object.
    { text: 'Die gute Nachricht betont nun der Hafenmeister: Der Kai bleibe offen.', expect: { speaker: 'der Hafenmeister', cue: 'betont' } },
    { text: 'Die Lotsin lobt der neue Hafenmeister: Sie sei die Beste im Hafen.', expect: { speaker: 'der neue Hafenmeister', cue: 'lobt' } },
    // (A woman's role after „der“ is a dative: the Lotsin speaks.)
    { text: 'Die Lotsin dankte der Hafenmeisterin und sagte, der Kai sei sicher.', expect: { speaker: 'Die Lotsin', cue: 'sagte' } },
    // (Content in Konjunktiv still stands between such a clause and its main clause.)
    { text: 'Wer jetzt behauptet, das liege allein an den Lotsen, hat den Hafen nicht verstanden.', expect: { content: 'das liege allein an den Lotsen', cue: 'behauptet' } },
    // An adverb opening the sentence owns no genitive: „der …“ after it is the subject.
    { text: 'Auch der nun vorliegende Bericht lässt Zweifel offen, ob der Kai hält.', expect: { speaker: 'der nun vorliegende Bericht' } },
    // A phrase before a postposition is no subject.
    { text: 'Und um das der Ordnung halber auch gleich erwähnt zu haben: Der Kai bleibt gesperrt.', expect: { speaker: null, cue: 'erwähnt' } },
    // A name in the genitive before a noun of saying owns it; the body after the verb speaks.
    { text: 'Roths Vorwurf weist die Reederei entschieden zurück: Man habe alle Regeln eingehalten.', expect: { speaker: 'die Reederei' } },
    { text: 'Jens Roth sagte, der Kai sei zu kurz.', expect: { speaker: 'Jens Roth' } },
    // A chamber is a body: „die Fischereikammer“ after the verb beats a charge before it.
    { text: 'Roths Blockade-Vorwurf weist die Fischereikammer zurück: Man habe alles getan.', expect: { speaker: 'die Fischereikammer' } },
    // A phrase's words before a zu-infinitive frame it as before a dass-clause.
    { text: 'Die Reederei hatte den Lotsen in Aussicht gestellt, manche der Wünsche zu erfüllen.', expect: { content: 'manche der Wünsche zu erfüllen', cue: 'in Aussicht gestellt', speaker: 'Die Reederei' } },
    // What „und“ joins in Konjunktiv is content all the same.
    { text: 'Der Kai sei zu kurz, klagte die Lotsin, und viele Schiffe müssten warten.', expect: { content: 'und viele Schiffe müssten warten', cue: 'klagte' } },
    // „auseinandersetzen“ explains.
    { text: 'Die Lotsin setzte den Reedern auseinander, warum der Kai zu kurz ist.', expect: { content: 'warum der Kai zu kurz ist', speaker: 'Die Lotsin' } },
    // A „wie“ frame inside the clause it reports: the content lies on both sides of it.
    { text: 'Die Reederei will, wie ein Sprecher bestätigte, den Kai verlängern.', expect: { content: 'Die Reederei will, wie ein Sprecher bestätigte, den Kai verlängern', speaker: 'ein Sprecher' } },
    { text: 'Am Montag will die Reederei, wie ein Sprecher bestätigte, den Kai verlängern.', expect: { content: 'Am Montag will die Reederei, wie ein Sprecher bestätigte, den Kai verlängern' } },
    { text: 'Der Kai wird, wie ich glaube, bald gesperrt.', expect: { content: 'Der Kai wird, wie ich glaube, bald gesperrt', speaker: 'ich' } },
    // „in Zweifel ziehen“ doubts like „bezweifeln“, also with the subject after the verb.
    { text: 'Die Lotsin zog in Zweifel, dass der Kai hält.', expect: { content: 'dass der Kai hält', cue: 'zog in Zweifel', speaker: 'Die Lotsin' } },
    { text: 'Nun stellt die Reederei in Zweifel, dass der Kai hält.', expect: { content: 'dass der Kai hält', speaker: 'die Reederei' } },
    // An extended attribute between article and noun belongs to the phrase: „die in Kiel ansässige …“.
    { text: 'Die Untersuchung der am Kai gefundenen Fische hat ergeben: Die Fische sind an einer Seuche verendet.', expect: { cue: 'ergeben', speaker: 'Die Untersuchung der am Kai gefundenen Fische' } },
    { text: 'Wie die in Kiel ansässige Stiftung für Meeresschutz mitteilte, ist der Kai gesperrt.', expect: { cue: 'mitteilte', speaker: 'die in Kiel ansässige Stiftung für Meeresschutz' } },
    { text: 'Der ebenfalls an der Prüfung beteiligte Hafenmeister Jan Roth sagte, der Kai sei zu kurz.', expect: { speaker: 'Der ebenfalls an der Prüfung beteiligte Hafenmeister Jan Roth' } },
    { text: 'Wie aus dem am Dienstag vorgelegten Antrag hervorgeht, sei der Kai zu kurz.', expect: { content: 'sei der Kai zu kurz', cue: 'hervorgeht', speaker: 'dem am Dienstag vorgelegten Antrag' } },
    // A role after a common noun with its article starts a phrase of its own (a heading run into
    // the sentence); a capitalised adjective before a role stays with it.
    { text: 'Der geplante Umbau des Kais Hafenmeister Jan Roth sagte, der Kai sei zu kurz.', expect: { speaker: 'Hafenmeister Jan Roth' } },
    { text: 'Der Kieler Bürgermeister Jan Roth sagte, der Kai sei zu kurz.', expect: { speaker: 'Der Kieler Bürgermeister Jan Roth' } },
    { text: 'Der Grüne Abgeordnete Jan Roth sagte, der Kai sei zu kurz.', expect: { speaker: 'Der Grüne Abgeordnete Jan Roth' } },
    // A reflexive phrase with a word of degree or cause around its adjective.
    { text: 'Die Lotsin zeigte sich sehr enttäuscht, dass der Kai gesperrt ist.', expect: { content: 'dass der Kai gesperrt ist', speaker: 'Die Lotsin' } },
    { text: 'Die Lotsin zeigte sich enttäuscht darüber, dass der Kai gesperrt ist.', expect: { content: 'dass der Kai gesperrt ist', speaker: 'Die Lotsin' } },
    // A coordinated verb of saying after the comma frames what follows itself.
    { text: 'Der Hafenmeister lobte den Plan, rügte aber, dass der Kai zu teuer sei.', expect: { content: 'dass der Kai zu teuer sei', cue: 'rügte' } },
    // Insisting and welcoming frame content.
    { text: 'Die Lotsin bestand darauf, dass der Kai verlängert wird.', expect: { content: 'dass der Kai verlängert wird', cue: 'bestand darauf' } },
    { text: 'Die Lotsin begrüßte, dass der Kai verlängert wird.', expect: { content: 'dass der Kai verlängert wird', cue: 'begrüßte' } },
    // A party's name with a number and a slash is one phrase.
    { text: 'Die Fraktion Bündnis 90/Die Grünen kündigte an, vor Gericht zu ziehen.', expect: { speaker: 'Die Fraktion Bündnis 90/Die Grünen' } },
    // A noun after a genitive name takes no genitive after it: „der Hafenbehörde“ is the dative object.
    { text: 'Als Antwort warf Roths Anwalt der Hafenbehörde vor, man habe ihn schikaniert.', expect: { content: 'man habe ihn schikaniert', speaker: 'Roths Anwalt' } },
    // An acronym takes no genitive either: „der Hafenbehörde“ is the dative object.
    { text: 'Am Montag warf die ILO der Hafenbehörde vor, sie habe die Lotsen schikaniert.', expect: { content: 'sie habe die Lotsen schikaniert', speaker: 'die ILO' } },
    { text: 'Der Chef der ILO warf der Hafenbehörde vor, sie habe die Lotsen schikaniert.', expect: { speaker: 'Der Chef der ILO' } },
    { text: 'Der Hafenrat beschloss, den Kai zu verlängern.', expect: { content: 'den Kai zu verlängern', cue: 'beschloss', speaker: 'Der Hafenrat' } },
    { text: 'Das Gericht hat entschieden, dass der Kai bleibt.', expect: { content: 'dass der Kai bleibt', cue: 'entschieden', speaker: 'Das Gericht' } },
    { text: 'Die Lotsin sagte, der Kai sei zu kurz.', expect: { content: 'der Kai sei zu kurz', cue: 'sagte', speaker: 'Die Lotsin' } },
    { text: 'Die Lotsin forderte, den Kai zu verlängern.', expect: { content: 'den Kai zu verlängern', cue: 'forderte' } },
    // A phrase of concluding or asking in verb-final order: its words stand before the verb.
    { text: 'Die Prüfer sind zu dem Ergebnis gekommen, dass der Kai zu kurz ist.', expect: { content: 'dass der Kai zu kurz ist', cue: 'zu dem Ergebnis gekommen', speaker: 'Die Prüfer' } },
    { text: 'Die Lotsin wollte wissen, warum die Fähre ausfällt.', expect: { content: 'warum die Fähre ausfällt', cue: 'wollte wissen', speaker: 'Die Lotsin' } },
    // A coordinated verb shares the subject of the first verb, not the noun of an opening phrase.
    { text: 'Trotz des guten Wetters strich die Reederei die Fahrt und erklärte, der Kai sei gesperrt.', expect: { speaker: 'die Reederei', cue: 'erklärte' } },
    // A neuter pronoun put first is the object: the coordinated verb's subject follows the first verb.
    { text: 'Dies wollte der Hafenmeister nicht hinnehmen und sagte, der Kai reiche aus.', expect: { speaker: 'der Hafenmeister', cue: 'sagte' } },
    // A sentence adverb in first place is no subject.
    { text: 'Daraufhin teilte die Reederei mit, die Fähre falle aus.', expect: { speaker: 'die Reederei', cue: 'teilte die Reederei mit' } },
    { text: 'Die Lotsin ließ offen, ob der Kai verlängert wird.', expect: { content: 'ob der Kai verlängert wird', cue: 'ließ offen' } },
    // The subject before an interposed frame belongs to the content that opens with its verb.
    { text: 'Der Kai, sagte die Lotsin, sei viel zu kurz.', expect: { content: 'Der Kai, sagte die Lotsin, sei viel zu kurz', cue: 'sagte' } },
    // The „sich“ of a decision need not close its clause.
    { text: 'Die Lotsen einigten sich darauf, den Kai zu verlängern.', expect: { content: 'den Kai zu verlängern', cue: 'einigten sich' } },
    // A contrasting clause with a frame of its own ends the content; a Konjunktiv frame there is part of it.
    { text: 'Die Lotsin sagte, der Kai sei zu kurz, während der Hafenmeister betonte, er sei lang genug.', expect: { content: 'der Kai sei zu kurz', cue: 'sagte' } },
    { text: 'Die Lotsin sagte, der Kai sei zu kurz, wobei der Hafenmeister betont habe, er sei lang genug.', expect: { content: 'der Kai sei zu kurz, wobei der Hafenmeister betont habe, er sei lang genug', cue: 'sagte' } },
    // After Konjunktiv, a main clause with its own subject in the indicative is the narrator's again;
    // a relative clause, which ends in its verb, is not one.
    { text: 'Die Lotsin sagte, der Kai sei zu kurz, der Kapitän vermisste eine klare Linie.', expect: { content: 'der Kai sei zu kurz', cue: 'sagte' } },
    { text: 'Die Lotsin sagte, der Hafen brauche eine Fähre, die es den Gästen erlaubt, den Kai zu erreichen.', expect: { content: 'der Hafen brauche eine Fähre, die es den Gästen erlaubt, den Kai zu erreichen', cue: 'sagte' } },
    // A verb of saying reports a main clause after its comma in any mood.
    { text: 'Der Verband warnte, die Bauarbeiten gefährdeten seltene Vögel.', expect: { content: 'die Bauarbeiten gefährdeten seltene Vögel', cue: 'warnte' } },
    { text: 'Die Lotsin sagte, die Lage ist ernst.', expect: { content: 'die Lage ist ernst', cue: 'sagte' } },
    // … also past the inverted subject of a frame that opens the sentence.
    { text: 'Am Montag sagte Roth, die Lotsen hielten sich an die Regeln.', expect: { content: 'die Lotsen hielten sich an die Regeln', speaker: 'Roth' } },
    // A verb in -e right after a noun subject is Konjunktiv I, listed or not.
    { text: 'Die Lotsin sagte, die Reederei betreibe Panikmache.', expect: { content: 'die Reederei betreibe Panikmache', cue: 'sagte' } },
    // A name in commas after the inverted subject belongs to it, not to the content.
    { text: 'Am Kai sagte der Sprecher des Hafens, Jan Roth, die Fähre sei defekt.', expect: { content: 'die Fähre sei defekt', cue: 'sagte', speaker: 'der Sprecher des Hafens, Jan Roth' } },
    // So does a role in commas after a name, with or without adjectives and a place; a list does not.
    { text: 'Am Montag erklärte Jan Roth, Chef der Hafenbehörde, dass die Schleuse repariert werde.', expect: { content: 'dass die Schleuse repariert werde', cue: 'erklärte', speaker: 'Jan Roth, Chef der Hafenbehörde' } },
    { text: 'Am Montag sagte Jan Roth, stellvertretender Hafenmeister in Kiel, die Schleuse sei repariert.', expect: { content: 'die Schleuse sei repariert', speaker: 'Jan Roth, stellvertretender Hafenmeister in Kiel' } },
    { text: 'Am Montag sagte Jan Roth, die Minister, die Richter und die Anwälte seien zufrieden.', expect: { content: 'die Minister, die Richter und die Anwälte seien zufrieden', speaker: 'Jan Roth' } },
    { text: 'Am Montag sagte die Ministerin, Lehrer, Eltern und Schüler seien zufrieden.', expect: { content: 'Lehrer, Eltern und Schüler seien zufrieden', speaker: 'die Ministerin' } },
    { text: 'Am Montag sagte Eva Lenz, Staaten, die den Hafen sperrten, würden bestraft.', expect: { content: 'Staaten, die den Hafen sperrten, würden bestraft', speaker: 'Eva Lenz' } },
    // A role without its article before the verb: the name and the role are the speaker.
    { text: 'Jan Roth, stellvertretender Hafenmeister, räumte ein, dass die Schleuse zu spät geöffnet wurde.', expect: { content: 'dass die Schleuse zu spät geöffnet wurde', speaker: 'Jan Roth, stellvertretender Hafenmeister' } },
    { text: 'Eva Lenz, ehemalige Lotsin, sagte, die Schleuse sei zu eng.', expect: { content: 'die Schleuse sei zu eng', speaker: 'Eva Lenz, ehemalige Lotsin' } },
    // An apposition may open with an adverb, and two may follow each other.
    { text: 'Roth, zugleich Chef des Hafenvereins, warf der Reederei vor, den Kai zu vernachlässigen.', expect: { speaker: 'Roth, zugleich Chef des Hafenvereins' } },
    { text: 'Auch Jan Roth, einst Lotse im Hafen, heute Dozent in Kiel, sagte, die Lage sei unklar.', expect: { speaker: 'Jan Roth, einst Lotse im Hafen, heute Dozent in Kiel' } },
    // An aside in commas that is no apposition („sichtlich bewegt“) stands between the subject and its verb.
    { text: 'Auch die Lotsin Eva Lenz, seit Jahren als Kritikerin des Hafens bekannt, hat erklärt, der Kai sei zu eng.', expect: { content: 'der Kai sei zu eng', speaker: 'die Lotsin Eva Lenz' } },
    { text: 'Die Lotsen, sichtlich erschöpft, sagten, sie würden nicht mehr fahren.', expect: { content: 'sie würden nicht mehr fahren', speaker: 'Die Lotsen' } },
    // (Not when the subject follows the verb.)
    { text: 'Die Lotsen, sichtlich erschöpft, sagte der Kapitän, würden nicht mehr fahren.', expect: { content: 'würden nicht mehr fahren', speaker: 'der Kapitän' } },
    // An aside in dashes has verbs of its own: its passive does not make the frame passive.
    { text: 'Der Lotse Jan Roth – dessen Patent geprüft werden soll – hatte die Reederei gewarnt: Man werde klagen.', expect: { content: 'Man werde klagen', speaker: 'Der Lotse Jan Roth' } },
    { text: 'Die Lotsin (deren Vertrag verlängert werden soll) hat erklärt, dass der Kai zu eng sei.', expect: { speaker: 'Die Lotsin' } },
    // A clause opening with its verb after a comma shares the subject of the main clause before it.
    { text: 'Roth zweifelt an dem Plan, meint aber, der Kai müsse wachsen.', expect: { content: 'der Kai müsse wachsen', speaker: 'Roth', cue: 'meint' } },
    { text: 'Daher lobt die Lotsin den Plan, sagt aber, der Kai sei zu eng.', expect: { content: 'der Kai sei zu eng', speaker: 'die Lotsin' } },
    // (Not the subject of a w-clause put first.)
    { text: 'Wie eng die Einfahrt ist, geht daraus hervor, dass die Fähre nicht wenden kann.', expect: { speaker: null } },
    // A degree word before the participle stays inside the phrase: the document of the passive speaks.
    { text: 'Im Mai wurde in einem viel gelesenen Gutachten behauptet, dass Lotsen zu wenig schlafen.', expect: { content: 'dass Lotsen zu wenig schlafen', speaker: 'einem viel gelesenen Gutachten' } },
    // (Nor is such a participle a verb of saying: „informierte“ is the source's adjective.)
    { text: 'Eine gut informierte Quelle sagte, der Kai sei zu eng.', expect: { cue: 'sagte', speaker: 'Eine gut informierte Quelle' } },
    // A relative clause with a frame of its own is that frame's, not content of the verb before it.
    { text: 'Der Hafenmeister widersprach der Lotsin, die gesagt hatte, der Kai sei zu kurz.', expect: { content: 'der Kai sei zu kurz', cue: 'gesagt' } },
    // A relative clause without a frame of its own can be the content: „verwies auf die Pflicht, die man habe“.
    { text: 'Die Lotsen verwiesen auf die Pflicht, die man gegenüber den Fahrgästen habe.', expect: { content: 'die man gegenüber den Fahrgästen habe', cue: 'verwiesen' } },
    // A zu-infinitive ends before a coordinated clause of the narrator's with a verb of its own;
    // words without a verb, another infinitive or a Konjunktiv go on with it.
    { text: 'Die Lotsen erklärten, den Streik zu stützen, und nach der Wahl schwenkte auch die Reederei um.', expect: { content: 'den Streik zu stützen', cue: 'erklärten' } },
    { text: 'Der Verband forderte, die Schulden zu senken, und nicht die Löhne.', expect: { content: 'die Schulden zu senken, und nicht die Löhne' } },
    { text: 'Die Lotsen kündigten an, den Streik zu unterstützen, und die Reederei zu verklagen.', expect: { content: 'den Streik zu unterstützen, und die Reederei zu verklagen' } },
    { text: 'Die Lotsen erklärten, den Streik zu unterstützen, und sie seien bereit, länger zu warten.', expect: { content: 'den Streik zu unterstützen, und sie seien bereit, länger zu warten' } },
    // After a name, „der“ before a medium is the dative of whom it was told, not a genitive.
    { text: 'Am Montag sagte Jan Roth der Hafenzeitung, der Kai sei zu kurz.', expect: { speaker: 'Jan Roth' } },
    { text: 'Am Montag sagte Roth der Nachrichtenagentur APA, der Kai sei zu kurz.', expect: { speaker: 'Roth' } },
    { text: 'Die Leser der Hafenzeitung sagten, der Kai sei zu kurz.', expect: { speaker: 'Die Leser der Hafenzeitung' } },
    { text: 'Leser der Hafenzeitung sagten, der Kai sei zu kurz.', expect: { speaker: 'Leser der Hafenzeitung' } },
    { text: 'Am Montag sagte der Sprecher der Hafenzeitung, der Kai sei zu kurz.', expect: { speaker: 'der Sprecher der Hafenzeitung' } },
    // A relative pronoun whose antecedent is no noun right before its comma stands alone in the frame.
    { text: 'Also habe er sich Lotsen anvertraut, die vorab 500 Euro verlangt hätten: Das sei der Tarif.', expect: { content: 'Das sei der Tarif', speaker: 'die' } },
    // So after an adjective of the medium, after a role no medium employs, and after a genitive.
    { text: 'Am Montag sagte Roth der dänischen Hafenzeitung, der Kai sei zu kurz.', expect: { speaker: 'Roth' } },
    { text: 'Am Montag sagte der Hafenminister der Hafenzeitung, der Kai sei zu kurz.', expect: { speaker: 'der Hafenminister' } },
    { text: 'Am Montag sagte ein Sprecher der Reederei der Hafenzeitung, der Kai sei zu kurz.', expect: { speaker: 'ein Sprecher der Reederei' } },
    // (A role at the medium keeps it: the genitive.)
    { text: 'Am Montag sagte die Chefredakteurin der Hafenzeitung, der Kai sei zu kurz.', expect: { speaker: 'die Chefredakteurin der Hafenzeitung' } },
    // (And an acronym after a role is its party or body: „Klubobfrau der ÖVP“.)
    { text: 'Am Montag sagte Anna Roth, Klubobfrau der ÖVP, der Kai sei zu kurz.', expect: { speaker: 'Anna Roth, Klubobfrau der ÖVP' } },
    // „als“ before a subject opens a clause, and a day takes no person as its genitive.
    { text: 'Die Lotsen waren verärgert, als die Reederei ihren Kunden mitteilte, dass der Kai gesperrt ist.', expect: { speaker: 'die Reederei' } },
    { text: 'Die Lotsen waren froh, als am Montag der Hafenmeister mitteilte, dass der Kai offen ist.', expect: { speaker: 'der Hafenmeister' } },
    { text: 'Als Grund nannte die Lotsin, der Kai sei zu kurz.', expect: { speaker: 'die Lotsin' } },
    // An infinitive clause has no subject: who speaks is the subject of the clause before it.
    { text: 'Am Montag trat Hafenmeisterin Eva Roth ans Mikrofon, um zu erklären, dass der Kai gesperrt ist.', expect: { content: 'dass der Kai gesperrt ist', speaker: 'Hafenmeisterin Eva Roth' } },
    // An Arabic surname joined to its particle stays in the name.
    { text: 'Der Chef-Ankläger Omar al-Hamdi sagte, der Prozess werde vertagt.', expect: { speaker: 'Der Chef-Ankläger Omar al-Hamdi' } },
    // A list of participles after one auxiliary shares its subject: „Plakate“ is an object.
    { text: 'Die Gilde hat Unterschriften gesammelt, Plakate gedruckt und am Montag verkündet, dass sie den Kai kauft.', expect: { content: 'dass sie den Kai kauft', speaker: 'Die Gilde' } },
    // „zu“ is a surname particle only after a given name; after a surname it names whom the words were said to.
    { text: 'Jan Roth sagte zu Reportern, der Kai sei zu kurz.', expect: { speaker: 'Jan Roth' } },
    { text: 'Karl-Theodor zu Hafenberg sagte, der Kai sei zu kurz.', expect: { speaker: 'Karl-Theodor zu Hafenberg' } },
    // „sowohl … als auch“ opens a coordination, no name: the speaker is its first member.
    { text: 'Sowohl die Lotsin als auch der Kapitän sagten, der Kai sei zu kurz.', expect: { speaker: 'die Lotsin' } },
    // … also past a relative clause inside the narrator's clause.
    { text: 'Einige Lotsen haben erklärt, Jan Roth zu stützen, und nach der Wahl, bei der Roth gewann, schwenkte auch die Reederei um.', expect: { content: 'Jan Roth zu stützen' } },
    // A verb with „zu“ and „sein“ has no agent: the subject of the clause before does not say it.
    { text: 'Die Reform ist im Zusammenhang mit der Wahl zu sehen, wobei zu erwähnen sei, dass der Hafen wächst.', expect: { content: 'dass der Hafen wächst', cue: 'erwähnen', speaker: null } },
    // An initial inside a name is no sentence end and stays in the name.
    { text: 'Jan L. Roth sagte, der Kai sei zu kurz.', expect: { content: 'der Kai sei zu kurz', speaker: 'Jan L. Roth' } },
    // In a subordinate frame the content ends before the main clause's finite verb.
    { text: 'Wenn die Reederei erklärt, dass der Kai gesperrt ist, fährt die Fähre nicht.', expect: { content: 'dass der Kai gesperrt ist' } },
    { text: 'Sollte die Reederei erklären, dass der Kai gesperrt ist, fährt die Fähre nicht.', expect: { content: 'dass der Kai gesperrt ist' } },
    // A joined zu-infinitive („aufzugeben“) closes its clause as one word.
    { text: 'Die Reederei entschied, das Tanklager aufzugeben.', expect: { content: 'das Tanklager aufzugeben', cue: 'entschied' } },
    // Concluding and becoming known frame content like verbs of saying (issue #16 item 1).
    { text: 'Die Prüfer kamen am Ende zum Schluss, dass der Kai zu kurz ist.', expect: { content: 'dass der Kai zu kurz ist', speaker: 'Die Prüfer' } },
    { text: 'Im April wurde bekannt, dass der Kapitän krank war.', expect: { content: 'dass der Kapitän krank war', speaker: null } },
    // What became known is the news, not its source; a time never speaks.
    { text: 'Ende August war bekannt geworden, dass der Kai zu kurz ist.', expect: { content: 'dass der Kai zu kurz ist', speaker: null } },
    { text: 'Allgemein wird angenommen, dass eine Pumpe versagt hat.', expect: { content: 'dass eine Pumpe versagt hat', speaker: null } },
    // A strong participle opening the sentence before its preposition is an adjunct, no subject.
    { text: 'Verglichen mit dem Vorjahr stellte sich heraus, dass der Kai kürzer ist.', expect: { content: 'dass der Kai kürzer ist', speaker: null } },
    { text: 'Abgesehen davon erklärte die Reederei, dass der Kai sicher sei.', expect: { content: 'dass der Kai sicher sei', speaker: 'die Reederei' } },
    // Light verbs: „machte darauf aufmerksam“, „stellte in Aussicht“, „zeigte sich zufrieden“.
    { text: 'Die Lotsin machte darauf aufmerksam, dass der Kai zu kurz ist.', expect: { content: 'dass der Kai zu kurz ist', speaker: 'Die Lotsin' } },
    { text: 'Der Hafenrat stellte in Aussicht, dass der Kai verlängert wird.', expect: { content: 'dass der Kai verlängert wird', speaker: 'Der Hafenrat' } },
    { text: 'Die Lotsin zeigte sich zufrieden, dass der Kai fertig ist.', expect: { content: 'dass der Kai fertig ist', speaker: 'Die Lotsin' } },
    { text: 'Die Lotsin erklärte, sehr zufrieden zu sein.', expect: { content: 'sehr zufrieden zu sein', cue: 'erklärte' } },
    // In a subordinate frame the infinitive ends at its comma, before the main clause.
    { text: 'Während die Lotsin erklärte, zufrieden zu sein, „das reicht“, räumte der Kapitän Fehler ein.', expect: { content: 'zufrieden zu sein', cue: 'erklärte' } },
    { text: 'Wie die Hafenpost berichtet, wird der Kai verlängert.', expect: { content: 'wird der Kai verlängert', cue: 'berichtet', speaker: 'die Hafenpost' } },
    // „X erklärte laut Y“: X speaks; a medium or document after „laut“ only passes the words on.
    { text: 'Die Lotsin Jana Brink erklärte laut dem Regionalsender Nordwelle, der Kai sei zu kurz.', expect: { content: 'der Kai sei zu kurz', cue: 'erklärte', speaker: 'Die Lotsin Jana Brink', medium: 'dem Regionalsender Nordwelle' } },
    { text: 'Der Hafenmeister bestätigte laut hafenpost.de, dass der Kai gesperrt ist.', expect: { cue: 'bestätigte', speaker: 'Der Hafenmeister', medium: 'hafenpost.de' } },
    { text: 'Die Reederei sagte laut einem Bericht der Hafenzeitung, sie werde den Kai meiden.', expect: { cue: 'sagte', speaker: 'Die Reederei', medium: 'einem Bericht der Hafenzeitung' } },
    // So does a surname on its own; a thing as subject leaves the source to the frame.
    { text: 'Roth erklärte laut der Hafenzeitung, der Kai sei zu kurz.', expect: { cue: 'erklärte', speaker: 'Roth', medium: 'der Hafenzeitung' } },
    // A dative phrase is no subject: whom something threatens is no speaker (the analysis drops a frame without one).
    { text: 'Dem Kapitän droht jedoch ein Ausfall: Die Lotsin ist krank.', expect: { cue: 'droht', speaker: null } },
    // A person after „laut“ is the one who spoke; without a subject the frame is the source.
    { text: 'Die Reederei hält den Kai laut ihrem Kapitän Ole Brink für zu kurz, man werde ihn meiden.', expect: { cue: 'laut', speaker: 'ihrem Kapitän Ole Brink', medium: null } },
    { text: 'Am Montag wurde laut Hafenpost bestätigt, dass der Kai gesperrt ist.', expect: { cue: 'laut', speaker: 'Hafenpost' } },
  ],
});

describe('a frame without a subject that speaks', () => {
  it('finds no speech where a dative phrase stands before the verb', () => {
    assert.deepEqual(new Analyzer().analyze('Dem Kapitän droht jedoch ein Ausfall: Die Lotsin ist krank.').quotes, []);
  });
});

describe('a frame in a relative clause', () => {
  it('shows the relative pronoun that stands in the frame together with its antecedent, and names the antecedent', () => {
    const [q] = new Analyzer().analyze('Kritik kam von Anna Roth, die auch angab, dass der Kai zu kurz sei.').quotes;
    assert.equal(q?.speaker?.text, 'Anna Roth, die');
    assert.deepEqual(q?.speaker?.segments?.map((s) => s.text), ['Anna Roth', 'die']);
    assert.equal(q?.speaker?.name, 'Anna Roth');
  });

  it('takes an article opening the clause for no relative pronoun when the subject stands further back', () => {
    const text = 'Die Lotsin hofft, dass alles, was geschieht, den Lotsen gefällt.';
    const tokens = tokenize(text);
    const st = new SentenceTokens(text, tokens, getDefaultLexicon());
    const at = (word: string) => tokens.findIndex((t) => t.text === word);
    const mention = subjectMention(st, at('gefällt'), [at('Die'), at('Lotsin')], 0);
    assert.equal(mention.speaker?.text, 'Die Lotsin');
    assert.equal(mention.speaker?.segments, undefined);
    assert.equal(mention.refersTo, null);
  });

  it('does the same for a direct quote framed in the relative clause', () => {
    const [q] = new Analyzer().analyze('Kritik kommt vom Hafenverein, der den Umbau als „Verrat an den Lotsen“ bezeichnet.').quotes;
    assert.equal(q?.type, 'direct');
    assert.deepEqual(q?.speaker?.segments?.map((s) => s.text), ['Hafenverein', 'der']);
  });
});
