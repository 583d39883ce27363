import { attributionOf, mediumSpan, type Attribution } from '../../attribution';
import type { VerbReading } from '../../grammar/verbs';
import type { QuoteContext, QuoteRule } from './context';

const id = 'quote-attribution/sentence-verb';

/**
 * A verb of saying elsewhere in the sentence, nearest first; verbs of thinking only when no verb of
 * saying is near. „Es drohe „eine Erderwärmung““: with an impersonal „es“ the verb is no act of
 * saying, and the quote stands alone.
 */
export const sentenceVerb: QuoteRule = {
  id,
  description: 'The nearest verb of saying elsewhere in the sentence; its subject speaks.',
  confidence: 0.8,
  match({ st, qa, qb, sa, sb, inQuote }: QuoteContext): Attribution | null {
    const t = st.tokens;
    let best = -1;
    let bestDist = Infinity;
    let bestVerb: VerbReading | null = null;
    for (let j = sa; j < sb; j++) {
      if ((j >= qa && j <= qb) || inQuote(j)) continue;
      const v = st.verbAt(j, sb);
      // (A decision frames its content, not a quotation: „hat den „überhasteten“ Plan beschlossen“.)
      if (!v || v.entry.cls === 'decide') continue;
      const d = (j < qa ? qa - j : j - qb) + (v.entry.cls === 'think' ? 12 : 0);
      if (d < bestDist) {
        best = j;
        bestDist = d;
        bestVerb = v;
      }
    }
    if (best < 0 || !bestVerb) return null;
    const subj = st.sourceOf(best, bestVerb.entry, sa, sb);
    const impersonal = subj && subj[0] === subj[1] && t[subj[0]].lower === 'es';
    return impersonal ? null : attributionOf(id, st.cueSpan(best, bestVerb.particle), subj ? st.span(subj[0], subj[1]) : null, 'sentence-verb', bestVerb.entry, undefined, mediumSpan(st, best, bestVerb.entry, sa, sb));
  },
};
