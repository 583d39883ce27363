import { withRule, type Attribution } from '../../attribution';
import type { IndirectQuote } from '../../indirect';
import { clauseEndAfter, CONTENT_OPENERS, hasMainVerb, opensSubordinate, prepositionalRelative, RELATIVE_ADVERB, zuInfinitive } from '../../grammar/clauses';
import { AUXILIARIES, DETERMINERS, looksFinite, NOT_A_FULL_VERB, PARTICIPLE, PREPOSITIONS, RELATIVE_PRONOUN } from '../../grammar/words';
import { isCap, type Token } from '../../tokens';
import type { Span } from '../../types';
import { contentBefore } from './content-before';
import { aroundFrame, decided, hasKonjunktiv, makeSpeech, opensAfterComma, verbAttribution, type SpeechOutcome, type VerbContext, type VerbFrameRule } from './context';
import { closesInsertedClause, invertedSayingFrame, laterVerb } from './helpers';

const id = 'speech/content-after';

/** Verbs that open a conditional clause in first place: „Sollte die Fähre ausfallen, …“. */
const CONDITIONAL_FIRST = /^(sollte|sollten|hätte|hätten|wäre|wären|würde|würden)$/;

/** Openers of a content clause of its own, unlike the relative „was“ or „welche“ („…, was ein Jammer ist“). */
const OWN_CONTENT_OPENER = /^(dass|daß|ob|wie|warum|weshalb|wieso|wann|wer|weswegen|inwiefern)$/;

/** Finite auxiliaries and modals that can open a main clause's predicate after a comma. */
const FINITE_AUXILIARY = /^(ist|sind|war|waren|wird|werden|wurde|wurden|hat|haben|hatte|hatten|kann|können|konnte|konnten|muss|müssen|musste|mussten|soll|sollen|sollte|sollten|will|wollen|wollte|wollten|darf|dürfen|durfte|dürfte|dürften|könnte|könnten|müsste|müssten|würde|würden|wäre|wären|hätte|hätten|scheint|schien|bleibt|blieb)$/;

/** Nouns that govern a zu-infinitive of their own: „keinen Grund, … zu zweifeln“, „die Chance, … zu gewinnen“. */
const NOUN_WITH_INFINITIVE = /^(grund|anlass|veranlassung|möglichkeit|gelegenheit|chance|notwendigkeit|zeit|mut|kraft|recht|pflicht|sinn|bedarf|weg|mittel)$/;

/**
 * „Er sagte, er sei …“, „sagte, dass …“, „forderte, die Steuern zu senken“, „sagte: …“, „Wie die
 * BBC berichtet, befindet sich …“: the content follows the verb's clause after a comma or colon.
 */
