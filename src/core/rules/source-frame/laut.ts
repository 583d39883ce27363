import { attributionOf, type Attribution } from '../../attribution';
import { ADVERBS, CONJUNCTIONS, isPassiveParticiple, PREPOSITIONS } from '../../grammar/words';
import type { FrameContext, FrameRule } from './context';

const id = 'source-frame/laut';

/** „laut der Polizei“, „gemäß Artikel 3“, and lower-case names of media: „laut taz“, „laut bild.de“. */
export const laut: FrameRule = {
  id,
  description: '„laut X“ or „gemäß X“ names the source of what the sentence says.',
  words: ['laut', 'gemäß'],
  match({ st, j, sb }: FrameContext): Attribution | null {
    const t = st.tokens;
    const np = st.nounPhrase(j + 1, sb);
    if (np) return attributionOf(id, st.span(j, j), st.span(np[0], np[1]), 'preposition');
    // (Not the adverb: „denkt laut über … nach“; nor before a verb: „wird laut aufgerufen“.)
    const next = t[j + 1];
    const lowerCaseName = next?.kind === 'word' && !PREPOSITIONS.has(next.lower) && !ADVERBS.has(next.lower) && !CONJUNCTIONS.has(next.lower) && !isPassiveParticiple(next.lower) && !st.lex.verb(next.lower).length;
    return lowerCaseName ? attributionOf(id, st.span(j, j), st.span(j + 1, j + 1), 'preposition') : null;
  },
};
