// Direct quotes: which quoted strings are speech (and not titles, names or scare quotes), weighed
// by the quote-or-name rules; interrupted quotes joined into one; the cue and speaker of each
// (quote-attribution rules); and quoted fragments inside reported speech.
import type { Attribution } from './attribution';
import { BUDGET_SPENT, DEFAULT_ENGINE, type RuleEngine } from './engine/engine';
import { family } from './engine/rule';
import { actingTopic } from './grammar/topic';
import { SentenceTokens } from './grammar/view';
import type { Lexicon } from './lexicon';
import type { QuoteSpan } from './marks';
import { attributeQuote } from './rules/quote-attribution';
import { FRAGMENT_GUARDS, FRAGMENT_IN_SPEECH, QUOTE_OR_NAME, quoteEvidence, type Fragment } from './rules/quote-or-name';
import { TokenFlags, type Token } from './tokens';
import type { Range, Span } from './types';

export interface DirectQuote extends Span {
  attribution: Attribution;
  confidence: number;
  open: boolean;
  /** Index of the sentence holding the quote's start. */
  sentence: number;
  /** For a quote with no frame: the role or body acting in the sentence before („Die SPD will … festhalten. „Wir wollen …““). */
  localSource?: Span;
  /** The quote-or-name rules that weighed in, strongest first (`--explain`); the fragment rule for a fragment. */
  evidence: readonly string[];
}

/** Which tokens stand inside a quotation, per call of detectDirectQuotes. */
const quotedTokens = new TokenFlags();

export function detectDirectQuotes(text: string, tokens: Token[], marks: QuoteSpan[], sentences: Range[], lex: Lexicon, engine: RuleEngine = DEFAULT_ENGINE, explain = false): DirectQuote[] {
  const st = new SentenceTokens(text, tokens, lex);
  const outer = marks.filter((m) => m.depth === 0);
  const tokenAt = (pos: number) => lowerBound(tokens, pos);
  const quoteTokenRanges = outer.map((q) => [tokenAt(q.start), tokenAt(q.end) - 1] as const);
  // One flag per token, so the per-token checks in attribution stay O(1).
  const quotedToken = quotedTokens.cleared(tokens.length);
  for (const [a, b] of quoteTokenRanges) quotedToken.fill(1, a, b + 1);
  const inQuote = (i: number) => quotedToken[i] === 1;
  const found: DirectQuote[] = [];
  const konjunktivIn = new Map<number, boolean>();
  outer.forEach((q, n) => {
    const [qa, qb] = quoteTokenRanges[n];
    if (qb < qa) return;
    const si = sentenceAt(sentences, q.start);
    const s = sentences[si] ?? { start: q.start, end: q.end };
    const sa = tokenAt(s.start);
    const sb = Math.max(tokenAt(Math.max(s.end, q.end)), qb + 1);
    const attribution = attributeQuote(st, qa, qb, sa, sb, inQuote, engine);
    // Whether the sentence has a Konjunktiv outside quotations: once per sentence, not per quote.
    let konjunktiv = konjunktivIn.get(si);
    if (konjunktiv === undefined) {
      konjunktiv = false;
      for (let j = sa; j < sb && !konjunktiv; j++) if (!inQuote(j) && lex.konjunktiv.has(tokens[j].lower)) konjunktiv = true;
      konjunktivIn.set(si, konjunktiv);
    }
    const weighed: { id: string; weight: number }[] | undefined = explain ? [] : undefined;
    // With the paragraph's budget spent nothing can be weighed: a closed quotation of words is kept
    // by its marks alone (the analyzer says the paragraph was cut), rather than silently dropped.
    const unweighed = engine.exhausted && q.closed && tokens.slice(qa + 1, qb).some((t) => t.kind === 'word');
    const score = unweighed ? 0 : engine.sum(QUOTE_OR_NAME.rules, quoteEvidence(text, tokens, q, qa, qb, sa, sb, attribution, lex, konjunktiv), weighed);
    if (score <= 0 && !unweighed) return;
    if (unweighed) weighed?.push({ id: BUDGET_SPENT, weight: 0 });
    const before = attribution.via === 'none' && si > 0 ? sentences[si - 1] : null;
    const topic = before ? actingTopic(st, tokenAt(before.start), tokenAt(before.end), true) : null;
    found.push({
      start: q.start, end: q.end, text: text.slice(q.start, q.end), attribution, confidence: 1 / (1 + Math.exp(-score)),
      segments: undefined, open: !q.closed, sentence: si, localSource: topic ? st.span(topic[0], topic[1]) : undefined,
      evidence: weighed ? weighed.sort((x, y) => Math.abs(y.weight) - Math.abs(x.weight)).map((w) => `${w.id} ${w.weight > 0 ? '+' : ''}${w.weight}`) : NONE,
    });
  });
  return mergeInterrupted(text, found);
}