export const contentAfter: VerbFrameRule = {
  id,
  description: 'X sagte, (dass) …: content after the verb — a dass/ob/w-clause, Konjunktiv, a zu-infinitive, a colon, or the rest after a „wie“ frame.',
  confidence: 0.8,
  match(ctx: VerbContext): SpeechOutcome | null {
    const { st, v, verb, c, end, sa, sb, inQuote, verbClause } = ctx;
    const t = st.tokens;
    // Knowing and noticing are not saying: „Meyer, der sehr wohl ahnte, dass …“.
    if (!(c < end && (t[c].text === ',' || t[c].text === ':') && !/^(wissen|bemerken|merken)$/.test(verb.entry.lemma))) return null;
    const first = t[c + 1];
    // „Die Hoffnung, mehr Schiffe zu sehen, dürfte …“: an infinitive inside commas before the finite
    // verb of the main clause frames nothing; that verb goes on with the sentence.
    // („Wie die Hafenpost zu berichten wusste, ist …“ has its finite verb after the infinitive, and frames.)
    // (Also before a full verb: „Die Milbe, in jedem Stock zu finden, macht den Bienen zu schaffen“.)
    if (t[v - 1]?.lower === 'zu' && c === v + 1 && t[c].text === ',' && t[verbClause - 1]?.text === ',' && !!first && (FINITE_AUXILIARY.test(first.lower) || (!isCap(first) && looksFinite(first.lower)))) return null;
    // „lobte den Plan, rügte aber, dass …“: a coordinated verb of saying after the
    // comma frames what follows itself.
    if (t[c].text === ',' && coordinatedVerb(t, c + 1) && st.verbAt(c + 1, sb)) return null;
    // After a „wie“ frame the rest is content in any mood, also past a name in commas or quotation
    // marks: „Wie der Bevollmächtigte, Gerald Braun, mitteilte, …“, „Wie „heise online“ berichtet, …“.
    // (Not a relative clause after a „wie“ frame inside the sentence: „…, wie Obmann Roth sagt, der
    // dem Verein vorsitzt“ — the content stands before the frame.)
    // (Nor after a whole clause, which the frame reports: „Der Kai ist gesperrt, wie die Polizei
    // mitteilte, seit Montag“.)
    const wieOpens = st.clauseStart(v, sa);
    const wieInside = wieOpens > sa && (st.opensRelativeClause(c + 1) || (t[wieOpens - 1].text === ',' && !insertedAfterVerb(ctx, wieOpens) && hasMainVerb(st, st.clauseStart(wieOpens - 2, sa), wieOpens - 2, ctx.konj)));
    const wieFrame = t[c].text === ',' && ((t[wieOpens]?.lower === 'wie' && !wieInside) || (t[sa].lower === 'wie' && !laterVerb(st, sa + 1, v - 1, sb, inQuote)));
    // „sagte, er freue sich …“: a pronoun and a verb in -e right after the comma is Konjunktiv I of
    // any verb, not only of those the recogniser lists.
    const pronounKonjunktiv = /^(er|sie|es|man)$/.test(first.lower) && konjunktivShape(t, c + 2);
    // … and so is one right after a noun subject: „sagte, die Opposition betreibe Panikmache“.
    const nounKonjunktiv = DETERMINERS.has(first.lower) && konjunktivShape(t, afterNoun(t, c + 2, end), true);
    // A verb of saying with a main clause after its comma reports it, in any mood: „warnte, die
    // Bauarbeiten gefährdeten seltene Vogelarten“, „sagte, die Lage ist ernst“.
    // (Also past the inverted subject of a frame opening the sentence: „Am Montag sagte Roth, die
    // Lotsen hielten sich an die Regeln“ — unless the verb ends its clause, as in a relative clause
    // on the subject: „sagte Roth, der den Verein führt“.)
    const contentVerb = afterNoun(t, c + 2, end);
    const mainClause = verb.entry.cls === 'say' && t[c].text === ',' && DETERMINERS.has(first.lower) && finiteShape(t, contentVerb)
      && (c === ctx.cueEnd + 1 || (verbClause === sa && t[contentVerb + 1]?.kind === 'word' && onlySubjectBetween(ctx, c)));
    // („die Reederei, welche den Kai …“: „welche“ before an article is a relative pronoun, no question.)
    const relativeWelche = /^(welche|welcher|welches)$/.test(first.lower) && DETERMINERS.has(t[c + 2]?.lower ?? '');
    // (After a verb in a conditional or causal clause the main clause may follow, not content.)
    const subordinateFrame = inSubordinateClause(ctx);
    const subordinate = subordinateFrame && mainClauseAfterFrame(ctx, c, end, pronounKonjunktiv || nounKonjunktiv);
    // (A relative clause on the noun before the comma with a frame of its own is no content:
    // „widersprach der Ministerin, die gesagt hatte, …“ — its frame speaks for the Ministerin.)
    const relativeClause = t[c].text === ',' && t[c - 1]?.kind === 'word' && isCap(t[c - 1]) && c - 1 > v && (st.opensRelativeClause(c + 1) || prepositionalRelative(t, c + 1)) && !zuInfinitive(t, c + 1, end) && laterVerb(st, c + 2, st.clauseEnd(c + 2, sb) - 1, sb, inQuote);
    // („…, wobei zu erwähnen sei, …“ comments on the sentence before it, and „warnten vor einer Sperre,
    // und scheinen nun Recht zu behalten“ goes on with it: nobody's content, unless „und“ joins Konjunktiv.)
    const goesOn = first.lower === 'wobei' || (t[c].text === ',' && /^(und|oder|sowie)$/.test(first.lower) && !hasKonjunktiv(ctx, c + 2, Math.min(end, st.clauseEnd(c + 2, sb) - 1)));
    const isContent = !subordinate && !relativeClause && !goesOn && !closesInsertedClause(ctx) && ((CONTENT_OPENERS.has(first.lower) && !relativeWelche) || hasKonjunktiv(ctx, c + 1, end) || pronounKonjunktiv || nounKonjunktiv || mainClause || (t[c].text === ':' && end - c > 3) || (zuInfinitive(t, c + 1, end) && !nounsInfinitive(ctx)) || wieFrame);
    if (!isContent || resumesOuterClause(ctx)) return null;
    if (leftToContentBefore(ctx, c, end, pronounKonjunktiv || nounKonjunktiv)) return null;
    const attr = frameAttribution(ctx);
    // „Wie der Bevollmächtigte, Gerald Braun, mitteilte, …“: the source opens the „wie“ clause.
    const opening = wieFrame && !attr.speaker && t[sa].lower === 'wie' ? st.openingPhrase(sa + 1, v) : null;
    const contentEnd = contentEndOf(ctx, subordinateFrame);
    const q = makeSpeech(ctx, pastSelfNaming(t, c + 1, contentEnd), contentEnd, 'indirect', opening ? withRule(attr, id, st.span(opening.np[0], opening.np[1])) : attr, 0.8, id);
    return decided(withPartBefore(ctx, q, wieFrame ? wieOpens : -1));
  },
};

