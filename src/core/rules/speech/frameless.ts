import { attributionOf } from '../../attribution';
import { CONTENT_OPENERS, DASH, hasMainVerb, opensSubordinate } from '../../grammar/clauses';
import { speakerness } from '../../grammar/speakerness';
import { ABSTRACT, adjectiveShape, AUXILIARIES, DETERMINERS, fullVerbForm, NOT_A_FULL_VERB, isPassiveParticiple } from '../../grammar/words';
import { PASSIVE_OR_COPULA, STANCE, actingTopic, actsAsSource, isInstitutional, sentenceTopic } from '../../grammar/topic';
import type { NP, SentenceTokens } from '../../grammar/view';
import type { IndirectQuote } from '../../indirect';
import { isCap, type Token } from '../../tokens';
import { appositionAfter } from '../source-frame';
import { decided, makeSpeech, type SpeechContext, type SpeechOutcome, type SpeechRule } from './context';
import { frameless as moodOf } from './helpers';
import { MOOD } from './signals';

const id = 'speech/frameless';

/**
 * No frame of its own: Konjunktiv I („Die Lage sei ernst.“) or a reportive „soll … haben“ marks
 * reported speech; Konjunktiv II only continues speech right before it. Whose speech it continues
 * is decided for the whole article (rules/discourse); this rule records the candidates: a role or
 * body acting in this sentence, and the topic of the sentence before.
 * A Konjunktiv sentence is indirect speech that goes on without a new frame; a „soll“ sentence
 * („Die Fähre soll im Mai fahren.“, „Der Täter soll geflohen sein.“) passes on what someone
 * claims or plans in the author's words: free indirect speech, as the annotated data has it.
 */
export const frameless: SpeechRule = {
  id,
  description: 'A Konjunktiv sentence without a frame („Die Lage sei ernst.“) continues reported speech.',
  confidence: 0.6,
  triggers: MOOD,
  match(ctx: SpeechContext): SpeechOutcome | null {
    const { st, sa, end, inQuote, konj, reportive, previous } = ctx;
    const t = st.tokens;
    const mood = moodOf(t, sa, end, inQuote, konj, reportive);
    if (!mood || (mood.strength === 'weak' && mood.marker === 'konjunktiv' && onlyBelowIndicative(ctx))) return null;
    // „Der Abzug soll demnach …“: the adverb points back to the source and is the cue.
    let demnach = -1;
    for (let k = sa; k <= end && demnach < 0; k++) if (t[k].lower === 'demnach' && !inQuote(k)) demnach = k;
    const type = mood.marker === 'soll' ? 'free_indirect' : 'indirect';
    const actor = actorOf(ctx);
    // (Reported below a main clause, the words are that clause's content, its finite verb the cue:
    // „Die Polizei nahm den Fahrer fest, weil er betrunken gewesen sei“.)
    const below = actor || type !== 'indirect' || demnach >= 0 ? null : mainClauseActorOf(ctx);
    const cue = below ? st.span(below.verb, below.verb) : demnach >= 0 ? st.span(demnach, demnach) : null;
    const q = makeSpeech(ctx, below ? below.from : sa, end, type, attributionOf(id, cue, null, 'none'), mood.strength === 'strong' ? 0.6 : 0.4, id);
    if (q) {
      q.continuation = true;
      q.standalone = mood.strength === 'strong';
      if (actor) q.ownSource = st.span(actor[0], actor[1]);
      if (below) q.clauseActor = st.span(below.actor[0], below.actor[1]);
      const source = previous && sentenceTopic(st, previous[0], previous[1] + 1);
      if (source && previous) topicOfPrevious(ctx, q, source, previous);
    }
    return decided(q);
  },
};

/**
 * Whether every Konjunktiv of the sentence stands in a relative or subordinate clause below an
 * indicative main clause: „Andere Fähren waren nie betroffen, die eine Reparatur nötig gemacht
 * hätten“ is the author's sentence; its Konjunktiv II is unreal, nobody's words.
 */
