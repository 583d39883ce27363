import { attributionOf, type Attribution } from '../../attribution';
import type { NP } from '../../grammar/view';
import { ADVERBS, DETERMINERS, PREPOSITIONS } from '../../grammar/words';
import { isCapitalized } from '../../tokens';
import type { QuoteContext, QuoteRule } from './context';

const id = 'quote-attribution/colon-with-words';

/** „warb Obama für das Gesetz mit den Worten: „…““: no verb of saying, but „mit den Worten“ before the colon. */
export const colonWithWords: QuoteRule = {
  id,
  description: '„… mit den Worten: „…““: the phrase is the cue; the subject of the clause speaks.',
  match({ st, sa, colon }: QuoteContext): Attribution | null {
    if (colon < 0) return null;
    const t = st.tokens;
    const cs = st.clauseStart(colon, sa);
    for (let j = cs; j + 2 < colon; j++) {
      if (t[j].lower !== 'mit' || !/^(den|diesen|folgenden)$/.test(t[j + 1].lower) || !/^(Worten|Sätzen)$/.test(t[j + 2].text)) continue;
      // The clause's finite verb is its first lower-case word that is no article or preposition („warb Obama …“).
      let subj: NP | null = null;
      for (let v = cs; v < j && !subj; v++) {
        const w = t[v];
        if (w.kind === 'word' && !isCapitalized(w) && !DETERMINERS.has(w.lower) && !PREPOSITIONS.has(w.lower) && !ADVERBS.has(w.lower)) subj = st.subjectOf(v, sa, colon);
      }
      return attributionOf(id, st.span(j, j + 2), subj ? st.span(subj[0], subj[1]) : null, 'colon-verb');
    }
    return null;
  },
};