/**
 * Where the content after the frame ends. In a subordinate frame the main clause follows it („Weil
 * der Lotse meinte, die Fähren müssten warten, sperrte er den Kai“); so it does after a frame in
 * a relative clause on a noun („Die Lotsin, die betonte, dass der Kai sicher sei, ging“). (After the
 * sentence's first word a capital says nothing: „Denn, das lässt sich sagen: …“ is no relative clause.)
 */
function contentEndOf(ctx: VerbContext, subordinateFrame: boolean): number {
  const { st, c, end } = ctx;
  const t = st.tokens;
  return frameInRelativeClause(ctx) ? beforeMainClauseResumes(t, c + 1, end) : subordinateFrame ? clauseEndAfter(t, c + 1, end) : otherFrameAt(ctx, c + 1, end);
}

/** Whether the frame's verb stands in a relative clause on a noun: „Die Lotsin, die betonte, …“. */
function frameInRelativeClause({ st, sa, verbClause }: VerbContext): boolean {
  const t = st.tokens;
  return verbClause - 2 > sa && t[verbClause - 1].text === ',' && isCap(t[verbClause - 2]) && st.opensRelativeClause(verbClause);
}

/**
 * Whether the frame stands in a relative clause on a noun and the words after its comma are the
 * rest of the clause around it, with no subject of their own: in „…, da die Ansprüche, die die
 * Lotsen geltend machen wollten, bereits verjährt seien“ nothing is what the Lotsen claimed.
 */
function resumesOuterClause(ctx: VerbContext): boolean {
  const { st, c, end } = ctx;
  const t = st.tokens;
  if (!frameInRelativeClause(ctx) || t[c].text !== ',') return false;
  const rest = t.slice(c + 1, end).filter((w) => w.kind === 'word');
  const last = rest[rest.length - 1];
  return rest.length > 0 && rest.length <= 6 && rest.every((w) => !isCap(w) && !DETERMINERS.has(w.lower) && !CONTENT_OPENERS.has(w.lower) && !/^(er|sie|es|man|wir|ich)$/.test(w.lower)) && (AUXILIARIES.has(last.lower) || looksFinite(last.lower));
}

