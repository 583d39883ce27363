import { attributionOf } from '../../attribution';
import { clauseEndAfter, CONTENT_OPENERS, existential, GEBEN, MODALS, zuInfinitive } from '../../grammar/clauses';
import { pastExtendedAttribute } from '../../grammar/noun-phrase';
import { agentOf, passiveClause } from '../../grammar/subject';
import type { NP, SentenceTokens } from '../../grammar/view';
import { ADVERBS, AUXILIARIES, DETERMINERS, fullVerbForm, NOT_A_FULL_VERB, PARTICIPLE, PREPOSITIONS } from '../../grammar/words';
import { isCap, type Token } from '../../tokens';
import type { Span } from '../../types';
import { decided, hasKonjunktiv, makeSpeech, nameAppositionEnd, type SpeechContext, type SpeechOutcome, type SpeechRule } from './context';
import { NOUN } from './signals';

const id = 'speech/speech-noun';

/** „die Forderung, …“, „Hinweise, dass …“, „der Vorschlag der Kommission, …“: a noun of saying or thinking with its content. */
export const speechNoun: SpeechRule = {
  id,
  description: 'A noun of saying or thinking with its content clause („die Forderung, …“, „Hinweise, dass …“).',
  confidence: 0.6,
  triggers: NOUN,
  match(ctx: SpeechContext): SpeechOutcome | null {
    const { st, end, inQuote, framed } = ctx;
    const t = st.tokens;
    for (let k = ctx.sa; k < end; k++) {
      if (inQuote(k) || t[k].kind !== 'word' || !st.lex.isSpeechNoun(t[k].text)) continue;
      // „Es gibt keine Hinweise, dass …“: a noun of saying under negation reports nothing.
      // (Nor „ohne Zweifel“ and „außer Frage“, which only assure: „Das ist ohne Zweifel eine Last, wie …“.)
      if (/^(keine|keinen|keiner|keinerlei|ohne|außer)$/.test(t[k - 1]?.lower ?? '')) continue;
      // „dafür Sorge tragen, dass …“, „trägt dafür Sorge, dass …“ takes care; it voices no worry.
      if (t[k].text === 'Sorge' && takesCare(t, k)) continue;
      // „nach Meinung Russlands“: the noun belongs to a source frame, handled as one.
      if (framed && framed.attribution.cue && t[k].start < framed.attribution.cue.end && t[k].end > framed.attribution.cue.start) continue;
      let c = k + 1;
      // „die Zusage ihres Chefs, Tim Rau, …“: skip a genitive and an apposition up to the comma (or
      // the colon: „Sein Argument: …“). A verb of saying before it frames the content itself
      // („schlossen sich den Forderungen an und mahnten an, dass …“). Nor does a zu-infinitive
      // whose object the noun is, before a clause of its own: „versprach, einige der Wünsche zu
      // erfüllen, andere seien …“ (an extraposed dass-clause may still be the noun's: „den
      // Eindruck zu zerstreuen, dass …“). Another noun of saying nearer the comma owns the content:
      // „Wegen der Berichte wachsen Befürchtungen, …“, „Kritik am Plan, den Kai zu sperren, …“ (the
      // plan is to close it).
      while (c <= end && c - k < 8 && t[c].text !== ',' && t[c].text !== ':' && !(t[c].kind === 'word' && !isCap(t[c]) && saysAlone(st, c)) && !objectOfInfinitive(t, c, end) && !(t[c].kind === 'word' && isCap(t[c]) && st.lex.isSpeechNoun(t[c].text))) c++;
      if (c >= end || (t[c].text !== ',' && t[c].text !== ':')) continue;
      const d = contentComma(ctx, c);
      if (d < 0) continue;
      const contentEnd = clauseEndAfter(t, d + 1, end);
      // „Auch das Argument der Werft, …, sei überschätzt worden“: a speech named in a sentence that
      // is itself reported stands inside the speech before and does not take it over.
      const mentioned = hasKonjunktiv(ctx, ctx.sa, d, true) || hasKonjunktiv(ctx, contentEnd + 1, end, true) ? 'mentioned' : undefined;
      return decided(makeSpeech(ctx, d + 1, contentEnd, 'indirect', attributionOf(id, nounCue(ctx, k), comesFrom(ctx, contentEnd) ?? nounSource(ctx, k, c), 'sentence-verb', undefined, mentioned), 0.6, id));
    }
    return null;
  },
};