function onlyBelowIndicative({ st, sa, end, inQuote, konj }: SpeechContext): boolean {
  const t = st.tokens;
  let below = false, first = -1;
  for (let k = sa; k <= end; k++) {
    if (inQuote(k) || t[k].kind !== 'word' || (k > sa && isCap(t[k])) || !konj.at(t, k)) continue;
    const comma = st.clauseStart(k, sa) - 1;
    // (Its verb closes the clause; right after the pronoun it is a main clause of its own: „…, den würde er mitnehmen“.)
    if (comma < sa || t[comma].text !== ',' || k === comma + 2 || !opensClauseBelow(st, comma + 1)) return false;
    if (first < 0) first = comma;
    below = true;
  }
  return below && hasMainVerb(st, sa, first - 1, konj);
}

/** Conjunctions that `opensSubordinate` leaves out: „dass“ and those of purpose, manner and consequence („damit“, „indem“, „ohne“, „als“ …). */
const OTHER_SUBORDINATOR = /^(dass|daß|als|bis|damit|sodass|indem|ohne|statt|anstatt|um)$/;

/**
 * Whether the clause after a comma at k is a relative clause or one opened by a subordinating
 * conjunction. (Not a w-clause: „…, was sie nicht hätten tun dürfen“ is often someone's words.)
 */
function opensClauseBelow(st: SentenceTokens, k: number): boolean {
  return st.opensRelativeClause(k) || opensSubordinate(st, k) || OTHER_SUBORDINATOR.test(st.tokens[k]?.lower ?? '');
}

/** A stance the subject shows or keeps at k: „zeigte sich gelassen“, „blieb skeptisch“, „reagierte empört“ — a view the words after it voice. */
function holdsStance(st: SentenceTokens, k: number, from: number): boolean {
  const t = st.tokens;
  if (!STANCE.test(t[k].lower)) return false;
  for (let j = k - 1; j >= Math.max(from, k - 3); j--) if (/^(sich|blieb|bleibt|blieben|bleiben|reagierte|reagiert|reagierten)$/.test(t[j].lower)) return true;
  return false;
}

/**
 * Whether the sentence before reports rather than tells, with „soll“ (a claim or a plan passed on)
 * or Konjunktiv outside quotations (`moodOf` asks the stricter question whether a sentence is
 * speech of its own, and misses reporting sentences the topic must not come from):
 * „Unter den Verletzten soll auch der Hafenmeister sein. Dessen Frau soll …“ — whom it is about is
 * talked of, no source.
 */
function reportedSentence({ st, inQuote, konj }: SpeechContext, [a, b]: NP): boolean {
  const t = st.tokens;
  for (let k = a; k <= b; k++) {
    if (inQuote(k) || t[k].kind !== 'word') continue;
    if (/^(soll|sollen)$/.test(t[k].lower) || konj.at(t, k)) return true;
  }
  return false;
}

/**
 * „Auch der Sprecher der Fraktion, Jan Roth, will prüfen, ob … solle“: a role or body acting in
 * the indicative speaks itself; the Konjunktiv belongs to its content.
 */
function actorOf({ st, sa, sb, end, konj }: SpeechContext): NP | null {
  const t = st.tokens;
  const opening = st.openingPhrase(sa, end);
  const verb = opening && t[opening.next];
  return opening && verb && verb.kind === 'word' && !isCap(verb) && !konj.at(t, opening.next)
    && (/^(will|wollen|möchte|möchten)$/.test(verb.lower) || st.verbAt(opening.next, sb)) && isInstitutional(st, opening.np) ? opening.np : null;
}

/**
 * „Die Reederei sperrte den Kai, weil er marode sei“, „Die Lotsin zeigte Fotos vom Winter 1962, als
 * der Kai gebrochen sei“: when the main clause is indicative and the Konjunktiv stands only in the
 * clause of reason, time, place, content or relative clause after its first comma, or in the clause
 * after a colon, the Konjunktiv gives the reason, view or words of the role, body or named person acting
 * in that main clause. (Not conditions or contrasts: „…, wenn sie käme“ reports nobody's words.)
 */