/** The end of content in a relative clause: before the last comma when the main clause's predicate resumes after it („…, die betonte, dass …, ging“). */
function beforeMainClauseResumes(t: readonly Token[], a: number, end: number): number {
  for (let k = end - 1; k > a; k--) {
    if (t[k].text !== ',') continue;
    const next = t[k + 1];
    // (A participle after the comma still belongs to the content: „…, zu dem ein Café gehört, gekommen sei“.)
    return next.kind === 'word' && !isCap(next) && !CONTENT_OPENERS.has(next.lower) && !PARTICIPLE.test(next.lower) && (AUXILIARIES.has(next.lower) || !NOT_A_FULL_VERB.has(next.lower)) ? k - 1 : end;
  }
  return end;
}

/** Where content opening at k starts past an aside that names the speaker as it names itself: „erklärte der „Rat“, wie sich die Junta nennt, die Lage sei …“. */
function pastSelfNaming(t: readonly Token[], k: number, end: number): number {
  if (t[k]?.lower !== 'wie' || t[k + 1]?.lower !== 'sich') return k;
  for (let j = k + 2; j < end && j <= k + 8; j++) {
    if (t[j].text === ',') return /^(nennt|nennen|nannte|nannten|bezeichnet|bezeichnen|bezeichnete|bezeichneten)$/.test(t[j - 1].lower) ? j + 1 : k;
  }
  return k;
}

/** „sah keinen Grund, am Plan zu zweifeln“: a zu-infinitive after a noun that takes one is the noun's; seeing or finding a reason frames nothing. */
function nounsInfinitive({ st, v, verb, c }: VerbContext): boolean {
  const t = st.tokens;
  return verb.entry.cls === 'think' && t[c].text === ',' && c - 1 > v && isCap(t[c - 1]) && NOUN_WITH_INFINITIVE.test(t[c - 1].lower);
}

/**
 * The content with its part before an interposed frame: „Der Kai, sagte die Ministerin, sei viel zu
 * kurz“ (the subject, when the content opens with its verb), and „Die Reederei will, wie ein
 * Sprecher bestätigte, den Kai verlängern“ (a „wie“ frame at wieOpens, inserted into the clause it
 * reports).
 */
function withPartBefore(ctx: VerbContext, q: IndirectQuote | null, wieOpens: number): IndirectQuote | null {
  const { st, v, c, sa, verbClause } = ctx;
  const t = st.tokens;
  if (wieOpens > sa + 1 && insertedAfterVerb(ctx, wieOpens)) return aroundFrame(ctx, q, sa, wieOpens - 2);
  const np = v - 1 > sa && t[v - 1].text === ',' && verbClause === v ? st.nounPhrase(sa, v - 1) : null;
  const subjectBefore = !!np && np[0] === sa && np[1] === v - 2 && (hasKonjunktiv(ctx, c + 1, c + 1) || AUXILIARIES.has(t[c + 1].lower));
  return subjectBefore ? aroundFrame(ctx, q, sa, v - 2) : q;
}

/**
 * Whether the „wie“ frame at wieOpens stands inside the main clause it reports, right after its
 * finite verb or the subject after it („Die Reederei will, wie …, den Kai verlängern“, „Am Montag
 * will die Reederei, wie …, …“): a frame of saying, thinking or deciding with its verb last (not
 * of seeing or knowing: „wie wir sehen“). Not a comparison after a noun („Vorkommnisse, wie sie
 * geschildert werden, …“), an idiom without a speaker („wie gesagt“, „wie man sagt“) or a question
 * („Die Frage ist, wie baut man …“).
 */
