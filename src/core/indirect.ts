// Speech without quotation marks, per paragraph:
// - indirect: the content after (or before) a cue — dass/ob/w-clauses, Konjunktiv clauses,
//   zu-infinitives after verbs of demanding and announcing, and sentences framed by „laut X“,
//   „X zufolge“, „nach Angaben von X“;
// - reported: a verb of saying with an object and no content („Er forderte Konsequenzen.“);
// - free-indirect candidates: Konjunktiv sentences with no frame of their own. Whether they
//   continue someone's speech is decided for the whole article (rules/discourse).
// The rules are in rules/speech; this module splits a paragraph into sentences, runs them, and
// applies the stages that combine results across clauses and sentences.
import type { Attribution } from './attribution';
import { DEFAULT_ENGINE, type RuleEngine } from './engine/engine';
import { lastContentToken, lowerTokenIndex, opensSubordinate } from './grammar/clauses';
import { actingTopic } from './grammar/topic';
import { DETERMINERS, SUBJECT_PRONOUNS } from './grammar/words';
import type { NP } from './grammar/view';
import { SentenceTokens } from './grammar/view';
import { getKonjunktiv, type KonjunktivRecogniser } from './konjunktiv';
import type { Lexicon } from './lexicon';
import { countQuoted, indirectQuote } from './rules/speech/context';
import { NO_SPEECH, sentenceFrame, SPEECH, speechSignals, type SpeechContext } from './rules/speech';
import { FRAME } from './rules/speech/signals';
import { TokenFlags, type Token } from './tokens';
import type { Range, Span, SpeechType } from './types';

export interface IndirectQuote extends Span {
  type: Exclude<SpeechType, 'direct'>;
  attribution: Attribution;
  confidence: number;
  /** The rule that found this speech (`--explain`). */
  rule: string;
  /** A free-indirect candidate: kept when it follows other speech closely… */
  continuation?: boolean;
  /** …or even on its own (Konjunktiv I, reportive „soll“). */
  standalone?: boolean;
  /** Content taken from the sentence before („… . Dies bestätigte X.“). */
  fromPrevious?: boolean;
  /**
   * For a continuation: the person or body the sentence before is about („Innenminister Ngom
   * nannte den Zweck. Es gehe dabei nicht um …“), the source when no speaker came before.
   */
  localSource?: Span;
  /** A role or body acting in this sentence itself, whose words the Konjunktiv reports. */
  ownSource?: Span;
  /** The person or body acting in this sentence's indicative main clause when the Konjunktiv stands only in a clause below it: its reason or view („Die Reederei sperrte den Kai, weil er marode sei“). */
  clauseActor?: Span;
  /** Whether localSource is a role or body acting in the sentence before, so likely the source. */
  topicSpeaks?: boolean;
  /** Whether that sentence has a verb of saying or thinking: then it takes over even right after other speech. */
  topicSays?: boolean;
  /** Whether that sentence itself reports („soll“, Konjunktiv I): then its topic is talked of, no source. */
  topicReported?: boolean;
  /** A speech act without content that is shown as no speech but whose speaker the sentences after go on with („äußerte sich besorgt“). */
  silent?: boolean;
}

/** Stages: steps that combine what the rules found in one sentence with its neighbours. */
export const SECOND_FRAME = 'speech/stage/second-frame';
export const COORDINATED_FRAME = 'speech/stage/coordinated-frame';
export const AGENTLESS_SOURCE = 'speech/stage/agentless-source';
export const REPLACES_PREVIOUS = 'speech/stage/replaces-previous';
export const FRAGMENT_NOT_SWALLOWED = 'speech/stage/fragment-not-swallowed';
export const SOURCE_RELATIVE_CLAUSE = 'speech/stage/source-relative-clause';
export const MAIN_CLAUSE_FRAME = 'speech/stage/main-clause-frame';
export const FRAME_INSIDE_QUOTE = 'speech/stage/frame-inside-quote';

/** Which tokens stand inside a direct quote, per call of detectIndirect. */
const quotedTokens = new TokenFlags();

interface Paragraph {
  st: SentenceTokens;
  inQuote: (i: number) => boolean;
  konj: KonjunktivRecogniser;
  reportive: ReadonlySet<number>;
  engine: RuleEngine;
}

