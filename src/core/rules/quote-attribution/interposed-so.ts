import { attributionOf, type Attribution } from '../../attribution';
import type { QuoteContext, QuoteRule } from './context';

const id = 'quote-attribution/interposed-so';

/** „Der Einsatz solle sich, so Gall, „auf schwere Fälle“ beschränken“: „, so X,“ before the quote. */
export const interposedSo: QuoteRule = {
  id,
  description: '„…, so X, „…“ …“: an interposed „so X“ before the quote.',
  match({ st, qa, sa, sb, inQuote }: QuoteContext): Attribution | null {
    const t = st.tokens;
    // The sentence's „, so“ outside quotations, found once for all its quotes.
    const commaSo = st.memo(`comma-so:${sa}:${sb}`, () => {
      const out: number[] = [];
      for (let j = sa + 1; j < sb; j++) if (t[j].lower === 'so' && t[j - 1].text === ',' && !inQuote(j)) out.push(j);
      return out;
    });
    for (const j of commaSo) {
      if (j >= qa - 2) break;
      const np = st.nounPhrase(j + 1, qa);
      if (np && t[np[1] + 1]?.text === ',') return attributionOf(id, st.span(j, j), st.span(np[0], np[1]), 'after');
    }
    return null;
  },
};