function insertedAfterVerb(ctx: VerbContext, wieOpens: number): boolean {
  const { st, sa, v, verb, c, cueEnd, konj } = ctx;
  const t = st.tokens;
  if (t[wieOpens - 1].text !== ',' || /^(sehen|wissen|erfahren|ahnen)$/.test(verb.entry.lemma) || c !== cueEnd + 1 || v < wieOpens + 2 || /^(man|das|es)$/.test(t[wieOpens + 1].lower)) return false;
  const finite = (k: number) => hasMainVerb(st, k, k, konj);
  if (finite(wieOpens - 2)) return st.nounPhrase(sa, wieOpens - 2)?.[1] === wieOpens - 3;
  // (The subject after the verb is a short phrase: a bounded look back keeps long sentences linear.)
  for (let k = wieOpens - 3; k > sa && k >= wieOpens - 8; k--) if (finite(k)) return st.nounPhrase(k + 1, wieOpens - 1)?.[1] === wieOpens - 2;
  return false;
}

/**
 * Whether a frame after its content („Der Kai sei zu kurz, sagten die Lotsen, …“) leaves the
 * sentence to content-before: it frames what follows it too only when that is content of its own,
 * in Konjunktiv, after a colon, or a dass, ob or w clause („…, man habe …“). A relative clause or a
 * remainder in the indicative („…, was ein Jammer ist“, „…, am Sonntag in einer Mitteilung“) is none.
 */
function leftToContentBefore(ctx: VerbContext, c: number, end: number, konjunktivSubjectFirst: boolean): boolean {
  if (!opensAfterComma(ctx)) return false;
  const t = ctx.st.tokens;
  const first = t[c + 1].lower;
  const ownContent = t[c].text === ':' || OWN_CONTENT_OPENER.test(first) || zuInfinitive(t, c + 1, end) ||
    ((konjunktivSubjectFirst || hasKonjunktiv(ctx, c + 1, end)) && !ctx.st.opensRelativeClause(c + 1) && !RELATIVE_ADVERB.test(first));
  return !ownContent && !!contentBefore.match(ctx);
}

/**
 * Whether what follows a frame in a subordinate clause is the main clause, not content: „Auch wenn
 * er als Neuling gilt, erwartet ihn …“. A dass/ob/w clause, a colon or a zu-infinitive is content;
 * so is a clause in Konjunktiv I with its subject first, when the main clause follows it: „Da der
 * Kapitän erklärte, die Fähre fahre nicht, warteten die Gäste“.
 */
function mainClauseAfterFrame(ctx: VerbContext, c: number, end: number, konjunktivSubjectFirst: boolean): boolean {
  const t = ctx.st.tokens;
  const first = t[c + 1];
  if (CONTENT_OPENERS.has(first.lower) || t[c].text === ':' || zuInfinitive(t, c + 1, end)) return false;
  const subjectFirst = DETERMINERS.has(first.lower) || /^(er|sie|es|man|dies|das|wir|ich)$/.test(first.lower);
  const mainStart = t[c].text === ',' && subjectFirst ? clauseEndAfter(t, c + 1, end) : end;
  return !(mainStart < end && (konjunktivSubjectFirst || hasKonjunktiv(ctx, c + 1, mainStart)));
}

/**
 * Whether the verb's clause is subordinate, also a conditional with its verb first („Sollten die
 * Lotsen den Plan ablehnen, werde …“) and a dependent question or dass clause opening the sentence
 * („Ob die Lotsin zweifelt, bleibt abzuwarten“, „Wie lange der Kai hält, weiß niemand“).
 */
function inSubordinateClause({ st, verbClause, sa, sb, v, c }: VerbContext): boolean {
  const t = st.tokens;
  if (opensSubordinate(st, verbClause)) return true;
  if (verbClause !== sa || t[sb - 1]?.text === '?') return false;
  const opener = t[sa].lower;
  // „Als die Lotsin erfuhr, dass …, kündigte sie“: „als“ opens a clause when its verb comes last
  // (not „Als Grund nannte die Behörde, …“, a main clause).
  if (opener === 'als') return t[c]?.text === ',' && (c === v + 1 || (c === v + 2 && AUXILIARIES.has(t[v + 1].lower)));
  return CONDITIONAL_FIRST.test(opener) || DEPENDENT_FIRST.test(opener) || (opener === 'wie' && HOW_MUCH.test(t[sa + 1]?.lower ?? ''));
}

