import { attributionOf, type Attribution } from '../../attribution';
import { ADVERBS } from '../../grammar/words';
import { isCapitalized } from '../../tokens';
import type { QuoteContext, QuoteRule } from './context';

const id = 'quote-attribution/heisst-es-after';

/** „…“, hieß es (aus dem Ministerium): an impersonal cue; the source is the phrase after it, if any. */
export const heisstEsAfter: QuoteRule = {
  id,
  description: '„…“, hieß es (von X): the impersonal cue after the quote, with a source phrase where one follows.',
  match({ st, sb, wordAfter: i }: QuoteContext): Attribution | null {
    const t = st.tokens;
    if (i < 0 || !(t[i].lower === 'hieß' || t[i].lower === 'heißt') || t[i + 1]?.lower !== 'es') return null;
    let k = i + 2;
    while (k < sb && ADVERBS.has(t[k].lower)) k++;
    // („hieß es zur Begründung von Seiten der Reederei“: what it was said for comes first.)
    if (/^(zur|zum)$/.test(t[k]?.lower ?? '') && isCapitalized(t[k + 1])) k += 2;
    while (k < sb && ADVERBS.has(t[k].lower)) k++;
    const np = k < sb && /^(von|vom|aus|in|im|bei|beim)$/.test(t[k].lower) ? st.nounPhrase(k + 1, sb) : null;
    return attributionOf(id, st.span(i, i + 1), np ? st.span(np[0], np[1]) : null, 'after');
  },
};