/**
 * The cue: the noun with the verb it belongs to, when that verb stands right before the noun's
 * article — as its object or predicate („äußerte die Hoffnung“, „ist der Ansicht“, past a pronoun
 * subject: „äußerte er die Hoffnung“), after „mit“ („schließt mit der Warnung“) — or with „es gibt“
 * („gab es Hinweise“); else the noun alone. The verb and the noun together say what was done with
 * the words.
 */
function nounCue(ctx: SpeechContext, k: number): Span {
  const { st, sa } = ctx;
  const t = st.tokens;
  const a = phraseStart(ctx, k);
  const word = (j: number) => (j >= sa && t[j].kind === 'word' ? t[j].lower : '');
  // „gab es Hinweise“, „Es gibt Befürchtungen“.
  if ((word(a - 1) === 'es' && GEBEN.test(word(a - 2))) || (GEBEN.test(word(a - 1)) && word(a - 2) === 'es')) return st.span(a - 2, k);
  const verbAt = (j: number) => j >= sa && t[j].kind === 'word' && !isCap(t[j]) && (COPULA.test(t[j].lower) || (!NOT_A_FULL_VERB.has(t[j].lower) && fullVerbForm(st.lex, t[j].lower)));
  // „Der Brief schließt mit der Warnung, …“.
  if (word(a - 1) === 'mit' && a < k && verbAt(a - 2)) return st.span(a - 2, k);
  // (Only past an article: a bare noun after a verb may be its subject, „wachsen Befürchtungen“.
  // Nor when a zu-infinitive after the noun takes it as object: „suchte den Eindruck zu zerstreuen“.)
  if (a === k || !DETERMINERS.has(t[a].lower) || word(k + 1) === 'zu') return st.span(k, k);
  if (verbAt(a - 1)) return st.span(a - 1, k);
  if (/^(er|sie|man|wir|ich)$/.test(word(a - 1)) && verbAt(a - 2)) return st.span(a - 2, k);
  return st.span(k, k);
}

/**
 * A verb of saying on its own: not the verb of a phrase whose words it needs („in Zweifel
 * gezogen“), nor the bare participle of a separable verb, whose particle would be joined to it
 * („bekanntgegeben“). So „Dazu wurde der Hinweis gegeben, dass …“ keeps its noun.
 */
function saysAlone(st: SentenceTokens, c: number): boolean {
  const form = st.tokens[c].lower;
  return st.lex.verb(form).some((e) => !e.particle || (e.particleWords!.length === 1 && !bareParticiple(form, e.lemma.slice(e.particle.length))));
}

/** „gegeben“ for the base „geben“, „gestellt“ for „stellen“ (but „geht“ is no participle of „gehen“). */
function bareParticiple(form: string, base: string): boolean {
  return form.startsWith('ge') && (!base.startsWith('ge') || form.startsWith('gege'));
}

/** „zu erfüllen, andere seien …“: a zu-infinitive at c whose clause is followed by no dass/ob/w-clause. */
function objectOfInfinitive(t: Token[], c: number, end: number): boolean {
  if (t[c].lower !== 'zu' || t[c + 1]?.kind !== 'word' || isCap(t[c + 1])) return false;
  let comma = c + 2;
  while (comma < end && t[comma].text !== ',') comma++;
  return !CONTENT_OPENERS.has(t[comma + 1]?.lower ?? '');
}

/** „Kritik am Plan, … zu …, kommt von der Opposition“: the body the noun comes from, named after its content. */
function comesFrom({ st, end }: SpeechContext, contentEnd: number): Span | null {
  const t = st.tokens;
  if (t[contentEnd + 1]?.text !== ',' || !/^(kommt|kam|kommen|kamen)$/.test(t[contentEnd + 2]?.lower ?? '')) return null;
  for (let j = contentEnd + 3; j <= end && j < contentEnd + 7; j++) {
    if (!/^(von|vom)$/.test(t[j].lower)) continue;
    const np = st.nounPhrase(j + 1, end + 1);
    return np ? st.span(np[0], np[1]) : null;
  }
  return null;
}

/** Subordinators of cause and concession: „da“, „weil“, „obwohl“. */
const CAUSE_OR_CONCESSION = /^(da|weil|obwohl|obgleich|obschon)$/;