export function detectIndirect(
  text: string,
  tokens: Token[],
  sentences: Range[],
  direct: Range[],
  lex: Lexicon,
  /** Where the hedge detector found a reportive „soll“ (start offsets): that marks reported speech. */
  reportive: ReadonlySet<number> = new Set(),
  konjunktiv: KonjunktivRecogniser = getKonjunktiv(),
  engine: RuleEngine = DEFAULT_ENGINE,
): IndirectQuote[] {
  const quoted = quotedTokens.cleared(tokens.length);
  let ti = 0;
  for (const q of direct) {
    while (ti < tokens.length && tokens[ti].end <= q.start) ti++;
    for (let k = ti; k < tokens.length && tokens[k].start < q.end; k++) quoted[k] = 1;
  }
  const p: Paragraph = { st: new SentenceTokens(text, tokens, lex), inQuote: (i) => quoted[i] === 1, konj: konjunktiv, reportive, engine };
  const out: IndirectQuote[] = [];
  let sa = 0;
  let previous: NP | undefined;
  for (const s of mainClauses(tokens, sentences, quoted)) {
    while (sa < tokens.length && tokens[sa].start < s.start) sa++;
    let sb = sa;
    while (sb < tokens.length && tokens[sb].start < s.end) sb++;
    const found = sentenceWithStages(p, sa, sb, previous, out);
    if (found) {
      // A sentence whose content is the one before replaces what that one yielded.
      if (found.fromPrevious && out.length && out[out.length - 1].start >= tokens[previous![0]].start && engine.enabled(REPLACES_PREVIOUS)) out.pop();
      out.push(found);
    }
    previous = sb > sa ? [sa, lastContentToken(tokens, sa, sb)] : previous;
    sa = sb;
  }
  if (direct.length && engine.enabled(FRAME_INSIDE_QUOTE) && framesInsideQuotes(p, direct, out)) out.sort((a, b) => a.start - b.start);
  return out;
}

/**
 * „„Wir fürchten, dass der Rat ablehnt““: inside a direct quote, a frame whose subject is the
 * quoted speaker's „ich“ or „wir“ reports content of its own (its speaker is the quote's, see
 * analyze.ts). Each sentence of the quote is read as one. Returns whether any was found.
 */
function framesInsideQuotes(p: Paragraph, direct: Range[], out: IndirectQuote[]): boolean {
  const t = p.st.tokens;
  const inner: Paragraph = { ...p, inQuote: () => false };
  let found = false;
  let ti = 0;
  for (const q of direct) {
    while (ti < t.length && t[ti].start < q.start) ti++;
    let last = ti;
    while (last + 1 < t.length && t[last + 1].start < q.end) last++;
    if (t[ti]?.kind !== 'quote' || last - ti < 6) continue;
    let sa = ti + 1;
    for (let k = sa; k < last; k++) {
      if (!(/^[.!?]$/.test(t[k].text) && !p.st.inlineDot(k)) && k !== last - 1) continue;
      const sb = k + 1;
      // (Only a sentence with „ich“ or „wir“ is read: most quotes have none, and reading costs.)
      const speech = sb - sa >= 6 && hasFirstPerson(t, sa, sb) ? sentenceSpeech(inner, sa, sb, undefined) : null;
      if (speech && speech.rule === 'speech/content-after' && /^(ich|wir)$/i.test(speech.attribution.speaker?.text ?? '')) {
        out.push(speech);
        found = true;
      }
      sa = sb;
    }
  }
  return found;
}

/** Whether „ich“ or „wir“ stands in [a, b). */
function hasFirstPerson(t: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (t[k].lower === 'ich' || t[k].lower === 'wir') return true;
  return false;
}

/**
 * A semicolon joins main clauses with frames of their own: „Die Veranstalter schätzten 2.000
 * Gäste; nach Angaben der Polizei kamen 800.“ Each clause is read as a sentence.
 */
function mainClauses(tokens: Token[], sentences: Range[], quoted: Uint8Array): Range[] {
  const clauses: Range[] = [];
  for (const s of sentences) {
    let from = s.start;
    for (let k = lowerTokenIndex(tokens, s.start); k < tokens.length && tokens[k].start < s.end; k++) {
      if (tokens[k].text === ';' && !quoted[k] && tokens[k].start > from) {
        clauses.push({ start: from, end: tokens[k].end });
        from = tokens[k].end;
      }
    }
    clauses.push({ start: from, end: s.end });
  }
  return clauses;
}

