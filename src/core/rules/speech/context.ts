// What a speech rule sees: one sentence (or one main clause after a semicolon) of a paragraph,
// its signals, and — for the rules run at a verb of saying — that verb and its clause.
import { attributionOf, mediumSpan, subjectMention, type Attribution } from '../../attribution';
import type { RuleEngine } from '../../engine/engine';
import type { GuardRule, Rule } from '../../engine/rule';
import type { IndirectQuote } from '../../indirect';
import type { VerbReading } from '../../grammar/verbs';
import type { NP, SentenceTokens } from '../../grammar/view';
import { DASH, lowerTokenIndex } from '../../grammar/clauses';
import { ABSTRACT, AUXILIARIES, DETERMINERS, NAME_PARTICLES, looksFinite } from '../../grammar/words';
import type { Span } from '../../types';
import type { KonjunktivRecogniser } from '../../konjunktiv';
import { isCap, type Token } from '../../tokens';
import deData from '../../lexicons/de.json';
import { konjunktivFrame, speakingSubject, type SentenceFrame } from './helpers';

export interface SpeechContext {
  st: SentenceTokens;
  sa: number;
  sb: number;
  /** The last token before the final punctuation. */
  end: number;
  inQuote: (i: number) => boolean;
  konj: KonjunktivRecogniser;
  /** Start offsets of reportive „soll“ found by the hedge rules. */
  reportive: ReadonlySet<number>;
  /** The sentence before, as first and last content token. */
  previous: NP | undefined;
  /** Signal bits of the sentence (signals.ts). */
  signals: number;
  /** Tokens inside direct quotes in [sa, end]. */
  quotedCount: number;
  /** A source frame („laut X“, „X zufolge“) in the sentence, when the sentence has one. */
  framed: SentenceFrame | null;
  engine: RuleEngine;
}

/** What the rules run at one verb of saying see: the sentence, the verb, and the clause after it. */
export interface VerbContext extends SpeechContext {
  v: number;
  verb: VerbReading;
  /** The start of the verb's clause. */
  verbClause: number;
  /** The verb's last token (its particle when that follows it). */
  cueEnd: number;
  /** The comma or colon that ends the verb's clause, or a token past `end` when none does. */
  c: number;
  /** Whether a later verb of saying is coordinated with this one in its clause („lobte … und ergänzte“). */
  later: boolean;
  /** Where content after the verb would start, or -1. */
  contentStart: number;
}

/**
 * A rule's verdict that the sentence holds no speech, even though the rule's frame was found (its
 * content turned out to be a direct quote): no later rule is tried.
 */
export const NO_SPEECH: unique symbol = Symbol('no speech');
export type SpeechOutcome = IndirectQuote | typeof NO_SPEECH;

/** The rule's speech, or its verdict that there is none. */
export function decided(q: IndirectQuote | null): SpeechOutcome {
  return q ?? NO_SPEECH;
}

export type SpeechRule = Rule<SpeechContext, SpeechOutcome>;
export type VerbFrameRule = Rule<VerbContext, SpeechOutcome>;
export type VerbGuard = GuardRule<VerbContext>;

/**
 * Where content that ends at `last` starts: after a colon that ends the narrator's lead („Die
 * Reederei ist skeptisch: Der Umsatz werde sinken, sagte ihr Sprecher.“), or at the sentence
 * start when the part before the colon is reported too, with no frame of its own („Die Lage sei
 * klar: …“).
 */
/** Whether the verb opens its clause right after a comma, as a frame after its content does: „…, sagte Roth“. */
export function opensAfterComma({ st, v, sa, verbClause }: VerbContext): boolean {
  return v - 1 > sa && verbClause === v && st.tokens[v - 1].text === ',';
}

