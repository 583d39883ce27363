import { hasMainVerb, invertedSubject, opensSubordinate, participleCloses } from '../../grammar/clauses';
import { ADVERBS, AUXILIARIES, DENIAL, DETERMINERS, INSEPARABLE_PARTICIPLE, PARTICIPLE, PREPOSITIONS, PRONOMINAL_ADVERB, QUESTION_WORD, RELATIVE_PRONOUN } from '../../grammar/words';
import { isCap, type Token } from '../../tokens';
import { afterLead, aroundFrame, decided, hasKonjunktiv, makeSpeech, verbAttribution, type SpeechOutcome, type VerbContext, type VerbFrameRule } from './context';
import { framesLikeSaying, laterVerb } from './helpers';

const id = 'speech/content-before';

/** Forms of „wollen“, which open a frame after a question: „Ob …, wollte die Lotsin wissen.“ */
const WOLLEN = /^(will|wollte|wollten|wollen)$/;

/**
 * „Die Lage sei ernst, sagte er.“, „…, hatte Obama in Moskau gesagt.“: the content stands before an
 * inverted frame. Not when what precedes is only a noun phrase („Frank Bsirske, würdigte …“) or a
 * conditional clause, and (for verbs other than plain saying) only with Konjunktiv or a frame.
 */
export const contentBefore: VerbFrameRule = {
  id,
  description: '…, sagte X: content before an inverted frame (Konjunktiv, a verb of saying, or a source frame of its own).',
  confidence: 0.7,
  match(ctx: VerbContext): SpeechOutcome | null {
    const { st, verb, sa, sb, inQuote, framed } = ctx;
    const t = st.tokens;
    const f = frameStart(ctx);
    // (Content may end in words it quotes: „Mit dem Geld könne die Stadt erreichen, „dass …“, erklärte X.“)
    const endsInQuote = inQuote(f - 2) && !inQuote(sa) && hasKonjunktiv(ctx, sa, f - 2);
    // (A question before a verb of asking is its content: „Ob der Kai öffnet, wollte die Lotsin wissen.“)
    const asks = verb.entry.cls === 'ask' || (verb.entry.lemma === 'wissen' && WOLLEN.test(t[f].lower));
    // (Not a passive: „Wo …, ist ein Denken gefragt“ is in demand, not asked.)
    const question = asks && QUESTION_WORD.test(t[sa].lower) && (f === ctx.v || WOLLEN.test(t[f].lower));
    // (A conditional or causal clause is no content: „Selbst wenn die Türkin … gesehen wird, droht ihr …“.)
    // (Unless the main clause follows it before the frame: „Weil der Kai hält, fährt die Fähre, sagte sie.“)
    // (Nor is a condition opened by its verb, whose „sollte“ is no Konjunktiv of reported words:
    // „Sollte es zum Prozess kommen, drohen ihm zehn Jahre Haft.“)
    if (/^(sollte|sollten)$/.test(t[sa].lower) && !mainClauseAfter(ctx, f)) return null;
    // (An open question the frame denies answering is nobody's words: „Wann die Fähre fährt, hat
    // die Reederei nicht mitgeteilt.“)
    if (QUESTION_WORD.test(t[sa].lower) && t.slice(f, ctx.v + 1).some((x) => /^(nicht|nie|niemals)$/.test(x.lower))) return null;
    // (A „wie“ clause with a verb of saying is a frame itself, never content: „Wie die Hafenpost
    // berichtet, sprach der Senator von …“.)
    if (t[sa].lower === 'wie' && laterVerb(st, sa + 1, f - 2, sb, inQuote)) return null;
    const subordinate = opensSubordinate(st, sa) && !mainClauseAfter(ctx, f) && !question;
    if (!(f > sa + 3 && t[f - 1].text === ',' && (!inQuote(f - 2) || endsInQuote) && !onlyNoun(ctx, f) && !(subordinate && !hasKonjunktiv(ctx, sa, f - 2)) && (invertedSubject(st, t[f].lower === 'so' ? f + 1 : f, sb) || passiveAfter(ctx, f)))) return null;
    // Content with a source frame of its own keeps it: „Der Umsatz wird nach der Schätzung des Verbands … steigen, …“.
    const own = framed?.attribution.cue && framed.attribution.cue.end <= t[f - 1].start ? framed.attribution : null;
    // (Some verbs of thinking frame like „sagte“ here: „Das reicht nicht, meinte der Trainer“.)
    if (!(hasKonjunktiv(ctx, sa, f - 2) || verb.entry.cls === 'say' || question || framesLikeSaying(st, verb.entry.lemma, ctx.v) || own)) return null;
    const q = makeSpeech(ctx, afterLead(ctx, f - 2), f - 2, 'indirect', own ?? verbAttribution(ctx, id), 0.7, id);
    // (Only when the part before the frame stops right after its finite verb: „Der Kai sei, …“.)
    const cutAfterVerb = ctx.konj.at(t, f - 2) || AUXILIARIES.has(t[f - 2].lower);
    return decided(cutAfterVerb && continuesAfter(ctx) ? aroundFrame(ctx, q, ctx.c + 1, ctx.end) : q);
  },
};