/** The comma after which the content starts: c itself, or the comma closing an apposition after it („…, Ida Brandt, dass …“); -1 when no content follows. */
function contentComma(ctx: SpeechContext, c: number): number {
  const t = ctx.st.tokens;
  const end = ctx.end;
  if (relativeWelch(t, c + 1)) return -1;
  if (CONTENT_OPENERS.has(t[c + 1]?.lower) || zuInfinitive(t, c + 1, end)) return c;
  // A relative clause on the noun tells what the thing does, in any mood: „einen Antrag, der die
  // Rechte gestärkt hätte“ (but „Gerüchte, denen zufolge …“ pass words on).
  if (t[c].text === ',' && ctx.st.opensRelativeClause(c + 1) && !/^(zufolge|nach)$/.test(t[c + 2]?.lower ?? '')) return -1;
  // A clause of cause or concession is no content, in any mood: „Zweifel kamen auf, da die Werft
  // hätte liefern sollen“ („da“ before a finite verb is the adverb: „Sorge, da sei nichts zu machen“).
  // (A condition may open the content: „die Auffassung, falls …, könne …“.)
  if (CAUSE_OR_CONCESSION.test(t[c + 1]?.lower ?? '') && !(t[c + 1].lower === 'da' && (AUXILIARIES.has(t[c + 2]?.lower ?? '') || MODALS.test(t[c + 2]?.lower ?? '')))) return -1;
  // A name in commas is the noun's apposition; the content follows it: „die Appelle des Chefs, Hans Roth, er halte …“.
  const apposition = nameAppositionEnd(ctx.st, c, end);
  if (apposition > 0) return hasKonjunktiv(ctx, apposition + 1, end) || CONTENT_OPENERS.has(t[apposition + 1]?.lower) || zuInfinitive(t, apposition + 1, end) ? apposition : -1;
  if (hasKonjunktiv(ctx, c + 1, end)) return c;
  let e = c + 1;
  while (e <= end && e - c < 5 && t[e].text !== ',') e++;
  return e < end && t[e].text === ',' && ((CONTENT_OPENERS.has(t[e + 1]?.lower) && !relativeWelch(t, e + 1)) || zuInfinitive(t, e + 1, end)) ? e : -1;
}

/**
 * „welche“ after a noun opens a relative clause about it („das Gutachten, welches den Irrtum für
 * möglich hielt“) unless a noun follows, as in a question: „die Frage, welche Fähre fährt“.
 */
function relativeWelch(t: Token[], k: number): boolean {
  return /^welche[mnrs]?$/.test(t[k]?.lower ?? '') && !(t[k + 1] && isCap(t[k + 1]));
}

/** Possessive articles in the dative (and the feminine genitive): „seinem“, „ihrer“, „unserem“. */
const OWNER_OBLIQUE = /^(seinem|seiner|ihrem|ihrer|meinem|meiner|unserem|unserer|eurem|eurer|deinem|deiner)$/;

/**
 * The source: the noun phrase of the noun itself („der Vorschlag“, „die Warnung der Wärter“), or —
 * when the noun is a verb's object or predicate — the clause's subject („Die DSW ist der Ansicht, …“,
 * „Der Verband antwortet auf die Klage mit dem Hinweis, …“; not „gibt es Hinweise, dass …“).
 */
function nounSource(ctx: SpeechContext, k: number, c: number): Span {
  const { st, sa } = ctx;
  const t = st.tokens;
  const a0 = phraseStart(ctx, k);
  // „Roths neue Forderung, …“: a name in the genitive before the noun owns it.
  const owner = genitiveOwner(st, sa, a0);
  if (owner) return owner;
  // „den von der Reederei vorgelegten Vorschlag“: the agent inside the noun's own attribute made it.
  const attribute = attributeAgent(st, sa, a0);
  if (attribute) return attribute;
  // („die Ankündigung ihres Trainers“: a possessive article opens a genitive too.)
  const genitive = /^(der|des|von|vom|seines|seiner|ihres|ihrer|eines|einer)$/.test(t[k + 1]?.lower ?? '') ? st.nounPhrase(t[k + 1].lower === 'von' || t[k + 1].lower === 'vom' ? k + 2 : k + 1, c) : null;
  // „Daraus wurde von den Lotsen der Schluss gezogen, …“: in a passive the agent holds the view.
  const agent = genitive ? null : passiveAgent(st, st.clauseStart(k, sa), a0);
  if (agent) return st.span(agent[0], agent[1]);
  const before = t[a0 - 1]?.lower;
  // „Mit seiner Ankündigung, …“, „Das liefe ihrem Plan zuwider, …“: a possessive in the dative or
  // after a preposition names the owner, not the clause's subject (as „äußerte seine Hoffnung“ does).
  if (!genitive && OWNER_OBLIQUE.test(t[a0].lower) && (PREPOSITIONS.has(before ?? '') || /m$/.test(t[a0].lower) || a0 - 1 < sa)) return st.span(a0, k);
  // („reagierte auf Berichte, …“, „verteidigte sich gegen den Vorwurf, …“: what the subject answers
  // or opposes is someone else's words; not „zu“, which reaches a view of one's own: „kam zur Ansicht, …“.)
  const answered = /^(auf|über|gegen|trotz|wegen|angesichts)$/.test(before ?? '');
  if (!genitive && before && a0 - 1 > sa && !answered && !existential(t, st.clauseStart(a0 - 1, sa), a0)) {
    const cs = st.clauseStart(a0 - 1, sa);
    // (Past a conjunction opening the clause, not past a preposition: „Im Hafen wurden Vorwürfe laut“.)
    const np = st.nounPhrase(cs, a0) ?? (PREPOSITIONS.has(t[cs].lower) ? null : st.nounPhrase(cs + 1, a0));
    // (Not a fronted participle: „Nachgegangen ist die Behörde dem Vorwurf, …“.)
    if (np && np[1] < a0 - 1 && st.speakerness(np) > 0 && !(np[0] === np[1] && PARTICIPLE.test(t[np[0]].lower))) return st.span(np[0], np[1]);
    const copula = t[a0].lower === 'der';
    const inverted = copula || !OBLIQUE_ARTICLE.test(t[a0].lower) ? subjectAfterVerb(st, cs, a0, copula) : null;
    if (inverted) return inverted;
  }
  return st.span(a0, genitive ? genitive[1] : k);
}