export function afterLead(ctx: SpeechContext, last: number): number {
  const { st, sa, inQuote } = ctx;
  for (let k = last - 3; k > sa + 1; k--) {
    if (st.tokens[k].text !== ':' || inQuote(k)) continue;
    // (Unless the lead has a frame of its own: „Der Kai sei zu kurz, meint Roth: …, sagt er.“)
    let framed = false;
    for (let j = sa; j < k && !framed; j++) framed = !inQuote(j) && !!st.verbAt(j, k);
    return hasKonjunktiv(ctx, sa, k - 1) && !framed ? sa : k + 1;
  }
  return sa;
}

/** A Konjunktiv outside quotations in [a, b]; with `onlyI`, not the modal or conditional Konjunktiv II. */
export function hasKonjunktiv(ctx: SpeechContext, a: number, b: number, onlyI = false): boolean {
  const { st: { tokens: t }, sa, konj, inQuote } = ctx;
  for (let k = a; k <= b; k++) {
    if (inQuote(k) || t[k].kind !== 'word' || (k > sa && isCap(t[k])) || !konj.at(t, k)) continue;
    if (!onlyI || (!MODAL_II.test(t[k].lower) && !KONJUNKTIV_II.has(t[k].lower))) return true;
  }
  return false;
}

/** Modal Konjunktiv II forms mark possibility or advice („dürfte steigen“), not reported speech. */
export const MODAL_II = /^(könnte|könnten|dürfte|dürften|sollte|sollten|möchte|möchten)$/;
/** Konjunktiv II forms (the lexicon's `konjunktiv2`): alone they only continue speech right before them. */
export const KONJUNKTIV_II: ReadonlySet<string> = new Set(deData.konjunktiv2);

/**
 * Tokens of [sa, end] inside direct quotes: all of them, and those that make the span a quote —
 * short quoted fragments do not when at least two words stand outside quotes: „„drei Arbeiter“
 * seien verletzt und „vier weitere“ evakuiert worden“ is indirect speech with two fragments in it,
 * „„Ja.““ alone is a quote.
 */
export function countQuoted(t: readonly Token[], inQuote: (k: number) => boolean, sa: number, end: number): { all: number; quoteLike: number } {
  let all = 0, long = 0, wordsOutside = 0;
  for (let k = sa; k <= end; ) {
    if (!inQuote(k)) {
      if (t[k].kind === 'word') wordsOutside++;
      k++;
      continue;
    }
    let run = k;
    while (run <= end && inQuote(run)) run++;
    all += run - k;
    if (run - k > SHORT_FRAGMENT_TOKENS) long += run - k;
    k = run;
  }
  return { all, quoteLike: wordsOutside >= 2 ? long : all };
}

/** Tokens of a quoted fragment with its marks (up to four words). */
const SHORT_FRAGMENT_TOKENS = 6;

/** Speech over tokens [a, b], unless that content is itself mostly a direct quote. */
export function makeSpeech(ctx: SpeechContext, a: number, b: number, type: IndirectQuote['type'], attribution: Attribution, confidence: number, rule: string): IndirectQuote | null {
  if (b < a) return null;
  if (countQuoted(ctx.st.tokens, ctx.inQuote, a, b).quoteLike > (b - a + 1) * 0.6) return null;
  return indirectQuote(ctx.st.span(a, b), type, attribution, confidence, rule);
}

/**
 * Speech in two parts around an interposed frame: „Der Kai sei, sagte die Ministerin, viel zu
 * kurz.“ One quote over both parts — the speech q and the other part at tokens [a, b] — with the
 * parts as its segments.
 */
export function aroundFrame(ctx: SpeechContext, q: IndirectQuote | null, a: number, b: number): IndirectQuote | null {
  if (!q || b < a) return q;
  const other = ctx.st.span(a, b);
  const parts = [{ start: q.start, end: q.end, text: q.text }, other].sort((x, y) => x.start - y.start);
  const start = parts[0].start, end = parts[1].end;
  return { ...q, start, end, text: ctx.st.text.slice(start, end), segments: parts };
}

/**
 * An indirect quote with every field present, in one shape: spreading spans, or adding fields to
 * some quotes later, made building them a hot spot.
 */