/** Conjunctions and question words that open a clause standing for the subject or object of the main clause after it. */
const DEPENDENT_FIRST = /^(ob|dass|warum|weshalb|weswegen|wieso|wann|wo|wer|wem|wen|was|wohin|woher)$/;
/** „wie lange“, „wie viel“: a question, where a bare „wie“ opens a frame („Wie die Lotsin sagte, …“). */
const HOW_MUCH = /^(lange|viel|viele|vielen|oft|sehr|weit|hoch|groß|schnell|genau|stark)$/;

/** The frame's attribution; „wobei zu erwähnen sei, dass …“, a verb with „zu“ and „sein“, says what one must say, with no agent. */
function frameAttribution(ctx: VerbContext): Attribution {
  const t = ctx.st.tokens;
  const agentless = t[ctx.v - 1]?.lower === 'zu' && /^(ist|sei|war|wäre)$/.test(t[ctx.v + 1]?.lower ?? '');
  if (agentless) return { ...verbAttribution(ctx, id), speaker: null };
  const own = verbAttribution(ctx, id);
  const rejected = rejectedWords(ctx);
  // (The owner's words are mentioned in the subject's speech, which goes on after them; the noun
  // of saying is their cue.)
  return rejected ? { ...own, speaker: rejected.owner, cue: rejected.noun, refersTo: null, reportedFrame: 'mentioned', goesOn: own.speaker ? { speaker: own.speaker, cue: own.cue } : null } : own;
}

/** Verbs by which the subject rejects what someone else said. */
const REJECTING = /^(zurückweisen|bestreiten|dementieren|widersprechen|verneinen|leugnen|abstreiten|kritisieren)$/;

/**
 * „Der Senat wies den Vorwurf der Reederei zurück, er habe …“: rejected words, with whose they
 * are after the noun of saying, belong to that owner; the subject says the opposite.
 */
function rejectedWords(ctx: VerbContext): { owner: Span; noun: Span } | null {
  const { st, v, c, verb } = ctx;
  const t = st.tokens;
  // (Only content of its own, not a relative clause on the noun: „kritisierte den Bericht der
  // Kommission, in dem …“.)
  if (!REJECTING.test(verb.entry.lemma) || t[c]?.text !== ',' || st.opensRelativeClause(c + 1) || prepositionalRelative(t, c + 1)) return null;
  for (let k = v + 1; k < c - 2; k++) {
    if (!st.lex.isSpeechNoun(t[k].text) || !/^(der|des|von)$/.test(t[k + 1].lower)) continue;
    const np = st.nounPhrase(k + 2, c);
    // (The owner ends the object: only the verb's particle may follow it.)
    const end = np ? np[1] + 1 : -1;
    if (np && (end === c || (end === c - 1 && t[end].kind === 'word' && !isCap(t[end])))) return { owner: st.span(np[0], np[1]), noun: st.span(k, k) };
    return null;
  }
  return null;
}

/**
 * Where a contrasting clause („während“, „wohingegen“, „wobei“) with a frame of its own in the indicative ends the content:
 * „sagte, der Kai sei zu kurz, während der Bürgermeister betonte, …“ (the narrator tells of another
 * speaker; a Konjunktiv frame there, „weil der Minister betont habe“, still belongs to the content).
 */