/** The speech of the sentence [sa, sb), after the stages that split it at a second frame and find an agentless frame's source. */
function sentenceWithStages(p: Paragraph, sa: number, sb: number, previous: NP | undefined, out: IndirectQuote[]): IndirectQuote | null {
  const { st, engine } = p;
  let found = sentenceSpeech(p, sa, sb, previous);
  // „Laut Veranstalter habe es eine Panne gegeben, zu der laut Veranstalter … gerufen worden sein
  // soll“: a second frame in a later clause starts speech of its own.
  const second = found?.attribution.via === 'preposition' && engine.enabled(SECOND_FRAME) ? secondFrame(p, found, sb) : null;
  if (found && second) {
    const rest = sentenceSpeech(p, second.frame, sb, previous);
    if (rest && rest.attribution.via === 'preposition' && !rest.continuation) {
      out.push(indirectQuote(st.span(lowerTokenIndex(st.tokens, found.start), second.comma - 1), found.type, found.attribution, found.confidence, found.rule));
      found = rest;
    }
  }
  const joined = found && !found.continuation && found.attribution.cue && engine.enabled(COORDINATED_FRAME) ? coordinatedFrame(p, found, sa, sb, previous) : null;
  if (joined) {
    out.push(joined.first);
    found = joined.rest;
  }
  const main = found && !found.continuation && found.attribution.cue && engine.enabled(MAIN_CLAUSE_FRAME) ? mainClauseFrame(p, found, sa, sb, previous) : null;
  if (found && main) {
    out.push(found);
    found = main;
  }
  const relative = found && found.rule === 'speech/so-after' && engine.enabled(SOURCE_RELATIVE_CLAUSE) ? sourceRelativeClause(p, found, sb, previous) : null;
  if (found && relative) {
    out.push(found);
    found = relative;
  }
  // A frame with no source of its own („Insbesondere kritisiert wird, dass …“, „Zum einen wird
  // auf X verwiesen, …“): the body acting in the sentence before is the likely source.
  if (found && !found.continuation && found.attribution.cue && !found.attribution.speaker && previous && engine.enabled(AGENTLESS_SOURCE)) {
    const topic = actingTopic(st, previous[0], previous[1] + 1);
    if (topic) found.localSource = st.span(topic[0], topic[1]);
  }
  return found;
}

/**
 * „…, so Roth, die auch angab, dass …“: a relative clause on the source of „so X“ is read as a sentence
 * of its own, whose frame starts speech of its own.
 */
function sourceRelativeClause(p: Paragraph, found: IndirectQuote, sb: number, previous: NP | undefined): IndirectQuote | null {
  const { st } = p;
  const t = st.tokens;
  const speaker = found.attribution.speaker;
  if (!speaker || found.end > speaker.start) return null;
  const k = lowerTokenIndex(t, speaker.end);
  if (t[k]?.text !== ',' || k + 1 >= sb || !st.opensRelativeClause(k + 1)) return null;
  const rest = sentenceSpeech(p, k + 1, sb, previous);
  if (!rest || !rest.attribution.cue || rest.continuation) return null;
  // The relative pronoun is the frame's subject and stands for the source of „so X“.
  if (!rest.attribution.speaker) rest.attribution = { ...rest.attribution, speaker: st.span(k + 1, k + 1), refersTo: speaker };
  return rest;
}

/** Runs the speech rules on the sentence [sa, sb), after the signal pass. */
function sentenceSpeech(p: Paragraph, sa: number, sb: number, previous: NP | undefined): IndirectQuote | null {
  const { st, inQuote, konj, engine } = p;
  const t = st.tokens;
  if (sb - sa < 3) return null;
  const signals = speechSignals(st, sa, sb, konj);
  if (!signals) return null;
  // Drop the final punctuation from content spans.
  let end = sb - 1;
  while (end > sa && t[end].kind === 'punct') end--;
  const quoted = countQuoted(t, inQuote, sa, end);
  // A sentence that is mostly a direct quote is handled as one.
  if (quoted.quoteLike > (end - sa + 1) * 0.5) return null;
  const framed = signals & FRAME ? sentenceFrame(st, sa, sb, end, inQuote, engine) : null;
  const ctx: SpeechContext = { st, sa, sb, end, inQuote, konj, reportive: p.reportive, previous, signals, quotedCount: quoted.all, framed, engine };
  const fired = engine.first(SPEECH.rules, ctx, signals);
  return !fired || fired.out === NO_SPEECH ? null : fired.out;
}

/**
 * „Als die Lotsin sagte, der Kai sei zu kurz, erklärte der Hafenmeister, …“: after the content of a
 * frame in a subordinate clause opening the sentence, the main clause is read as a sentence of its
 * own; its frame, when it has one, starts speech of its own.
 */
