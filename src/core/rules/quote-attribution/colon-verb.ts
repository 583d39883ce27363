import { attributionOf, mediumSpan, subjectMention, type Attribution } from '../../attribution';
import type { QuoteContext, QuoteRule } from './context';

const id = 'quote-attribution/colon-verb';

/** Der Minister sagte: „…“: the verb of saying nearest before the colon (not across a dash or another quote). */
export const colonVerb: QuoteRule = {
  id,
  description: 'X sagte: „…“: a verb of saying before the colon; its subject speaks.',
  confidence: 0.95,
  match({ st, sa, inQuote, colon }: QuoteContext): Attribution | null {
    if (colon < 0) return null;
    const t = st.tokens;
    for (let j = colon - 1; j >= sa; j--) {
      // (A dash parts a headline: „Parlament stimmt für Referendum – Tsipras: „…““.)
      if (inQuote(j) || t[j].text === '–' || t[j].text === '—') break;
      const v = st.verbAt(j, colon);
      if (v) {
        const { speaker, refersTo } = subjectMention(st, j, st.sourceOf(j, v.entry, sa, colon), sa);
        return attributionOf(id, st.cueSpan(j, v.particle), speaker, 'colon-verb', v.entry, undefined, mediumSpan(st, j, v.entry, sa, colon), refersTo);
      }
    }
    return null;
  },
};
