// What a quote-or-name rule sees: a quoted string in its sentence, its attribution, and the
// evidence several rules share (its words, whether it ends like a sentence, what stands around it).
import type { Attribution } from '../../attribution';
import type { ScoreRule } from '../../engine/rule';
import type { Lexicon } from '../../lexicon';
import type { QuoteSpan } from '../../marks';
import { isCapitalized, type Token } from '../../tokens';

export interface QuoteEvidence {
  text: string;
  t: Token[];
  q: QuoteSpan;
  /** The tokens of the opening and closing mark. */
  qa: number;
  qb: number;
  /** The sentence's tokens [sa, sb). */
  sa: number;
  sb: number;
  attr: Attribution;
  lex: Lexicon;
  /** The words between the marks. */
  words: Token[];
  /** The quoted text without its marks, trimmed. */
  inner: string;
  /** Whether the quoted text ends like a sentence („.“, „!“, „?“, „…“). */
  terminal: boolean;
  /** Whether the quoted words have a finite verb. */
  hasVerb: boolean;
  /** Log-odds evidence of speech in the sentence around the quote: a verb of saying, a source frame or Konjunktiv (2), else 0. */
  context: number;
  /** Whether a noun of chanting or carrying stands right before („Parolen wie „…““). */
  slogan: boolean;
  /** Whether the words look like a name: all content words capitalised, no verb, not a sentence. */
  nameLike: boolean;
  prev: Token | undefined;
  next: Token | undefined;
  /** Up to seven tokens after the quote, inside the sentence. */
  after: Token[];
}

/** A quote-or-name rule weighs evidence in log-odds; the quoted string is speech when the sum is above 0. */
export type QuoteOrNameRule = ScoreRule<QuoteEvidence>;

const FUNCTION_WORDS = new Set(['und', 'der', 'die', 'das', 'des', 'dem', 'den', 'im', 'am', 'von', 'vom', 'für', 'of', 'the', 'and', 'de', 'la', 'le', 'du', 'in', 'an', 'zu', 'zur', 'zum', 'auf', 'aus', 'mit', 'a']);
const COMMON_FINITE = new Set([
  'ist', 'sind', 'war', 'waren', 'hat', 'haben', 'hatte', 'hatten', 'wird', 'werden', 'wurde', 'wurden', 'kann', 'können',
  'muss', 'müssen', 'soll', 'sollen', 'will', 'wollen', 'gibt', 'geht', 'sei', 'habe', 'werde', 'bin', 'bist', 'seid', 'wäre',
  'hätte', 'würde', 'könnte', 'müsste', 'sollte', 'darf', 'dürfen', 'macht', 'kommt', 'steht', 'bleibt', 'brauchen', 'braucht',
  'weiß', 'glaube', 'denke', 'sehe', 'gehe', 'habe', 'möchte', 'möchten', 'mache', 'machen', 'lässt', 'liegt', 'fehlt',
]);
/** Nouns for what demonstrators chant or carry. */
const SLOGAN = /^(parole|parolen|aufschrift|slogan|slogans|sprechchor|sprechchöre|sprechchören|spruchband|spruchbänder|transparent|transparente|transparenten|plakat|plakate|plakaten|schild|schilder|schildern)$/;

/** The shared evidence about the quoted string q at tokens [qa, qb] in the sentence [sa, sb). */
export function quoteEvidence(text: string, t: Token[], q: QuoteSpan, qa: number, qb: number, sa: number, sb: number, attr: Attribution, lex: Lexicon, sentenceHasKonjunktiv: boolean): QuoteEvidence {
  const words = t.slice(qa + 1, q.closed ? qb : qb + 1).filter((x) => x.kind === 'word');
  const inner = text.slice(q.start + 1, q.closed ? q.end - 1 : q.end).trim();
  const terminal = /[.!?…]$|\[…\]$|\[\.\.\.\]$/.test(inner);
  const hasVerb = words.some((w) => COMMON_FINITE.has(w.lower) || (w.lower.length > 3 && !isCapitalized(w) && /(t|te|ten|en)$/.test(w.lower) && w !== words[0]));
  // Speech in the surrounding sentence: a verb of saying or a Konjunktiv outside the quotes.
  const context = attr.via === 'sentence-verb' || attr.via === 'preposition' || sentenceHasKonjunktiv ? 2 : 0;
  let slogan = false;
  for (let k = qa - 1; k >= Math.max(sa, qa - 5); k--) if (SLOGAN.test(t[k].lower) && isCapitalized(t[k])) { slogan = true; break; }
  const content = words.filter((w) => !FUNCTION_WORDS.has(w.lower));
  // (A single long noun in the genitive or plural, „eines „Volkskrieges““, reads as a word, not a name.)
  const inflected = words.length === 1 && words[0].text.length >= 9 && /(es|ungen|heiten|keiten)$/.test(words[0].text) && !/[A-Z]{2}/.test(words[0].text);
  const nameLike = content.length > 0 && content.every((w) => isCapitalized(w)) && !terminal && !hasVerb && !inflected;
  return {
    text, t, q, qa, qb, sa, sb, attr, lex, words, inner, terminal, hasVerb, context, slogan, nameLike,
    prev: qa > 0 ? t[qa - 1] : undefined, next: t[qb + 1], after: t.slice(qb + 1, Math.min(sb, qb + 8)),
  };
}

/** Quoted words that open their sentence, a verb of saying after the comma or dash: „„Nein“, antwortete sie“, „„Ein Sieg“ – so kommentierte sie“. */
export function saidAlone(e: QuoteEvidence): boolean {
  return e.qa === e.sa && e.attr.via === 'after' && /^[,–—]$/.test(e.next?.text ?? '') && e.attr.verb?.cls === 'say';
}

/** A rule with a fixed weight when its test holds. */
export function weighs(id: string, description: string, weight: number, holds: (e: QuoteEvidence) => boolean): QuoteOrNameRule {
  return { id, description, score: (e) => (holds(e) ? weight : 0) };
}
