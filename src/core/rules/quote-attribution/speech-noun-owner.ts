import { attributionOf, type Attribution } from '../../attribution';
import type { QuoteContext, QuoteRule } from './context';

const id = 'quote-attribution/speech-noun-owner';

/**
 * „Auf die Kritik der FDP, es gehe um ein „teures Geschenk“, antwortete …“: a
 * quote in the content clause of a noun of saying belongs to whose words the noun names, even
 * when the main verb follows it. Not when a verb outside quotations stands between: that verb's
 * clause is then where the quote sits.
 */
export const speechNounOwner: QuoteRule = {
  id,
  description: 'A quote inside the content of a noun of saying („die Kritik der FDP, es gehe um „…““) belongs to whose words the noun names.',
  confidence: 0.8,
  match({ st, qa, sa, inQuote }: QuoteContext): Attribution | null {
    const t = st.tokens;
    for (let k = qa - 1; k >= sa && qa - k <= 30; k--) {
      if (inQuote(k)) continue;
      if (st.verbAt(k, qa)) return null;
      if (t[k].kind !== 'word' || !st.lex.isSpeechNoun(t[k].text)) continue;
      if (!/^(der|des)$/.test(t[k + 1]?.lower ?? '')) return null;
      const genitive = st.nounPhrase(k + 1, qa);
      if (!genitive || t[genitive[1] + 1]?.text !== ',' || genitive[1] + 2 >= qa) return null;
      // The content clause: Konjunktiv („es handele sich“) or „dass“ right after the comma.
      const opener = t[genitive[1] + 2];
      const content = opener.lower === 'dass' || t.slice(genitive[1] + 2, qa).some((x) => st.lex.konjunktiv.has(x.lower));
      return content ? attributionOf(id, st.span(k, k), st.span(genitive[0], genitive[1]), 'sentence-verb') : null;
    }
    return null;
  },
};
