import { attributionOf, type Attribution } from '../../attribution';
import { ADVERBS, DETERMINERS } from '../../grammar/words';
import { isCapitalized, type Token } from '../../tokens';
import type { QuoteContext, QuoteRule } from './context';

const id = 'quote-attribution/so-after';
/** Numbers and quantifiers that open a group of speakers („so zwei Lotsen“, „so viele Anwohner“). */
const NUMBER_WORD = /^(beide|alle|manche|mehrere|einige|viele|zehn|neun|acht|sieben|sechs|fünf|vier|drei|zwei)$/;

/** „…“, so Müller / „…“, so der Sprecher: „so“ and the source after the quote (not „so sagte er“). */
export const soAfter: QuoteRule = {
  id,
  description: '„…“, so X: „so“ with the source after the quote.',
  match({ st, sb, wordAfter: i }: QuoteContext): Attribution | null {
    const t = st.tokens;
    if (i < 0 || t[i].lower !== 'so' || i + 1 >= sb || st.verbAt(i + 1, sb)) return null;
    // („„…“ – So oder so ähnlich rauschte es …“: after „so“ the source opens with an article or a
    // name, not with a conjunction or an adverb.)
    const next = t[i + 1];
    const opensSource = (w: Token | undefined) => !!w && (w.kind !== 'word' || isCapitalized(w) || DETERMINERS.has(w.lower) || NUMBER_WORD.test(w.lower));
    if (!opensSource(next) && !(ADVERBS.has(next.lower) && opensSource(t[i + 2]))) return null;
    const np = st.nounPhrase(i + 1, sb) ?? st.after(i, sb);
    return np && !(np[0] === np[1] && t[np[0]].lower === 'es') ? attributionOf(id, st.span(i, i), st.span(np[0], np[1]), 'after') : null;
  },
};