/**
 * Where the noun of saying at k starts its phrase: back over its article and adjectives („den
 * festen Standpunkt“), not over a verb („hatte den …“, „vertraten die …“) or the „es“ of „gab es
 * Hinweise“.
 */
function phraseStart({ st, sa, konj }: SpeechContext, k: number): number {
  const t = st.tokens;
  let a0 = k;
  // (Nor over a finite verb after a noun in first place: „Im Hafen wachsen Befürchtungen, …“.)
  const verbAfterNoun = (j: number) => /en$/.test(t[j].lower) && !DETERMINERS.has(t[j].lower) && j - 1 > sa && isCap(t[j - 1]) && !DETERMINERS.has(t[j - 1].lower) && !/s$/.test(t[j - 1].text);
  // (A lower-case word opening the clause read after an earlier content is its verb: „…, wachsen Befürchtungen, …“.)
  const restOpensWithVerb = (j: number) => j === sa && !isCap(t[j]) && !DETERMINERS.has(t[j].lower);
  while (a0 > sa && adjectiveOrArticle(t, a0 - 1) && !konj.is(t[a0 - 1].lower) && !st.lex.verb(t[a0 - 1].lower).length && !verbAfterNoun(a0 - 1) && !restOpensWithVerb(a0 - 1)) {
    a0--;
    if (DETERMINERS.has(t[a0].lower)) break;
  }
  // (An article opening the sentence is capitalised: „Die Forderung der Lotsen, …“.)
  if (a0 - 1 === sa && DETERMINERS.has(t[sa].lower) && isCap(t[sa])) a0 = sa;
  return a0;
}

/**
 * The agent of an extended attribute ending at or right before a0 („den vom Hafenamt verbreiteten
 * Hinweis“ → „Hafenamt“), if it can speak.
 */
function attributeAgent(st: SentenceTokens, sa: number, a0: number): Span | null {
  const t = st.tokens;
  for (let d = a0 - 2; d >= Math.max(sa, a0 - 8); d--) {
    if (!DETERMINERS.has(t[d].lower) || !/^(von|vom|durch)$/.test(t[d + 1]?.lower ?? '')) continue;
    // (The walk back may have stopped before the participle or on it.)
    const participle = pastExtendedAttribute(st, d + 1, a0 + 2);
    if (participle !== a0 - 1 && participle !== a0) return null;
    const agent = st.nounPhrase(d + 2, participle);
    // (Its dative article costs the phrase a speaker's score: „von einem Lotsen“ still names one.)
    return agent && st.speakerness(agent) > -2 ? st.span(agent[0], agent[1]) : null;
  }
  return null;
}

/** The agent („von den Lotsen“) of a passive before the noun phrase at a0, if it can speak. */
function passiveAgent(st: SentenceTokens, cs: number, a0: number): NP | null {
  return passiveClause(st, a0, cs, a0) ? agentOf(st, a0, cs) : null;
}

const COPULA = /^(bin|bist|ist|sind|seid|war|warst|waren|wart|sei|seien|wäre|wären|bleibt|blieb|blieben)$/;
const RECEIVES = /^(erhält|erhalten|erhielt|erhielten|bekommt|bekommen|bekam|bekamen)$/;

/** Articles of a dative or genitive phrase: „widersprach die Behörde dem Vorwurf, …“ is someone else's. */
const OBLIQUE_ARTICLE = /^(dem|einem|der|einer|des|eines)$/;

