import { attributionOf, mediumSpan, type Attribution } from '../../attribution';
import type { NP, SentenceTokens } from '../../grammar/view';
import { ADVERBS, DETERMINERS } from '../../grammar/words';
import { isCapitalized } from '../../tokens';
import type { QuoteContext, QuoteRule } from './context';

const id = 'quote-attribution/verb-after';

/** „…“, sagte er / „…“, so erklärte die Ministerin / „…“, schrieb „Die Zeit“: a verb of saying right after the quote. */
export const verbAfter: QuoteRule = {
  id,
  description: '„…“, sagte X: a verb of saying right after the quote (past „so“ and adverbs); its subject speaks.',
  confidence: 0.95,
  match({ st, sb, wordAfter: i }: QuoteContext): Attribution | null {
    if (i < 0) return null;
    const t = st.tokens;
    for (let j = t[i].lower === 'so' ? i + 1 : i; j < Math.min(sb, i + 2); j++) {
      const v = st.verbAt(j, sb);
      if (v) {
        const subj = st.sourceOf(j, v.entry, j, sb) ?? quotedName(st, (v.particle ?? j) + 1, sb);
        return attributionOf(id, st.cueSpan(j, v.particle), subj ? st.span(subj[0], subj[1]) : null, 'after', v.entry, undefined, mediumSpan(st, j, v.entry, j, sb));
      }
      if (!ADVERBS.has(t[j].lower) && t[j].lower !== 'wird' && t[j].lower !== 'wurde') break;
    }
    return null;
  },
};

/** „…“, schrieb „Die Zeit“: a short quoted name right after the verb is the source. */
function quotedName(st: SentenceTokens, i: number, sb: number): NP | null {
  const t = st.tokens;
  let k = i;
  while (k < sb && (ADVERBS.has(t[k].lower) || DETERMINERS.has(t[k].lower) || (t[k].kind === 'word' && !isCapitalized(t[k]) && /(e|en|er|es)$/.test(t[k].lower) && k - i < 3))) k++;
  if (t[k]?.kind !== 'quote') return null;
  for (let e = k + 1; e < Math.min(sb, k + 7); e++) {
    if (t[e].kind === 'quote') return e > k + 1 && isCapitalized(t[k + 1]) ? [i, e] : null;
    if (t[e].kind === 'punct') return null;
  }
  return null;
}