function otherFrameAt(ctx: VerbContext, a: number, end: number): number {
  const { st, sb, konj, inQuote } = ctx;
  const t = st.tokens;
  const infinitiveEnd = zuInfinitiveContentEnd(ctx, a, end);
  if (infinitiveEnd > 0) return infinitiveEnd;
  for (let k = a; k < end; k++) {
    // A frame of saying with its subject after the verb closes the content; it frames the whole
    // clause before it: „Die Lotsin warnt, dass der Kai bricht, sagte der Kapitän“.
    if (t[k].text === ',' && !inQuote(k) && invertedSayingFrame(st, k + 1, sb)) return k - 1;
    // So does a verb of saying coordinated with the frame, which has content of its own or none:
    // „bestätigte, dass …, und gab an, den Kai zu sperren“.
    if (t[k].text === ',' && !inQuote(k) && /^(und|sowie)$/.test(t[k + 1]?.lower ?? '') && t[k + 2]?.kind === 'word' && !isCap(t[k + 2]) && st.verbAt(k + 2, sb)) return k - 1;
    // After reported words in Konjunktiv, a main clause with its own subject in the indicative is
    // the narrator's again: „sagte, der Plan sei mutig, der Minister vermisste eine klare Linie“.
    // (Its verb comes second, right after the subject, and more words follow it; a relative clause
    // ends in its verb: „eine Software, die es den Ermittlern erlaubt, …“.)
    if (t[k].text === ',' && !inQuote(k) && DETERMINERS.has(t[k + 1]?.lower ?? '') && hasKonjunktiv(ctx, a, k - 1)) {
      const n = afterNoun(t, k + 2, end);
      const plainSubject = n > 0 && t.slice(k + 2, n - 1).every((w) => !DETERMINERS.has(w.lower) && !/^(es|sich|ihm|ihr|ihn|uns|man)$/.test(w.lower));
      if (plainSubject && indicative(ctx, n) && t[n + 1]?.kind === 'word' && t[n + 1].lower !== 'zu') return k - 1;
    }
    if (t[k].text !== ',' || !/^(während|wohingegen|wobei)$/.test(t[k + 1]?.lower ?? '')) continue;
    const e = st.clauseEnd(k + 2, sb);
    let frame = false, reported = false;
    for (let j = k + 2; j < e; j++) {
      if (inQuote(j) || t[j].kind !== 'word' || isCap(t[j])) continue;
      if (konj.at(t, j)) reported = true;
      else if (st.verbAt(j, sb)) frame = true;
    }
    if (frame && !reported) return k - 1;
  }
  return end;
}

/**
 * The end of content that is a zu-infinitive, when a coordinated main clause of the narrator's
 * follows it: „erklärten, den Streik zu stützen, und nach der Wahl schwenkte auch die Reederei
 * um“ (the content ends at „stützen“). Another infinitive or a Konjunktiv continues it
 * („…, zu stützen, und die Reederei zu verklagen“, „…, und sie seien bereit …“); -1 otherwise.
 */
function zuInfinitiveContentEnd(ctx: VerbContext, a: number, end: number): number {
  const t = ctx.st.tokens;
  let k = a;
  while (k < end && t[k].text !== ',' && !ctx.inQuote(k)) k++;
  if (k >= end || t[k].text !== ',' || !zuInfinitive(t, a, k - 1)) return -1;
  if (!/^(und|oder|aber|doch|denn|sondern)$/.test(t[k + 1]?.lower ?? '')) return -1;
  // The coordinated clause's own words, past relative clauses inside it: „und nach der Wahl,
  // bei der Roth gewann, schwenkte die Reederei um“.
  const own: Token[] = [];
  let e = k + 2;
  for (; e <= end; e++) {
    if (t[e].text !== ',') { own.push(t[e]); continue; }
    if (!(ctx.st.opensRelativeClause(e + 1) || (PREPOSITIONS.has(t[e + 1]?.lower ?? '') && RELATIVE_PRONOUN.test(t[e + 2]?.lower ?? '')))) break;
    e = ctx.st.clauseEnd(e + 1, end + 1);
    if (t[e]?.text !== ',') break;
  }
  const last = e > end ? end : e - 1;
  // (Only a clause with a verb of its own: „…, die Schulden zu senken, und nicht die Löhne“ is one content.)
  const ownVerb = own.some((w) => w.kind === 'word' && !isCap(w) && (AUXILIARIES.has(w.lower) || looksFinite(w.lower) || /^ge\p{Ll}{3,}(t|en)$/u.test(w.lower)));
  return !ownVerb || zuInfinitive(t, k + 2, last) || hasKonjunktiv(ctx, k + 2, last) ? -1 : k - 1;
}

