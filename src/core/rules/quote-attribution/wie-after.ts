import { attributionOf, type Attribution } from '../../attribution';
import type { QuoteContext, QuoteRule } from './context';

const id = 'quote-attribution/wie-after';

/** „…“, wie der Minister sagte: a „wie“ clause after the quote; its verb is the cue, its subject the speaker. */
export const wieAfter: QuoteRule = {
  id,
  description: '„…“, wie X sagte: the verb and subject of a „wie“ clause after the quote.',
  match({ st, sb, wordAfter: i }: QuoteContext): Attribution | null {
    if (i < 0 || st.tokens[i].lower !== 'wie') return null;
    const limit = st.clauseEnd(i + 1, sb);
    for (let j = i + 1; j < limit; j++) {
      const v = st.verbAt(j, sb);
      if (!v) continue;
      const np = st.subjectOf(j, i + 1, limit);
      return attributionOf(id, st.cueSpan(j, v.particle), np ? st.span(np[0], np[1]) : null, 'after', v.entry);
    }
    return null;
  },
};