function mainClauseFrame(p: Paragraph, found: IndirectQuote, sa: number, sb: number, previous: NP | undefined): IndirectQuote | null {
  const { st } = p;
  const t = st.tokens;
  const opener = /^(und|aber|doch)$/.test(t[sa].lower) ? sa + 1 : sa;
  // („Als“ before an article or pronoun opens a clause of time: „Als die Lotsin sagte, …“.)
  const als = t[opener].lower === 'als' && (DETERMINERS.has(t[opener + 1]?.lower ?? '') || SUBJECT_PRONOUNS.has(t[opener + 1]?.lower ?? ''));
  // (So does a noun's content inside the sentence: „Wegen der Berichte, …, wachsen Befürchtungen, …“.)
  const nounContent = found.rule === 'speech/speech-noun';
  if (!(als || nounContent || opensSubordinate(st, opener)) || found.attribution.cue!.start > found.start) return null;
  const k = lowerTokenIndex(t, found.end);
  if (t[k]?.text !== ',' || k + 3 >= sb || p.inQuote(k)) return null;
  const rest = sentenceSpeech(p, k + 1, sb, previous);
  return rest && rest.attribution.cue && !rest.continuation && rest.start >= t[k].end && !(nounContent && rest.type === 'reported') ? rest : null;
}

/**
 * „Bremen kündigte an, den Hafen auszubauen, und Hamburg sagte, …“: a main clause joined by „und“
 * (or „aber“, „doch“, „sondern“) after the frame, with a subject and a frame of its own, starts
 * speech of its own; the first speech ends before it. So does a verb of saying after „und“ that
 * shares the first subject and has content of its own: „…, und gab an, …“. (Not a frame in
 * Konjunktiv, which the first speaker reports: „…, und der Kapitän habe erklärt, …“.)
 */
function coordinatedFrame(p: Paragraph, found: IndirectQuote, sa: number, sb: number, previous: NP | undefined): { first: IndirectQuote; rest: IndirectQuote } | null {
  const t = p.st.tokens;
  const cueEnd = found.attribution.cue!.end;
  // (A few joined clauses at most: reading each rest anew must not make a long sentence quadratic.)
  let tries = 3;
  for (let k = lowerTokenIndex(t, Math.min(found.start, cueEnd)); k < sb - 4 && tries > 0; k++) {
    // Words after a colon are quoted as spoken, „und er will …“ included.
    if (t[k].text === ':' && t[k].start >= cueEnd) return null;
    if (t[k].text !== ',' || t[k].start < cueEnd || p.inQuote(k) || !/^(und|aber|doch|sondern)$/.test(t[k + 1].lower)) continue;
    tries--;
    const rest = sentenceSpeech(p, k + 2, sb, previous);
    const opens = rest ? joinedFrame(rest, t[k + 2]) : null;
    // („…, und gab an, …“: a verb of saying after „und“ shares the first subject.)
    const shared = opens === 'shared' && t[k + 1].lower === 'und';
    if (!rest || !(shared || opens === 'own')) continue;
    if (shared) rest.attribution = { ...rest.attribution, speaker: found.attribution.speaker, refersTo: found.attribution.refersTo };
    // The speech before the joined clause, read on its own when the first reading ran into it.
    const first = found.end <= t[k].start ? found : sentenceSpeech(p, sa, k + 1, previous);
    return first ? { first, rest } : null;
  }
  return null;
}

/**
 * How the joined clause from `opener` frames its content after it: with a subject of its own
 * opening it, its verb after it (`own`: not „…, und wir fordern …“, which goes on quoting), or
 * opening with its verb (`shared`: „…, und gab an, …“); null for no frame of its own (a „so X“
 * after its content frames the whole sentence; a frame in Konjunktiv is the first speaker's report).
 */
function joinedFrame(rest: IndirectQuote, opener: Token): 'own' | 'shared' | null {
  const { speaker, cue, reportedFrame } = rest.attribution;
  if (rest.type !== 'indirect' || rest.continuation || reportedFrame || !cue || rest.start <= cue.start) return null;
  if (cue.start === opener.start) return 'shared';
  return speaker && speaker.start === opener.start && cue.start > speaker.start && !/^(ich|wir|du|ihr)$/i.test(speaker.text) ? 'own' : null;
}

/** A later clause inside the content of `q` that opens with a frame of its own („, von dem laut Polizei …“): its comma and frame. */
function secondFrame({ st, inQuote }: Paragraph, q: IndirectQuote, sb: number): { comma: number; frame: number } | null {
  const t = st.tokens;
  const cue = q.attribution.cue;
  for (let k = lowerTokenIndex(t, q.start) + 1; k < sb && t[k].start < q.end; k++) {
    if (t[k].text !== ',' || inQuote(k) || (cue && t[k].start < cue.end)) continue;
    const clauseEnd = st.clauseEnd(k + 1, sb);
    for (let j = k + 1; j < Math.min(clauseEnd, k + 5); j++) if (t[j].lower === 'laut') return { comma: k, frame: j };
  }
  return null;
}