/** Whether the words between the verb and the comma at c are exactly its subject: „sagte Roth,“. */
function onlySubjectBetween({ st, v, verb, sa, sb, cueEnd }: VerbContext, c: number): boolean {
  const subject = st.sourceOf(v, verb.entry, sa, sb);
  return !!subject && subject[0] === cueEnd + 1 && subject[1] === c - 1;
}

/** „rügte aber“, „übte jedoch“: a finite verb opening a coordinated main clause, with the adverb that marks it. */
function coordinatedVerb(t: Token[], k: number): boolean {
  const w = t[k];
  return !!w && w.kind === 'word' && !isCap(w) && looksFinite(w.lower) && !CONTENT_OPENERS.has(w.lower) && /^(aber|jedoch|allerdings|zudem|außerdem|dann|ebenfalls)$/.test(t[k + 1]?.lower ?? '');
}

/** A finite verb that is no Konjunktiv: „ist“, „hatte“, „vermisste“, „fordert“ (not „-ten“, which Konjunktiv II shares). */
function indicative({ st, konj }: VerbContext, n: number): boolean {
  const w = st.tokens[n];
  if (/^(ist|sind|war|waren|hat|hatte|hatten|wird|wurde|wurden|kann|konnte|muss|musste|will|wollte)$/.test(w.lower)) return true;
  return /\p{Ll}{3,}(t|te)$/u.test(w.text) && !konj.at(st.tokens, n) && !NOT_A_FULL_VERB.has(w.lower);
}

/**
 * Whether the word at k is a lower-case verb form in -e that no adverb or article shares: Konjunktiv I
 * („betreibe“, „baue“). After a noun not in -te, which is mostly the weak past („der Zugriff
 * erfolgte“); after a pronoun the past would read „er unterhielt“, so „er unterhalte“ is Konjunktiv.
 */
function konjunktivShape(t: Token[], k: number, afterNoun = false): boolean {
  return k > 0 && /^\p{Ll}{2,}e$/u.test(t[k]?.text ?? '') && !(afterNoun && (/te$/.test(t[k].lower) || NOT_A_FULL_VERB.has(t[k].lower))) && !/^(gerne|alle|eine|keine|diese|jene|bitte|ohne|gerade|heute|ebenfalls|ganze|erste|letzte|beide|selbe|andere|alleine|lange|nahe|rasche|gute)$/.test(t[k].lower);
}

/** The token after the noun that a phrase opening at k (past its article) ends in, within four words, or -1. */
function afterNoun(t: Token[], k: number, end: number): number {
  for (let j = k; j < end && j < k + 4; j++) {
    const w = t[j];
    if (w.kind !== 'word') return -1;
    if (isCap(w)) return t[j + 1]?.kind === 'word' && !isCap(t[j + 1]) ? j + 1 : -1;
    if (!/(e|en|er|es|em)$/.test(w.lower)) return -1;
  }
  return -1;
}

/**
 * Whether the word at k looks like the finite verb of a main clause: an auxiliary, or a lower-case
 * form in -t, -te(n) or -en whose clause does not end in another such form (that is a verb-final
 * relative clause: „ein Update, das alte Fehler vollständig behebt“).
 */
function finiteShape(t: Token[], k: number): boolean {
  const w = t[k];
  if (k <= 0 || !w || w.kind !== 'word' || isCap(w)) return false;
  if (AUXILIARIES.has(w.lower)) return true;
  if (!looksFinite(w.lower)) return false;
  let last = k;
  while (t[last + 1]?.kind === 'word') last++;
  return last === k || isCap(t[last]) || !looksFinite(t[last].lower);
}
