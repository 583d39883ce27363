// Sentence boundaries inside one paragraph. Boundaries inside quotations are not sentence
// ends of the surrounding text, abbreviations and ordinals („am 16. August“) are not either.
import type { Range } from './types';
import type { QuoteSpan } from './marks';
import type { Lexicon } from './lexicon';
import { ADVERBS, CONJUNCTIONS, DETERMINERS, NAME_PARTICLES, PREPOSITIONS, SUBJECT_PRONOUNS } from './grammar/words';

const ORDINAL_CONTEXT = new Set(['am', 'vom', 'zum', 'zur', 'bis', 'ab', 'seit', 'nach', 'vor', 'für', 'zu', 'im', 'beim', 'der', 'die', 'das', 'dem', 'den', 'des', 'dessen', 'deren', 'ihr', 'ihrem', 'ihres', 'ihrer', 'ihren', 'sein', 'seinem', 'seines', 'seiner', 'seinen', 'unser', 'unseres', 'eines', 'einer', 'einem', 'einen']);

export function splitSentences(text: string, start: number, end: number, quotes: QuoteSpan[], lex: Lexicon): Range[] {
  const out: Range[] = [];
  let sentenceStart = start;
  let qi = 0;
  const outer = quotes.filter((q) => q.depth === 0);
  const re = /[.!?…]+/g;
  re.lastIndex = start;
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
    let after = m.index + m[0].length;
    while (qi < outer.length && outer[qi].end <= m.index) qi++;
    const q = outer[qi];
    const insideQuote = q && q.start < m.index && m.index < q.end;
    if (insideQuote) {
      // Only a terminal mark right before the closing quote can end the surrounding sentence.
      if (!q.closed || after !== q.end - 1) continue;
      after = q.end;
    }
    while (after < end && /[)\]“”"«»‘’']/.test(text[after]) && !(text[after] === '»' && text[after + 1] !== ' ')) after++;
    let next = after;
    while (next < end && /\s/.test(text[next])) next++;
    if (next >= end) break;
    if (next === after) continue; // no space: "3.5", "z.B.", "Linkspartei.PDS"
    const c = text[next];
    if (!/[\p{Lu}\d„»«"‚(\[–-]/u.test(c)) continue;
    if (m[0] === '.' && !insideQuote && !isSentenceFinalPeriod(text, m.index, next, lex)) continue;
    out.push({ start: sentenceStart, end: after });
    sentenceStart = next;
  }
  let e = end;
  while (e > sentenceStart && /\s/.test(text[e - 1])) e--;
  if (e > sentenceStart) out.push({ start: sentenceStart, end: e });
  return out;
}

function isSentenceFinalPeriod(text: string, dot: number, next: number, lex: Lexicon): boolean {
  let w = dot;
  while (w > 0 && isWordOrDot(text.charCodeAt(w - 1))) w--;
  const word = text.slice(w, dot);
  if (!word) return true;
  const lower = word.toLowerCase();
  if (/^\d+$/.test(word)) {
    const nextWord = /^[\p{L}]+/u.exec(text.slice(next, next + 20))?.[0]?.toLowerCase() ?? '';
    if (lex.months.has(nextWord)) return false;
    const before = /([\p{L}]+)\s+$/u.exec(text.slice(Math.max(0, w - 20), w))?.[1]?.toLowerCase();
    if (before && ORDINAL_CONTEXT.has(before) && Number(word) < 1000) return false;
    return true;
  }
  if (lex.abbreviations.has(lower.replace(/\.$/, ''))) return false;
  // Initials: "J. D. Salinger", "Franklin D. Roosevelt" — unless a word that no name starts with
  // follows: „das Modell Pixel C. Das Gerät …“, „in Gruppe B. Dort …“.
  if (/^\p{Lu}$/u.test(word)) return startsNoName(text, next);
  // Dotted abbreviations: "z.B.", "u.a.".
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return false;
  return true;
}

/** Closed-class words (articles, pronouns, prepositions, conjunctions, adverbs) never continue a name after an initial; name particles („von“, „de“) do. */
const NEVER_IN_A_NAME: ReadonlySet<string> = new Set([...DETERMINERS, ...SUBJECT_PRONOUNS, ...PREPOSITIONS, ...CONJUNCTIONS, ...ADVERBS].filter((w) => !NAME_PARTICLES.has(w)));

/** Whether the word at `next` is one of those, standing whole (followed by a space or a comma). */
function startsNoName(text: string, next: number): boolean {
  const word = /^\p{L}+(?=[\s,])/u.exec(text.slice(next, next + 20))?.[0];
  return word !== undefined && NEVER_IN_A_NAME.has(word.toLowerCase());
}

/** Letters, digits and dots by UTF-16 unit, each decided once by the regex (this runs back over every word before a period). */
const WORD_OR_DOT = new Uint8Array(0x10000).fill(255);
function isWordOrDot(code: number): boolean {
  let known = WORD_OR_DOT[code];
  if (known === 255) WORD_OR_DOT[code] = known = /[\p{L}\p{N}.]/u.test(String.fromCharCode(code)) ? 1 : 0;
  return known === 1;
}