export function indirectQuote(span: { start: number; end: number; text: string }, type: IndirectQuote['type'], attribution: Attribution, confidence: number, rule: string): IndirectQuote {
  return {
    start: span.start, end: span.end, text: span.text, segments: undefined, type, attribution, confidence, rule,
    continuation: undefined, standalone: undefined, fromPrevious: undefined, localSource: undefined, ownSource: undefined, clauseActor: undefined, topicSpeaks: undefined, topicSays: undefined, topicReported: undefined, silent: undefined,
  };
}

/** The context of the verb of saying at v, with its clause scanned (see VerbContext). */
export function verbContext(ctx: SpeechContext, v: number, verb: VerbReading): VerbContext {
  const { st, sa, sb, end, inQuote } = ctx;
  const t = st.tokens;
  const cueEnd = verb.particle ?? v;
  let c = cueEnd + 1;
  let later = false;
  // (A dash ends the verb's clause: „droht, … zu verlieren – was wäre, wenn …“ has no content;
  // a pair of dashes encloses an aside: „wird – das Dokument war veröffentlicht – gekennzeichnet, …“.)
  while (c <= end && t[c].text !== ',' && t[c].text !== ':' && !inQuote(c)) {
    if (DASH.test(t[c].text)) {
      let pair = c + 1;
      while (pair <= end && !DASH.test(t[pair].text) && t[pair].text !== ',') pair++;
      if (pair > end || t[pair].text === ',') break;
      c = pair;
    }
    // (Brackets enclose an aside whose commas end nothing: „sprach für alle Häfen (Kiel, Bremen) und betonte, dass …“.)
    if (t[c].text === '(') c = Math.max(c, closingBracket(t, c, end));
    if (t[c - 1].lower === 'und' && st.verbAt(c, sb)) later = true;
    c++;
  }
  // („sagte der Sprecher des Amts, Jan Roth, der Kai sei …“: a name in commas after the subject is
  // its apposition; the content starts after it.)
  if (c < end && isCap(t[c - 1])) {
    const closing = nameAppositionEnd(st, c, end);
    if (closing > 0) c = closing;
  }
  // (Every field by name, in one shape: a spread made this the hottest line of the analysis.)
  return {
    st, sa, sb, end, inQuote, konj: ctx.konj, reportive: ctx.reportive, previous: ctx.previous, signals: ctx.signals,
    quotedCount: ctx.quotedCount, framed: ctx.framed, engine: ctx.engine,
    v, verb, verbClause: st.clauseStart(v, sa), cueEnd, c, later, contentStart: c < end ? c + 1 : -1,
  };
}

/**
 * The comma closing an apposition in commas after the comma at c, or -1: a name of two to four
 * words, with a party in brackets („…, Jan Roth (SPD), …“), or a role („…, stellvertretender
 * Hafenmeister in Kiel, dass …“).
 */
export function nameAppositionEnd(st: SentenceTokens, c: number, end: number): number {
  const t = st.tokens;
  if (t[c]?.text !== ',') return -1;
  let e = c + 1;
  while (e < end && e - c <= 4 && t[e].kind === 'word' && (isCap(t[e]) || NAME_PARTICLES.has(t[e].lower))) e++;
  const name = e;
  if (t[e]?.text === '(') e = closingBracket(t, e, Math.min(end, e + 5)) + 1;
  if (name - c >= 3 && e > 0 && e < end && t[e]?.text === ',' && !st.lex.verb(t[c + 1].lower).length) return e;
  return roleAppositionEnd(st, c, end);
}

/** The „)“ closing the bracket opened at `open`, no further than `end` and before another „(“, or -1. */
function closingBracket(t: Token[], open: number, end: number): number {
  for (let k = open + 1; k <= end && t[k].text !== '('; k++) if (t[k].text === ')') return k;
  return -1;
}

/**
 * The comma closing a role in commas after the comma at c („…, Chef der Hafenbehörde, dass …“), or
 * -1. A role has no verb and names a person or a body; what follows it must be a clause of its own
 * (a conjunction, or a phrase and its verb) and no list („…, die Lotsen, die Reeder und …“).
 */