/**
 * The subject after an inverted verb, before the noun at a0: after a fronted phrase the finite
 * verb comes second and its subject right after it (and before adverbs: „ist sie seit Jahren der
 * Überzeugung“). With `copula` the noun in the genitive is the copula's predicate: „Deshalb ist sie
 * der Meinung, …“, „Zudem war der Minister der Ansicht, …“ (not „Nachgegangen ist die Behörde dem
 * Vorwurf, …“: there the Vorwurf is someone else's). Else the noun is the verb's object: „Daraus
 * zogen die Lotsen den Schluss, …“, „Inzwischen hat die Reederei Bedenken, …“, past „sich“: „macht
 * sich die Lotsin Hoffnungen, …“.
 */
function subjectAfterVerb(st: SentenceTokens, cs: number, a0: number, copula: boolean): Span | null {
  const t = st.tokens;
  let e = a0;
  while (e > cs && ADVERBS.has(t[e - 1].lower)) e--;
  for (let v = copula ? cs : cs + 1; v < e - 1; v++) {
    const w = t[v];
    if (copula ? !COPULA.test(w.lower) : w.kind !== 'word' || isCap(w) || (NOT_A_FULL_VERB.has(w.lower) && !AUXILIARIES.has(w.lower))) continue;
    // (Who receives a promise is not who made it: „Dafür erhielten die Lotsen die Zusicherung, …“.)
    if (!copula && (!(AUXILIARIES.has(w.lower) || fullVerbForm(st.lex, w.lower)) || RECEIVES.test(w.lower))) return null;
    const s = !copula && t[v + 1]?.lower === 'sich' ? v + 2 : v + 1;
    const np = st.nounPhrase(s, e);
    return np && np[1] === e - 1 && st.speakerness(np) > 0 ? st.span(np[0], np[1]) : null;
  }
  return null;
}

/** Words with an adjective's ending that never stand before a noun as its attribute („wurden aber Vorwürfe laut“). */
const NOT_ATTRIBUTIVE = /^(es|aber|oder|immer|wieder|über|unter|hinter|außer|heute|ohne|gegen|neben|daher|bisher|später|früher|weiter|außerdem|zudem|trotzdem|seitdem)$/;

/** The name in the genitive right before a0 („Roths“, „Jan Roths“), with a given name before it, or null (not a given name itself: „Klaus“). */
function genitiveOwner(st: SentenceTokens, sa: number, a0: number): Span | null {
  const t = st.tokens;
  const k = a0 - 1;
  if (k < sa || !isCap(t[k]) || DETERMINERS.has(t[k].lower) || !/\p{Ll}s$/u.test(t[k].text) || st.lex.isSpeechNoun(t[k].text) || st.lex.isSourceNoun(t[k].text) || st.lex.isDocumentNoun(t[k].text)) return null;
  // (Only a name: not a noun in the genitive of a phrase before it, „des Hafens Forderung“ aside.)
  if (k > sa && (DETERMINERS.has(t[k - 1].lower) || PREPOSITIONS.has(t[k - 1].lower))) return null;
  if (st.lex.givenNameGender(t[k].text)) return null;
  const first = k > sa && isCap(t[k - 1]) && !!st.lex.givenNameGender(t[k - 1].text) ? k - 1 : k;
  // (The mention is the name without its genitive „s“, so that „Roths“ finds Jan Roth.)
  const span = st.span(first, k);
  return { start: span.start, end: span.end - 1, text: span.text.slice(0, -1) };
}

/** A lower-case word with an adjective or article ending that is no content opener or auxiliary. */
function adjectiveOrArticle(t: Token[], k: number): boolean {
  const w = t[k];
  return w.kind === 'word' && !isCap(w) && !NOT_ATTRIBUTIVE.test(w.lower) && /(e|en|er|es|em)$/.test(w.lower) && !CONTENT_OPENERS.has(w.lower) && !/^(hatte|hatten|habe|haben|wurde|wurden|werde|werden|wäre|wären|hätte|hätten|würde|würden)$/.test(w.lower);
}

const TRAGEN = /^(tragen|trägt|trug|trugen|getragen|trage|trügen)$/;

/** „Sorge tragen“ in either order, with up to two words between („trägt dafür Sorge“). */
function takesCare(t: Token[], k: number): boolean {
  if (/^(tragen|trägt|trug|trugen|getragen|zu)$/.test(t[k + 1]?.lower ?? '')) return true;
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) if (TRAGEN.test(t[j].lower)) return true;
  return false;
}