function mainClauseActorOf(ctx: SpeechContext): ClauseActor | null {
  const { st, sa, end, inQuote, konj } = ctx;
  const t = st.tokens;
  // (Konjunktiv or „soll“: either in the main clause makes the sentence speech of its own.)
  const konjunktivAt = (k: number) => t[k].kind === 'word' && (k === sa || !isCap(t[k])) && (/^(soll|sollen)$/.test(t[k].lower) || konj.at(t, k));
  for (let k = sa; k < end; k++) {
    if (inQuote(k)) continue;
    if (t[k].text === '(' || konjunktivAt(k)) return null;
    // „Roth bleibt dabei: Der Kai sei zu kurz.“: what a colon after the main clause opens is its
    // actor's words, when the clause there has a Konjunktiv verb (not quoted words: a quote's own rules take those).
    // (So does a dash: „Roth sieht das anders – der Kai halte noch Jahre.“)
    if (t[k].text === ':' || DASH.test(t[k].text)) {
      if (k < sa + 1 || t[k + 1]?.kind === 'quote' || !konjunktivAt(finiteAfter(ctx, k + 1))) return null;
      return (k >= sa + 2 ? actorBefore(ctx, k, true) : null) ?? headingBefore(ctx, k);
    }
    if (t[k].text !== ',') continue;
    // (An apposition to the opening phrase is no clause: „Jan Roth, Chef der Gilde, geht weiter: …“.)
    const apposition = st.nounPhrase(sa, k)?.[1] === k - 1 ? appositionAfter(st, k - 1, end) : null;
    if (apposition) { k = apposition[1] + 1; continue; }
    const opener = t[k + 1]?.lower ?? '';
    // „Die Lotsin verließ den Saal, die Pläne seien zu teuer“: a main clause of its own in
    // Konjunktiv after the comma gives the words of whoever acts before it, like the colon.
    if (k >= sa + 3 && t[k + 1]?.kind === 'word' && !CONTENT_OPENERS.has(opener) && !/^(und|oder|aber|denn|sondern|doch)$/.test(opener) && konjunktivSecond(ctx, k + 1, konjunktivAt)) return actorBefore(ctx, k);
    if (k < sa + 3 || !(/^(weil|da|obwohl|zumal|als|nachdem|seit|seitdem|wo|wobei)$/.test(opener) || CONTENT_OPENERS.has(opener) || st.opensRelativeClause(k + 1))) return null;
    // (The Konjunktiv must stand in that clause, not in a main clause after a colon or dash.)
    let below = false;
    for (let j = k + 1; j <= end && !below && !/^[:;–—]$/.test(t[j].text); j++) below = !inQuote(j) && konjunktivAt(j);
    return below ? actorBefore(ctx, k) : null;
  }
  return null;
}

/** Adverbs around a name that heads the words after a colon: „Roth dagegen: …“, „Anders die Reederei: …“. */
const HEADING_ADVERB = /^(dagegen|hingegen|anders|auch|ebenso|dazu|daraufhin|wiederum)$/;

/**
 * „Jan Ohm dagegen: Der Kai halte …“, „Anders die Reederei: …“: a name, role or body alone before
 * the colon, with at most a contrasting adverb, heads the Konjunktiv words after it; the colon is the cue.
 */
function headingBefore({ st, sa }: SpeechContext, colon: number): ClauseActor | null {
  const t = st.tokens;
  let a = sa, b = colon - 1;
  while (a < b && HEADING_ADVERB.test(t[a].lower)) a++;
  while (b > a && HEADING_ADVERB.test(t[b].lower)) b--;
  const np = colon - sa <= 6 ? st.nounPhrase(a, b + 1) : null;
  if (!np || np[0] !== a || np[1] !== b) return null;
  const named = isInstitutional(st, np) || t.slice(a, b + 1).some((w) => isCap(w) && !!st.lex.givenNameGender(w.text));
  return named ? { actor: np, verb: colon, from: colon + 1 } : null;
}

/** Whether the clause opening at k has a Konjunktiv verb second: after a phrase („die Pläne seien“) or an adverb („damals sei“). */
function konjunktivSecond(ctx: SpeechContext, k: number, konjunktivAt: (k: number) => boolean): boolean {
  const finite = finiteAfter(ctx, k);
  const t = ctx.st.tokens;
  // (A verb right after the comma is the sentence's own: „Was den Kai betrifft, wolle die Reederei …“.)
  return (finite > k && konjunktivAt(finite)) || (finite === k && t[k].kind === 'word' && !isCap(t[k]) && k + 1 <= ctx.end && konjunktivAt(k + 1));
}

