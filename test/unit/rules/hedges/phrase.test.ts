import { phrase } from '../../../../src/core/rules/hedges/phrase';
import { ruleTester } from '../tester';

ruleTester(phrase).run({
  valid: [
    'Die Lotsin wies darauf hin, dass der Kai absinkt.',
    'Es kommt darauf an, wie es aussieht.',
    // „gelten“ = apply, with „als“ comparing a phrase led by a preposition.
    'Die Werft, in der niedrigere Löhne gelten als im alten Hafen, wächst.',
    'Der Kai ist voll, weil für Fähren strengere Regeln gelten als für Segelboote.',
    // „Wer weiß …?“ asking who knows something is a question, not doubt.
    'Wer weiß, wo der Schlüssel zum Kran liegt, soll sich melden.',
    'Wer weiß etwas über den Riss im Kai?',
    // „heißt es“ before an infinitive says what one must do; no hearsay.
    'Nun heißt es warten, bis der Kai repariert ist.',
    'Für die Lotsen heißt es jetzt, Ruhe zu bewahren.',
    'Auf der Aufnahme ist zu hören, wie der Kai bricht.',
    'Einem Bericht der Hafenpost zufolge wird die Werft verkauft.',
    // „es heißt“ in a relative clause on a named document is its attribution.
    'Die Werft legte ein Gutachten vor, in dem es heißt, der Kai sei zu kurz.',
    'Angenommen wurde der Antrag der Lotsen.',
    'Die Lotsen sehen den neuen Kran skeptisch.',
    'In der Erklärung der Reederei heißt es, der Kai sei sicher.',
    // „heißen“ as „to mean“.
    'Es heißt nicht, dass der Kai zu kurz ist.',
    'Es heißt zwar dasselbe, klingt aber freundlicher.',
    'Der Kai ist zu kurz.',
    'Ich nehme an der Sitzung der Lotsen teil.',
    'Im Dunkeln leuchtet der Kai.',
    // „liegt nahe“ with a zu-infinitive recommends; with „dass“ it infers.
    'Deshalb liegt es nahe, den Kai zu verlängern.',
    'In dem Bericht steht in der Einleitung, der Kai sei kurz.',
    // A named source after the phrase makes it attribution too.
    'Der Kai bleibt gesperrt, hieß es am Freitag aus dem Hafenamt.',
    'Es gab Kontrollen, hieß es dazu von der Wasserschutzpolizei.',
    'Aus der Bremer Reederei hieß es, der Kai werde gesperrt.',
    // A document or body just named: „heißt es darin“, „dort heißt es“.
    'Die Lotsen schrieben einen Brief. Der Kai sei zu kurz, heißt es darin.',
    'Man verweist an das Hafenamt. Dort heißt es, der Kai sei sicher.',
    // A document or body after the phrase, past a time: „im“, „bei“, „auf Anfrage“, „an einer Stelle“.
    'Der Kai werde im Mai gesperrt, heißt es im Rundschreiben der Reederei.',
    'Der Kran sei repariert, hieß es am Montag bei der Hafenfeuerwehr.',
    'Der Kai werde gesperrt, heißt es auf Anfrage.',
    'Der Kai sei ein Ärgernis, heißt es an einer Stelle des Gutachtens.',
    'Die Werft habe gespart, heißt es in Müllers Gutachten.',
    // What one must do, with an object before the infinitive, or a bare noun after the colon.
    'Nun heißt es auf das Ende des Hochwassers warten.',
    'Jetzt heißt es: Kaimauer sichern, Schiffe umleiten.',
    // „Was heißt es, wenn …“ asks what something means.
    'Was heißt es also, wenn der Kai gesperrt wird?',
  ],
  invalid: [
    // A rhetorical „wer weiß“ before an open question, and an outcome in the balance.
    { text: 'Der Kai hält noch, aber wer weiß, wie lange.', expect: { cue: 'wer weiß, wie', kind: 'uncertainty' } },
    { text: 'Die Zukunft der Werft steht auf der Kippe.', expect: { cue: 'auf der Kippe' } },
    // „wie es aussieht“ set off as an aside weighs what appears; an indirect question does not (valid above).
    { text: 'Der Kai bleibt, wie es aussieht, bis Mai gesperrt.', expect: { cue: 'wie es aussieht', kind: 'epistemic' } },
    // „wird sich weisen“ leaves an outcome open, like „wird sich zeigen“.
    { text: 'Ob der Kai den Winter übersteht, wird sich weisen.', expect: { cue: 'wird sich weisen', kind: 'uncertainty' } },
    // A comparative in the subject without a preposition after „als“ keeps the reputation.
    { text: 'Die größere Fähre gilt als sicherer.', expect: { cue: 'gilt als' } },
    { text: 'Der Vertrag hängt am seidenen Faden.', expect: { cue: 'am seidenen Faden' } },
    // What is not off the table, a question still open, and a rumour left unnamed.
    { text: 'Eine Sperrung des Kais ist nicht vom Tisch.', expect: { cue: 'nicht vom Tisch', kind: 'uncertainty' } },
    { text: 'Die Frage ist, ob der Kai den Winter übersteht.', expect: { cue: 'Die Frage ist, ob' } },
    { text: 'Der Reederei wird nachgesagt, am Kai zu sparen.', expect: { cue: 'wird nachgesagt', kind: 'vague_source' } },
    // The same phrases in Konjunktiv, in reported speech.
    { text: 'Der Nordkai gelte als marode, sagte die Lotsin.', expect: { cue: 'gelte als' } },
    { text: 'Von einem Riss im Kai sei die Rede, hieß es.', expect: { cue: 'sei die Rede' } },
    { text: 'Vieles spreche dafür, dass der Kai bricht, sagte sie.', expect: { cue: 'spreche dafür, dass' } },
    // Doubt about a proposition hedges it; scepticism about a thing alone does not (below).
    { text: 'Die Lotsen sind skeptisch, ob der Kai den Winter übersteht.', expect: { cue: 'skeptisch, ob' } },
    { text: 'Die Gilde ist skeptisch, dass die Reederei Wort hält.', expect: { cue: 'skeptisch, dass' } },
    // Certainty denied by more than „nicht“.
    { text: 'Ob der Kai im Winter hält, ist alles andere als sicher.', expect: { cue: 'alles andere als sicher', kind: 'uncertainty' } },
    { text: 'Der Termin für den Umbau ist keineswegs sicher.', expect: { cue: 'keineswegs sicher', kind: 'uncertainty' } },
    // Conflicting reports leave the fact open.
    { text: 'Über die Zahl der Verletzten am Kai gab es zunächst widersprüchliche Angaben.', expect: { cue: 'widersprüchliche Angaben', kind: 'uncertainty' } },
    // Appearance: „wirkte, als …“.
    { text: 'Die Lotsin wirkte, als habe sie nicht geschlafen.', expect: { cue: 'wirkte, als', kind: 'epistemic' } },
    // „weist … darauf hin“ is an indication when much or all points that way; a person who points it out speaks.
    { text: 'Vieles weist darauf hin, dass der Kai absinkt.', expect: { cue: 'Vieles weist darauf hin' } },
    { text: 'Die Pegel lassen den Schluss zu, der Kai sinke ab.', expect: { cue: 'lassen den Schluss zu' } },
    // „nichts ausschließen“ keeps every possibility open, as „nicht ausschließen“ does.
    { text: 'Für den Umbau des Kais sei letztlich nichts auszuschließen.', expect: { cue: 'nichts auszuschließen' } },
    { text: 'Die Lotsin will nichts ausschließen.', expect: { cue: 'nichts ausschließen' } },
    { text: 'Der Kai ist, wie es heißt, zu kurz.', expect: { cue: 'es heißt', kind: 'vague_source' } },
    // Impersonal hearsay (not „ist zu hören, wie …“, which is heard on a recording).
    { text: 'Wie zu hören ist, wird die Werft verkauft.', expect: { cue: 'Wie zu hören ist', kind: 'vague_source' } },
    { text: 'Wie man hört, wird die Werft verkauft.', expect: { cue: 'Wie man hört', kind: 'vague_source' } },
    // Knowledge so far, a chance weighed, a damage not yet to be assessed, the rumour mill.
    { text: 'Nach aktuellen Erkenntnissen war der Kapitän betrunken.', expect: { cue: 'Nach aktuellen Erkenntnissen', kind: 'vague_source' } },
    { text: 'Die Chancen stehen gut, dass der Kai hält.', expect: { cue: 'Chancen stehen gut', kind: 'epistemic' } },
    { text: 'Der Schaden am Kai ist noch nicht abzuschätzen.', expect: { cue: 'nicht abzuschätzen', kind: 'uncertainty' } },
    // An unnamed report; a named one („Einem Bericht der Hafenpost zufolge“) is attribution.
    { text: 'Einem Medienbericht zufolge wird die Werft verkauft.', expect: { cue: 'Einem Medienbericht zufolge', kind: 'vague_source' } },
    // The fronted participle of assuming before its dass-clause (not „Angenommen wurde der Antrag“).
    { text: 'Angenommen wird, dass der Kai bricht.', expect: { cue: 'Angenommen wird, dass', kind: 'belief' } },
    { text: 'Der Kai bleibt gesperrt, hieß es aus Hafenkreisen.', expect: { cue: 'hieß es', kind: 'vague_source' } },
    // Places that name no one, and a place without article.
    { text: 'Der Kai werde gesperrt, hieß es am Montag in Medienberichten.', expect: { cue: 'hieß es', kind: 'vague_source' } },
    { text: 'Der Kai werde gesperrt, hieß es im Vorfeld.', expect: { cue: 'hieß es', kind: 'vague_source' } },
    { text: 'Der Kai werde gesperrt, hieß es in Bremen.', expect: { cue: 'hieß es', kind: 'vague_source' } },
    // After the colon a quote with its own subject: hearsay, not what one must do.
    { text: 'Aus Hafenkreisen hieß es knapp: Wir warten ab.', expect: { cue: 'hieß es', kind: 'vague_source' } },
    // A capitalised place adjective is not the source: the circles after it are.
    { text: 'Aus Bremer Reederkreisen hieß es, der Kai werde gesperrt.', expect: { cue: 'hieß es', kind: 'vague_source' } },
    { text: 'Allem Anschein nach ist der Kai zu kurz.', expect: { cue: 'Allem Anschein nach', kind: 'epistemic' } },
    { text: 'Es sieht danach aus, dass der Kai zu kurz ist.', expect: { cue: 'sieht danach aus', kind: 'epistemic' } },
    // Speakers who do not know or cannot say („schwer zu sagen“, „weiß ich nicht“, „meines Wissens“).
    { text: 'Ob der Kai hält, ist schwer zu sagen.', expect: { cue: 'schwer zu sagen', kind: 'uncertainty' } },
    { text: 'Ob der Kai hält, weiß ich nicht.', expect: { cue: 'weiß ich nicht', kind: 'uncertainty' } },
    { text: 'Meines Wissens hält der Kai noch zehn Jahre.', expect: { cue: 'Meines Wissens', kind: 'uncertainty' } },
    { text: 'Ob der Kai hält, wird sich zeigen.', expect: { cue: 'wird sich zeigen', kind: 'uncertainty' } },
    { text: 'Ich habe das Gefühl, dass der Kai nicht hält.', expect: { cue: 'habe das Gefühl', kind: 'epistemic' } },
    { text: 'Die Zählung der Lotsen ist mit Vorsicht zu genießen.', expect: { cue: 'mit Vorsicht zu genießen', kind: 'epistemic' } },
    { text: 'Es liegt nahe, dass der Kai zu kurz ist.', expect: { cue: 'Es liegt nahe, dass' } },
    { text: 'Niemand kann sagen, ob der Kai hält.', expect: { cue: 'Niemand kann sagen' } },
    { text: 'Es gibt Spuren, die darauf schließen lassen, dass der Kai bricht.', expect: { cue: 'darauf schließen lassen' } },
    { text: 'Vieles spricht für einen Bruch des Kais.', expect: { cue: 'Vieles spricht für' } },
    { text: 'Der Kai ist meines Erachtens zu kurz.', expect: { cue: 'meines Erachtens' } },
    { text: 'Vieles spricht dafür, dass der Kai zu kurz ist.', expect: { cue: 'spricht dafür, dass', kind: 'epistemic' } },
    { text: 'Die Lotsen halten einen Dammbruch für realistisch.', expect: { cue: 'für realistisch', kind: 'belief' } },
    { text: 'Die Rede ist von bis zu drei Millionen Euro.', expect: { cue: 'Die Rede ist von', kind: 'vague_source' } },
    { text: 'Die Zahlen erwecken den Eindruck, der Hafen sei rentabel.', expect: { cue: 'erwecken den Eindruck', kind: 'epistemic' } },
    { text: 'Es ist nicht ausgeschlossen, dass der Kai bricht.', expect: { cue: 'nicht ausgeschlossen', kind: 'uncertainty' } },
    // The comma tells the belief from „nehme an der Sitzung teil“ but is no part of the cue.
    { text: 'Ich nehme an, die Fähre kommt später.', expect: { cue: 'Ich nehme an', kind: 'belief' } },
    { text: 'Die Bilder vom Kai ließen sich nicht unabhängig überprüfen.', expect: { cue: 'nicht unabhängig überprüfen', kind: 'uncertainty' } },
    { text: 'Einiges spricht für einen Defekt der Pumpe.', expect: { cue: 'Einiges spricht für', kind: 'epistemic' } },
    { text: 'Wann der Kai öffnet, ist noch nicht absehbar.', expect: { cue: 'nicht absehbar', kind: 'uncertainty' } },
    { text: 'Ich habe den Eindruck, der Kai ist zu kurz.', expect: { cue: 'habe den Eindruck', kind: 'epistemic' } },
    { text: 'Die Zahlen der Reederei gelten unter Vorbehalt.', expect: { cue: 'unter Vorbehalt', kind: 'uncertainty' } },
    { text: 'Wie lange der Streik im Hafen dauert, weiß niemand.', expect: { cue: 'weiß niemand', kind: 'uncertainty' } },
    { text: 'Die Hintergründe des Unfalls liegen im Dunkeln.', expect: { cue: 'liegen im Dunkeln', kind: 'uncertainty' } },
  ],
});