function roleAppositionEnd(st: SentenceTokens, c: number, end: number): number {
  const t = st.tokens;
  let e = c + 1;
  while (e < end && e - c <= 9 && t[e].text !== ',' && t[e].kind !== 'quote') e++;
  if (t[e]?.text !== ',' || e + 1 >= end || !st.nominal(c + 1, e - 1) || st.opensRelativeClause(c + 1)) return -1;
  const role = st.nounPhrase(c + 1, e);
  if (!role || st.speakerness(role) < 1.5) return -1;
  // (Its noun phrase fills the commas, or a place or field follows it: „Botschafter in Kairo“.)
  if (role[1] < e - 1 && !(ROLE_ATTACHMENT.test(t[role[1] + 1].lower) && st.nominal(role[1] + 2, e - 1))) return -1;
  if (st.opensRelativeClause(e + 1)) return -1;
  // (A role after a role is a list: „sagte die Ministerin, Lehrer, Eltern und Schüler seien …“.)
  if (st.lex.roleHead(t[c - 1].lower)) return -1;
  const next = st.nounPhrase(e + 1, end);
  if (next && /^(und|oder|sowie|,)$/.test(t[next[1] + 1]?.lower ?? '')) return -1;
  return CONTENT_CONJUNCTION.test(t[e + 1].lower) || clauseWithVerb(st, e + 1, end) ? e : -1;
}

/** Prepositions that attach a place or a field to a role: „Botschafter in Kairo“, „Beauftragte für Häfen“. */
const ROLE_ATTACHMENT = /^(in|im|aus|bei|beim|von|vom|am|für)$/;
const CONTENT_CONJUNCTION = /^(dass|ob|wie|wo|warum|weshalb|wieso|wann|wer|was|weil)$/;

/** Whether the words from a up to the next comma hold a finite verb in lower case („die Schleuse sei …“). */
function clauseWithVerb(st: SentenceTokens, a: number, end: number): boolean {
  const t = st.tokens;
  for (let k = a + 1; k <= end && t[k].text !== ','; k++) {
    if (t[k].kind === 'word' && !isCap(t[k]) && (AUXILIARIES.has(t[k].lower) || looksFinite(t[k].lower))) return true;
  }
  return false;
}


/**
 * Who reports a frame in Konjunktiv with subject subj: „er“/„sie“ are the speaker before
 * ('by-previous'); another subject speaks inside that speaker's speech ('nested'), unless a frame
 * of its own closes the sentence („…, so die Reederei“). The first person makes none („habe ich“ is
 * no Konjunktiv), nor does „man“ (the speaker's own side).
 */
function howFrameIsReported(st: SentenceTokens, subj: [number, number], v: number, sb: number): Attribution['reportedFrame'] {
  const one = subj[0] === subj[1] ? st.tokens[subj[0]].lower : '';
  if (/^(ich|wir|man|du|ihr)$/.test(one)) return undefined;
  if (one === 'er' || one === 'sie') return 'by-previous';
  return frameAfterComma(st, v + 1, sb) ? undefined : 'nested';
}

/** Whether a frame of its own closes the sentence after a comma: „…, so der Lotse“, „…, sagte Roth“. */
function frameAfterComma(st: SentenceTokens, from: number, to: number): boolean {
  const t = st.tokens;
  for (let k = from; k < to; k++) {
    if (t[k].text !== ',' || t[k + 1]?.kind !== 'word' || isCap(t[k + 1])) continue;
    if ((t[k + 1].lower === 'so' || st.lex.verb(t[k + 1].lower).length) && t[k + 2]?.kind === 'word' && (isCap(t[k + 2]) || t[k + 2].lower === 'es' || DETERMINERS.has(t[k + 2].lower))) return true;
  }
  return false;
}

/**
 * The cue and source of the verb at v. A source frame after the verb names where the report comes
 * from („bestätigte X laut Reuters, dass …“); with no source of its own, a frame before the verb in
 * its clause does („Am Dienstag wurde laut taz deutlich gemacht, dass …“).
 */
