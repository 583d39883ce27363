import { attributionOf, type Attribution } from '../../attribution';
import { STANCE } from '../../grammar/topic';
import { ADVERBS, AUXILIARIES, fullVerbForm, PREPOSITIONS } from '../../grammar/words';
import type { NP, SentenceTokens } from '../../grammar/view';
import { isCapitalized } from '../../tokens';
import { isReaction } from './colon-subject';
import type { QuoteContext, QuoteRule } from './context';

const id = 'quote-attribution/colon-heading';
const DASHES = new Set(['–', '—', '-']);

/** Trump: „…“: a short name before the colon names its speaker; „…, zum Ausdruck: „…““ is no name. */
export const colonHeading: QuoteRule = {
  id,
  description: 'X: „…“: a short capitalised name before the colon is the speaker.',
  match({ st, sa, colon }: QuoteContext): Attribution | null {
    if (colon < 0) return null;
    const t = st.tokens;
    let cs = st.clauseStart(colon, sa);
    // A headline joins its parts with dashes: „Sturm über dem Hafen – Brandt: „…““ names Brandt.
    for (let k = colon - 1; k > cs; k--) if (DASHES.has(t[k].text)) { cs = k + 1; break; }
    if (!(colon - cs <= 6 && colon > cs && !PREPOSITIONS.has(t[cs].lower))) return null;
    const np = st.nounPhrase(cs, colon) ?? st.nounPhrase(cs + 1, colon);
    // (A pointer may open it: „Dazu die Ministerin: „…““, „So der Hafenmeister: „…““ — the phrase
    // then opens with its article, and „So“ is the cue.)
    const named = np && (isCapitalized(t[np[0]]) || (np[0] === cs + 1 && /^(dazu|darauf|daraufhin|hierzu|ebenso|auch|so)$/.test(t[cs].lower)));
    // (A reaction or stance put first in a clause is no name: „Scharfe Kritik übte der Lotse:“, „Lob
    // kam vom Hafenmeister:“, „Zufrieden war die Reederei:“ name who gave it after the verb; nor is a
    // subject with its verb: „Die Lotsin brüllte:“, „Der Lotse ist sich sicher:“ have a cue.
    // colon-subject reads them.)
    const after = np ? t[np[1] + 1] : undefined;
    const clause = !!after && after.kind === 'word' && !isCapitalized(after) && !PREPOSITIONS.has(after.lower) && !ADVERBS.has(after.lower);
    if (!np || (clause && (isReaction(st, t[np[1]]) || STANCE.test(t[np[0]].lower) || fullVerbForm(st.lex, after.lower) || AUXILIARIES.has(after.lower)))) return null;
    // A name with its role in commas is one heading: „Ohm, der Hafenmeister: „…““.
    const name = np[1] === colon - 1 ? nameBeforeComma(st, cs, sa) : null;
    if (!named && !name) return null;
    const cue = t[cs].lower === 'so' ? cs : colon;
    return attributionOf(id, st.span(cue, cue), st.span(name ? name[0] : np[0], np[1]), 'colon-heading');
  },
};

/**
 * The name alone before the comma that opens the clause at cs, perhaps with an age or party in
 * brackets after it: „Ohm, der Hafenmeister:“, „Ohm (54), Hafenmeister:“ (its role in apposition).
 */
function nameBeforeComma(st: SentenceTokens, cs: number, sa: number): NP | null {
  const t = st.tokens;
  if (t[cs - 1]?.text !== ',' || cs - 2 < sa) return null;
  // (Past an age or party in brackets after the name: „Ohm (54), Hafenmeister:“.)
  const last = t[cs - 2].text === ')' ? st.matchingParen(cs - 2, sa, -1) - 1 : cs - 2;
  if (last < sa) return null;
  const start = st.clauseStart(last, sa);
  const np = st.nounPhrase(start, last + 1);
  return np && np[0] === start && np[1] === last && isCapitalized(t[start]) && last + 1 - start <= 3 ? [np[0], cs - 2] : null;
}