/**
 * „Der Umbau könne ein Jahr dauern, wird vermutet“, „…, wurde am Montag von der Werft mitgeteilt“:
 * a passive frame after Konjunktiv content, its participle closing the sentence; the agent, if
 * any, is the source.
 */
function passiveAfter(ctx: VerbContext, f: number): boolean {
  const { st, v, sa, end } = ctx;
  const t = st.tokens;
  // (Not denied: „…, wurde von den Behörden nicht kommentiert“.)
  if (t.slice(f + 1, v).some((w) => DENIAL.test(w.lower))) return false;
  return /^(wird|wurde|wurden)$/.test(t[f].lower) && v > f && participleCloses(t, v, end) && hasKonjunktiv(ctx, sa, f - 2);
}

/** Whether the words between the auxiliary at k and the participle at v name no subject: only adverbs and prepositional phrases („am Montag von der Werft“, „in der Erinnerung des Amts“). */
function noSubjectBetween(t: readonly Token[], k: number, v: number): boolean {
  let phrase = false;
  for (let j = k + 1; j < v; j++) {
    const w = t[j];
    if (w.kind !== 'word') return false;
    if (PREPOSITIONS.has(w.lower)) phrase = true;
    // (A genitive after a noun belongs to it: „in der Erinnerung des Amts“.)
    else if (isCap(w) || /^(der|die|das|ein|eine)$/.test(w.lower)) {
      if (!phrase && !(/^(des|der|eines|einer)$/.test(t[j - 1].lower) && isCap(t[j - 2]))) return false;
      if (isCap(w)) phrase = false;
    }
  }
  return true;
}

/**
 * Whether a main clause follows the opening subordinate clause before the frame at f: after the
 * first comma stands a finite verb („Weil der Kai hält, fährt die Fähre, …“), not the frame itself,
 * or the word that takes the clause up and then the verb („Wenn der Kai hält, dann fährt …“).
 */
function mainClauseAfter({ st, sa, inQuote, konj }: VerbContext, f: number): boolean {
  const t = st.tokens;
  let k = sa + 1;
  while (k < f - 1 && (t[k].text !== ',' || inQuote(k))) k++;
  const verb = /^(dann|so)$/.test(t[k + 1]?.lower ?? '') ? k + 2 : k + 1;
  return verb < f - 1 && hasMainVerb(st, verb, verb, konj);
}

/**
 * Whether the content goes on after an interposed frame: „Der Kai sei, sagte die Ministerin, viel
 * zu kurz.“ — the rest of the sentence after the frame's comma is a predicate in lower case, not
 * an apposition („…, sagte X, kanadischer General“), a relative clause, a conjunction or a frame.
 */