/** The first finite-looking word of the main clause opening at k: past its first phrase. */
function finiteAfter({ st, end }: SpeechContext, k: number): number {
  const opening = st.openingPhrase(k, end);
  return opening ? opening.next : k;
}

/** A main clause's actor, its finite verb, and where the content below or after it starts. */
type ClauseActor = { actor: NP; verb: number; from: number };

/** The role, body or named person acting in the main clause before k, with its finite verb; the content starts after k. */
function actorBefore({ st, sa }: SpeechContext, k: number, bareName = false): ClauseActor | null {
  const t = st.tokens;
  // (Before a colon also a bare name opening the sentence, „Roth bleibt dabei: …“: the words after
  // it are someone's, and a thing there is rare.)
  // (Elsewhere a surname the text gave before with its given name: „Lea Brandt … Brandt sperrte den Kai, weil …“.)
  const bare = bareNameAt(st, sa, k);
  const name = bareName || (bare && surnameIntroduced(st, bare)) ? bare : null;
  const actor = actingTopic(st, sa, k, true) ?? name;
  if (!actor) return null;
  // (A group counted out is nobody in particular: „Viele Sender bedeuten, dass …“.)
  if (/^(viele|einige|manche|mehrere|zahlreiche|alle|wenige)$/.test(t[actor[0]].lower)) return null;
  // A role, a body, a person by a given name, or a singular pronoun the article resolves — not a
  // thing, and not plural „sie“ („Sie zeigten …“ may be anyone's family).
  const named = !!name || isInstitutional(st, actor) || t.slice(actor[0], actor[1] + 1).some((w) => isCap(w) && !!st.lex.givenNameGender(w.text))
    || (actor[0] === actor[1] && (t[actor[0]].lower === 'er' || (t[actor[0]].lower === 'sie' && !/n$/.test(t[actor[0] + 1]?.lower ?? 'n'))));
  // (And a finite verb after it or before it: „Private Blogger oder andere, die …“ has none.)
  const verb = actorFiniteVerb(st, actor, sa, k, true);
  return named && verb >= 0 ? { actor, verb, from: k + 1 } : null;
}

/**
 * The finite verb of the main clause [sa, k) whose subject is `actor`, or -1 if none (a full verb,
 * or with `holding` also a copula or „haben“): right after it, past an apposition („Jan Roth, Chef
 * der Gilde, geht weiter“); before it when it stands inverted („Zuletzt zeigte sich der Chef …“);
 * or, with an auxiliary, the participle closing the clause („Danach hat die Ministerin Klage
 * eingereicht, weil …“).
 */
export function actorFiniteVerb(st: SentenceTokens, actor: NP, sa: number, k: number, holding = false): number {
  const t = st.tokens;
  // (The topic may already hold the apposition, up to its closing comma.)
  const closed = t[actor[1] + 1]?.text === ',' && t.slice(actor[0], actor[1]).some((w) => w.text === ',');
  const apposition = closed ? null : appositionAfter(st, actor[1], k);
  let after = closed ? actor[1] + 2 : apposition ? apposition[1] + 2 : actor[1] + 1;
  // (Past a contrasting adverb after the subject: „Die Reederei hingegen winkt ab“.)
  while (after < k - 1 && CONTRAST_AFTER_SUBJECT.test(t[after].lower)) after++;
  // (An adjective's shape with no verb's ending belongs to a phrase: „das staatliche Fernsehen“.)
  // (With `holding`, also a copula or „haben“ of a view held: „Roth ist sich sicher, …“, „Roth hat eine andere Sicht: …“.)
  const finite = (w: Token | undefined) => w?.kind === 'word' && !isCap(w) && ((!NOT_A_FULL_VERB.has(w.lower) && (!adjectiveShape(w) || fullVerbForm(st.lex, w.lower))) || (holding && HOLDING.test(w.lower)));
  const verb = finite(t[after]);
  const inverted = actor[0] > sa && finite(t[actor[0] - 1]);
  // (After the verb the subject stands inverted, and what follows it is no verb: „Auch sonst wechselt er regelmäßig …“;
  // the verb may stand before a reflexive pronoun.)
  // (An auxiliary with its participle closing the clause: the participle is the verb, „hatte … eingereicht“.)
  const participle = (aux: number) => AUXILIARIES.has(t[aux]?.lower ?? '') && k - 1 > actor[1] && isPassiveParticiple(t[k - 1].lower);
  if (inverted) return participle(actor[0] - 1) ? k - 1 : t[actor[0] - 1]?.lower === 'sich' && actor[0] - 2 >= sa ? actor[0] - 2 : actor[0] - 1;
  if (verb) return participle(after) ? k - 1 : after;
  return participle(actor[0] - 1) ? k - 1 : -1;
}

