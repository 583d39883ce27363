import { withRule } from '../../attribution';
import { finiteVerb, hasContentClause, lowerTokenIndex } from '../../grammar/clauses';
import { subjectSpeakerness } from '../../grammar/speakerness';
import { PERSON_SUFFIX } from '../../grammar/subject';
import { DETERMINERS } from '../../grammar/words';
import type { Token } from '../../tokens';
import { decided, makeSpeech, opensAfterComma, verbAttribution, type SpeechOutcome, type VerbContext, type VerbFrameRule } from './context';
import { closesInsertedClause, KONJUNKTIV_AUXILIARY, opinionVerb, REPORTED_CLASSES, reportedVerb } from './helpers';

const id = 'speech/reported';
/** Verbs of reminding, telling and revealing, said of things as often as of people. */
const SAID_OF_THINGS = /^(erinnern|erzählen|verraten|enthüllen|offenbaren|signalisieren|unterstreichen|bestätigen|zeigen|verdeutlichen)$/;

/**
 * „Er sprach von einem Erfolg“, „forderte Konsequenzen“: speech without its content is reported.
 * A verb in a sentence with a direct quote is that quote's cue instead. Opinions of experts and
 * bodies count too: „Kritiker fürchten Interessenskonflikte“, „Analysten halten X für
 * wahrscheinlich“ (a verb of thinking with a role or organisation as subject), but not in
 * Konjunktiv: „Das Präsidium halte das Verfahren für schnell“ reports someone else's words.
 */
export const reported: VerbFrameRule = {
  id,
  description: 'X forderte Konsequenzen: a verb of saying (or an expert\'s opinion) without content is reported speech.',
  confidence: 0.5,
  match(ctx: VerbContext): SpeechOutcome | null {
    const { st, v, verb, sa, sb, end, konj, quotedCount } = ctx;
    const t = st.tokens;
    const opinion = verb.entry.cls === 'think' && opinionVerb(t, v, end, verb.entry.lemma) && !konj.at(t, v) && !/e$/.test(t[v].lower) && !t.slice(sa, end + 1).some((x) => /^(wird|werden|wurde|wurden|worden)$/.test(x.lower));
    if (!((REPORTED_CLASSES.has(verb.entry.cls) || opinion) && quotedCount === 0 && !hasContentClause(t, v, end) && (opinion || reportedVerb(st, v, sa, end, verb.entry)))) return null;
    // „Über den Kai lässt sich nichts Negatives sagen“: what one can say, nobody's words.
    if (impersonalLassen(t, sa, v, verb.entry.lemma)) return null;
    const attr = verbAttribution(ctx, id);
    if (!attr.speaker) return null;
    const subject: [number, number] = [lowerTokenIndex(t, attr.speaker.start), lowerTokenIndex(t, attr.speaker.end - 1)];
    if (opinion && st.speakerness(subject) < 1.5) return null;
    // „Der Anstrich erinnert an einen Leuchtturm“, „Der Film erzählt vom alten Hafen“, „Die Grafik
    // signalisiert Wachstum“: things remind, tell and reveal too. With an article and no role, body or
    // person's ending at its head the subject is a thing („Die Lotsin erinnerte an …“, „Die
    // Demonstranten erinnerten an …“ speak).
    if (SAID_OF_THINGS.test(verb.entry.lemma) && thing(ctx, subject)) return null;
    const b = sb - 1;
    // „Außerdem hätten sich die Bürgermeister … ausgesprochen“: a speech act in Konjunktiv is itself
    // reported by whoever spoke before. (Not a frame after its content: in „Nachts sei der Kai
    // besetzt, gab ein Fünftel an“ the Konjunktiv is the content's.)
    const inKonjunktiv = !opensAfterComma(ctx) && KONJUNKTIV_AUXILIARY.test(finiteVerb(t, sa, v)?.lower ?? '');
    // „Der Kurier, der ebenfalls klagte, hatte …“: a clause inserted before the main clause's verb
    // reports only itself.
    const inserted = closesInsertedClause(ctx);
    const q = makeSpeech(ctx, inserted ? ctx.verbClause : sa, inserted ? ctx.c - 1 : t[b].kind === 'punct' ? b : end, 'reported', inKonjunktiv ? withRule(attr, id, attr.speaker, 'by-previous') : attr, 0.5, id);
    // („Eva Roth äußerte sich besorgt über den Kai.“: no reported speech, but she speaks on: „Sie fürchte …“.)
    if (q && st.lex.senses.speaksOnWithoutContent.has(verb.entry.lemma)) q.silent = true;
    return decided(q);
  },
};

/** „lässt sich … sagen“: the verb at v an infinitive under „sich lassen“ in the same clause. */
function impersonalLassen(t: readonly Token[], sa: number, v: number, lemma: string): boolean {
  if (t[v].lower !== lemma) return false;
  let sich = false;
  for (let k = v - 1; k >= sa; k--) {
    const w = t[k].lower;
    if (w === ',' || w === 'und' || w === 'oder') return false;
    if (w === 'sich') sich = true;
    if (/^(lässt|lassen|ließ|ließen)$/.test(w)) return sich;
  }
  return false;
}

/** People named without a person's ending. */
const PEOPLE = /^(frau|frauen|mann|kind|mädchen|junge|jungen|leute|menschen|eltern|familie|familien|person|personen|paar)$/;

/**
 * A subject opened by an article, or by an adjective before a plural, whose head names no role, body
 * or person (an „-er“ head passes for a person: „Das Barometer“ is missed).
 */
function thing({ st }: VerbContext, subject: [number, number]): boolean {
  const first = st.tokens[subject[0]], head = st.tokens[subject[1]].lower;
  // (A single word without article may be a surname: only an adjective with a noun after it counts.)
  const article = DETERMINERS.has(first.lower);
  const adjective = !article && subject[1] > subject[0] && /(e|en|er|es)$/.test(first.lower) && !st.lex.givenNameGender(first.text);
  // (The adjective, capitalised at the sentence's start, is no name: the words after it are weighed.)
  const weighed: [number, number] = adjective ? [subject[0] + 1, subject[1]] : subject;
  return (article || adjective) && subjectSpeakerness(st, weighed) < 1.5 && !PERSON_SUFFIX.test(head) && !PERSON_SUFFIX.test(head.replace(/e?n$|e$/, '')) && !PEOPLE.test(head);
}
