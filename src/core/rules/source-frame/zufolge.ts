import { attributionOf, type Attribution } from '../../attribution';
import { phraseEndingBefore } from '../../grammar/noun-phrase';
import type { FrameContext, FrameRule } from './context';

const id = 'source-frame/zufolge';

/** „dem Bericht zufolge“, „Medienberichten zufolge“, „ihm zufolge“: the phrase before „zufolge“, back to the clause start. */
export const zufolge: FrameRule = {
  id,
  description: '„X zufolge“ names the source of what the sentence says.',
  words: ['zufolge'],
  match({ st, j, sa }: FrameContext): Attribution | null {
    if (j <= sa) return null;
    // („Ihm zufolge …“: a dative pronoun for someone named before.)
    if (/^(ihm|ihr|ihnen)$/.test(st.tokens[j - 1].lower)) return attributionOf(id, st.span(j, j), st.span(j - 1, j - 1), 'preposition');
    const np = phraseEndingBefore(st, st.clauseStart(j, sa), j);
    return np ? attributionOf(id, st.span(j, j), st.span(np[0], np[1]), 'preposition') : null;
  },
};
