import { attributionOf, type Attribution } from '../../attribution';
import type { NP, SentenceTokens } from '../../grammar/view';
import type { FrameContext, FrameRule } from './context';

const id = 'source-frame/zufolge';

/** „dem Bericht zufolge“, „Medienberichten zufolge“: the phrase before „zufolge“, back to the clause start. */
export const zufolge: FrameRule = {
  id,
  description: '„X zufolge“ names the source of what the sentence says.',
  words: ['zufolge'],
  match({ st, j, sa }: FrameContext): Attribution | null {
    if (j <= sa) return null;
    const np = lastNounPhrase(st, st.clauseStart(j, sa), j);
    return np ? attributionOf(id, st.span(j, j), st.span(np[0], np[1]), 'preposition') : null;
  },
};

/** The noun phrase that ends right before `to`, starting as early as possible in [from, to). */
function lastNounPhrase(st: SentenceTokens, from: number, to: number): NP | null {
  for (let i = from; i < to; i++) {
    const np = st.nounPhrase(i, to);
    if (np && np[1] === to - 1) return np;
  }
  return null;
}