const NONE: readonly string[] = Object.freeze([]);

/**
 * „Wir sind“, sagte er, „sehr zufrieden.“ is one quote in two segments: the second part
 * follows a comma-framed attribution and goes on without a new sentence.
 */
function mergeInterrupted(text: string, quotes: DirectQuote[]): DirectQuote[] {
  const out: DirectQuote[] = [];
  for (const q of quotes) {
    const prev = out[out.length - 1];
    if (prev && !prev.open) {
      const between = text.slice(prev.end, q.start);
      const prevInner = text.slice(prev.start, prev.end);
      if (/^\s*,\s[^„“"»«.!?]{2,120},\s*$/.test(between) && !/[.!?]\W*$/.test(prevInner) && prev.attribution.via === 'after') {
        const segments = [...(prev.segments ?? [{ start: prev.start, end: prev.end, text: prev.text }]), { start: q.start, end: q.end, text: q.text }];
        out[out.length - 1] = {
          start: prev.start, end: q.end, text: text.slice(prev.start, q.end), attribution: prev.attribution, confidence: Math.max(prev.confidence, q.confidence),
          segments, open: q.open, sentence: prev.sentence, localSource: prev.localSource, evidence: prev.evidence,
        };
        continue;
      }
    }
    out.push(q);
  }
  return out;
}

/**
 * Quoted fragments inside indirect or reported speech (rules/quote-or-name/fragment-in-speech):
 * direct quotes with the speech's speaker and cue, unless a guard finds a name or title.
 */
export function partialQuotes(text: string, tokens: Token[], marks: QuoteSpan[], speech: readonly (Range & { attribution: Attribution })[], direct: readonly Range[], sentences: Range[], lex: Lexicon, engine: RuleEngine = DEFAULT_ENGINE): DirectQuote[] {
  const out: DirectQuote[] = [];
  if (!engine.enabled(FRAGMENT_IN_SPEECH)) return out;
  // All three lists are in text order: one sweep each, so a paragraph with thousands of quotes stays linear.
  let di = 0, si = 0;
  for (const m of marks) {
    if (m.depth !== 0 || !m.closed || m.end - m.start < 3) continue;
    while (di < direct.length && direct[di].end <= m.start) di++;
    if (di < direct.length && direct[di].start < m.end) continue;
    while (si < speech.length && speech[si].end < m.end) si++;
    const around = si < speech.length && speech[si].start <= m.start ? speech[si] : undefined;
    if (!around) continue;
    const fragment: Fragment = { text, t: tokens, m, qa: lowerBound(tokens, m.start), qb: lowerBound(tokens, m.end) - 1, lex };
    if (engine.rejecting(FRAGMENT_NOT, fragment)) continue;
    out.push({ start: m.start, end: m.end, text: text.slice(m.start, m.end), attribution: around.attribution, confidence: 0.55, segments: undefined, open: false, sentence: sentenceAt(sentences, m.start), localSource: undefined, evidence: FRAGMENT_EVIDENCE });
  }
  return out;
}

const FRAGMENT_EVIDENCE: readonly string[] = Object.freeze([FRAGMENT_IN_SPEECH]);
const FRAGMENT_NOT = family('quote-or-name/fragment-not', 'Quoted words in speech that are names', FRAGMENT_GUARDS).rules;

/** Index of the sentence holding `pos` (the last one starting at or before it). */
function sentenceAt(sentences: Range[], pos: number): number {
  let lo = 0, hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid].start <= pos) lo = mid; else hi = mid - 1;
  }
  return Math.max(0, lo);
}

export function lowerBound(tokens: Token[], pos: number): number {
  let lo = 0, hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < pos) lo = mid + 1; else hi = mid;
  }
  return lo;
}