/** Adverbs that may stand between a subject opening the clause and its verb: „Roth hingegen sagt …“. */
const CONTRAST_AFTER_SUBJECT = /^(hingegen|dagegen|jedoch|aber|allerdings|indes|indessen|wiederum|ihrerseits|seinerseits|ebenfalls|selbst)$/;

/** Copulas and „haben“, the finite verbs of a view held („ist sich sicher“, „bleibt skeptisch“, „hat eine andere Sicht“). */
const HOLDING = /^(ist|war|sind|waren|bleibt|blieb|bleiben|blieben|hat|hatte|haben|hatten)$/;

/** A surname alone that the text before gave with a given name („Lea Brandt … Brandt verglich …“). */
function surnameIntroduced(st: SentenceTokens, [a, b]: NP): boolean {
  if (a !== b || !isCap(st.tokens[a])) return false;
  const surname = st.tokens[a].text;
  const introduced = st.memo('introduced-surnames', () => {
    const out = new Map<string, number>();
    const t = st.tokens;
    for (let k = 1; k < t.length; k++) if (isCap(t[k]) && !out.has(t[k].text) && st.lex.givenNameGender(t[k - 1].text)) out.set(t[k].text, k);
    return out;
  });
  return (introduced.get(surname) ?? Infinity) < a;
}

/** A name of one word opening the sentence before its active finite verb („Roth bleibt dabei“), or null. */
function bareNameAt(st: SentenceTokens, sa: number, k: number): NP | null {
  const t = st.tokens;
  const np = st.nounPhrase(sa, k);
  const verb = np && t[np[1] + 1];
  if (!np || np[0] !== np[1] || !verb || verb.kind !== 'word' || isCap(verb) || NOT_A_FULL_VERB.has(verb.lower) || PASSIVE_OR_COPULA.test(verb.lower)) return null;
  return isCap(t[sa]) && !DETERMINERS.has(t[sa].lower) && !ABSTRACT.test(t[sa].lower) && speakerness(st, np) >= 1 ? np : null;
}

/** Records the topic of the sentence before, whether it acts as a source, whether that sentence says or thinks something, and whether it reports. */
function topicOfPrevious(ctx: SpeechContext, q: IndirectQuote, source: NP, previous: NP): void {
  const { st, inQuote } = ctx;
  q.localSource = st.span(source[0], source[1]);
  q.topicReported = reportedSentence(ctx, previous);
  for (let k = previous[0]; k <= previous[1] && !q.topicSays; k++) if (!inQuote(k) && (st.verbAt(k, previous[1] + 1) || holdsStance(st, k, previous[0]))) q.topicSays = true;
  // („Sie widersprach dem Hafenrat. Der Kai sei lang genug.“: a pronoun that says or thinks acts
  // too, and so does a person by given name: „Jan Ohm zeigte sich gelassen. Der Kai halte …“.)
  const t = st.tokens;
  const person = (source[0] === source[1] && /^(er|sie)$/.test(t[source[0]].lower)) || t.slice(source[0], source[1] + 1).some((w) => isCap(w) && !!st.lex.givenNameGender(w.text));
  q.topicSpeaks = actsAsSource(st, source, previous, !!q.topicSays && person);
}