export function verbAttribution(ctx: VerbContext, rule: string): Attribution {
  const { st, sa, sb, v, verb, framed, contentStart, konj } = ctx;
  const t = st.tokens;
  const found = st.sourceOf(v, verb.entry, sa, sb);
  // An impersonal „es“ names no source („Es drohe …“, „Es wird berichtet, dass …“).
  let subj = found && !(found[0] === found[1] && t[found[0]].lower === 'es') ? found : null;
  // The name in commas after an inverted subject is part of it: „sagte der Sprecher, Jan Roth, …“.
  if (subj && subj[0] > v && isCap(t[subj[1]])) {
    const closing = nameAppositionEnd(st, subj[1] + 1, ctx.end);
    if (closing > 0) subj = [subj[0], closing - 1];
  }
  // A source frame after the verb names where the report comes from, and the annotated data takes
  // it as the source: „bestätigte X laut Reuters, dass …“, „geht laut dem Bericht davon aus, dass …“.
  // (Not a frame inside the content itself: „sagte, nach neuesten Erkenntnissen habe …“.)
  const frameAfterVerb = !!framed?.attribution.cue && framed.attribution.cue.start > t[v].start && (contentStart < 0 || framed.attribution.cue.start < t[contentStart].start) && !/[;:.!?]/.test(st.text.slice(t[v].end, framed.attribution.cue.start));
  // „X erklärte laut Y, …“ with Y a medium or document: X speaks, Y only passes it on (issue 16;
  // the annotated data takes Y, which costs a few quotes). A person after „laut“ is the one who
  // spoke („Die Partei hält den Weg laut ihrem Sprecher für gangbar“), and without a subject of its
  // own the verb leaves the source to the frame („wurde laut Reuters bestätigt, dass …“).
  if (frameAfterVerb && subj && framed!.attribution.speaker && passesWordsOn(st, framed!.attribution.speaker) && (speakingSubject(st, v, verb.entry, sa, sb) || bareName(st, subj))) {
    return attributionOf(rule, st.cueSpan(v, verb.particle), st.span(subj[0], subj[1]), 'sentence-verb', verb.entry, undefined, framed!.attribution.speaker);
  }
  if (frameAfterVerb) return framed!.attribution;
  if (!subj && framed?.attribution.cue && framed.attribution.cue.start >= t[st.clauseStart(v, sa)].start && framed.attribution.cue.start < t[v].start) return framed.attribution;
  const reportedFrame = subj && konjunktivFrame(t, v, verb.entry, st.clauseStart(v, sa), konj) ? howFrameIsReported(st, subj, v, sb) : undefined;
  const { speaker, refersTo } = subjectMention(st, v, subj, sa);
  return attributionOf(rule, st.cueSpan(v, verb.particle), speaker, 'sentence-verb', verb.entry, reportedFrame, mediumSpan(st, v, verb.entry, sa, sb), refersTo);
}

/** A surname on its own („Roth erklärte laut der Hafenzeitung, …“): a word, no article, no abstract noun. */
function bareName(st: SentenceTokens, [a, b]: NP): boolean {
  const w = st.tokens[a];
  return a === b && isCap(w) && w.kind === 'word' && !ABSTRACT.test(w.lower) && !st.lex.isDocumentNoun(w.text) && !st.lex.isSourceNoun(w.text) && !st.lex.mediumHead(w.lower);
}

/** Whether a source names a medium, agency or document — something that passes words on — rather than a person. */
function passesWordsOn(st: SentenceTokens, source: Span): boolean {
  const t = st.tokens;
  for (let k = lowerTokenIndex(t, source.start); k < t.length && t[k].start < source.end; k++) {
    const w = t[k];
    if (w.kind !== 'word') continue;
    // („ndr.de“, „spiegel.de“: a web address is a medium.)
    if (st.lex.mediumHead(w.lower) || st.lex.isDocumentNoun(w.text) || st.lex.isSourceNoun(w.text) || /\.(de|com|at|ch|org|net|eu)$/.test(w.lower)) return true;
  }
  return false;
}