function continuesAfter({ st, c, end, sb, inQuote }: VerbContext): boolean {
  const t = st.tokens;
  if (!(c < end && t[c].text === ',')) return false;
  const first = t[c + 1];
  // (Nor an adverbial of the frame: „…, sagte X, am Donnerstag“, „…, so X, zur APA“, „…, bevor er …“.)
  if (!first || first.kind !== 'word' || isCap(first) || inQuote(c + 1) || st.opensRelativeClause(c + 1) || PREPOSITIONS.has(first.lower) || opensSubordinate(st, c + 1) || /^(und|oder|aber|sondern|doch|denn|der|die|das|den|dem|des|wie|als|so|wir|ich|er|sie|es|man)$/.test(first.lower)) return false;
  // (An apposition opens with an adjective before its noun: „…, ehemals langjähriger Direktor …“.)
  for (let k = c + 1; k <= Math.min(end - 1, c + 3); k++) if (t[k].kind === 'word' && !isCap(t[k]) && /(e|en|er|es|em)$/.test(t[k].lower) && isCap(t[k + 1])) return false;
  return !laterVerb(st, c + 1, end, sb, inQuote);
}

/** Where the inverted frame starts: the verb, or its auxiliary right after a comma („…, hatte Obama … gesagt“). */
function frameStart({ st, v, sa }: VerbContext): number {
  const t = st.tokens;
  if (t[v - 1]?.text === ',') return v;
  // („…, so schreibt die Zeitung“: a „so“ pointing back at the content leads the frame; not
  // „…, so erklärt sich der Ausfall“, where the verb is reflexive and explains.)
  if (t[v - 1]?.lower === 'so' && t[v - 2]?.text === ',' && t[v + 1]?.lower !== 'sich') return v - 1;
  for (let k = v - 1; k > sa + 3 && t[k].kind === 'word'; k--) {
    if (/^(hat|hatte|hatten|haben|habe|hätte|ist|war|wurde)$/.test(t[k].lower) && t[k - 1].text === ',') return k;
    // (A present passive only without a subject of its own: „…, wird im Rathaus vermutet“, not „…, wird die Geschichte erzählt“.)
    if (/^(wird|wurden)$/.test(t[k].lower) && t[k - 1].text === ',' && noSubjectBetween(t, k, v)) return k;
    // (After a question, „wollen“ too: „Ob der Kai öffnet, wollte die Lotsin wissen.“)
    if (WOLLEN.test(t[k].lower) && t[k - 1].text === ',' && QUESTION_WORD.test(t[sa].lower)) return k;
  }
  return v;
}

/**
 * Whether what precedes the frame is only a noun phrase — possibly with a relative clause („Die
 * Mönche, die sich … beteiligt hatten, beschrieb die Agentur als …“) — or has no verb of its own
 * outside relative clauses („In einem Essay, das … veröffentlicht wurde, kritisierte er …“).
 */
function onlyNoun({ st, sa, konj }: VerbContext, f: number): boolean {
  const t = st.tokens;
  const np = st.nounPhrase(sa, f - 1);
  if (np && np[1] >= f - 2) return true;
  if (np && t[np[1] + 1].text === ',' && RELATIVE_PRONOUN.test(t[np[1] + 2]?.lower ?? '') && !t.slice(np[1] + 2, f - 1).some((x) => x.text === ',')) return true;
  if (participialPhrase(t, sa, f - 2)) return true;
  return !hasMainVerb(st, sa, f - 2, konj);
}

/**
 * „Auf die Kosten angesprochen, erklärte Roth, …“, „Darauf angesprochen, …“: a phrase and a
 * participle with no verb beside it, an adjunct of the frame after it, not its content.
 */
function participialPhrase(t: readonly Token[], a: number, b: number): boolean {
  const last = t[b];
  if (isCap(last) || !(PARTICIPLE.test(last.lower) || INSEPARABLE_PARTICIPLE.test(last.lower))) return false;
  if (!(PREPOSITIONS.has(t[a].lower) || PRONOMINAL_ADVERB.test(t[a].lower))) return false;
  // Between: only the phrase — articles, nouns, adjectives before their noun, adverbs.
  for (let k = a + 1; k < b; k++) {
    const x = t[k];
    if (x.kind !== 'word') return false;
    if (isCap(x) || DETERMINERS.has(x.lower) || PREPOSITIONS.has(x.lower) || ADVERBS.has(x.lower)) continue;
    if (!(/(e|en|er|es|em)$/.test(x.lower) && t[k + 1] && isCap(t[k + 1]))) return false;
  }
  return true;
}
