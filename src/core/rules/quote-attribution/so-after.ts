import { attributionOf, type Attribution } from '../../attribution';
import type { QuoteContext, QuoteRule } from './context';

const id = 'quote-attribution/so-after';

/** „…“, so Müller / „…“, so der Sprecher: „so“ and the source after the quote (not „so sagte er“). */
export const soAfter: QuoteRule = {
  id,
  description: '„…“, so X: „so“ with the source after the quote.',
  match({ st, sb, wordAfter: i }: QuoteContext): Attribution | null {
    if (i < 0 || st.tokens[i].lower !== 'so' || i + 1 >= sb || st.verbAt(i + 1, sb)) return null;
    const np = st.nounPhrase(i + 1, sb) ?? st.after(i, sb);
    return np ? attributionOf(id, st.span(i, i), st.span(np[0], np[1]), 'after') : null;
  },
};
