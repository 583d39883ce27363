import { attributionOf, type Attribution } from '../../attribution';
import { ADVERBS, AUXILIARIES, CONJUNCTIONS, INTENSIFIER, isPassiveParticiple, PREPOSITIONS, wordSet } from '../../grammar/words';
import type { SentenceTokens } from '../../grammar/view';
import { withPlace, type FrameContext, type FrameRule } from './context';

const id = 'source-frame/laut';
/** Parts of laws and documents that take a number: „Artikel 3“, „Paragraf 218“ (case as written). */
const NUMBERED_DOCUMENTS = wordSet('numberedDocumentNouns');

/** „laut der Polizei“, „gemäß Artikel 3“, and lower-case names of media: „laut taz“, „laut bild.de“. */
export const laut: FrameRule = {
  id,
  description: '„laut X“ or „gemäß X“ names the source of what the sentence says.',
  words: ['laut', 'gemäß'],
  match({ st, j, sa, sb }: FrameContext): Attribution | null {
    const t = st.tokens;
    // (After a degree word „laut“ is loud: „weil die Schüsse so laut waren“.)
    if (j > sa && INTENSIFIER.test(t[j - 1].lower)) return null;
    const found = st.nounPhrase(j + 1, sb);
    const np = found && j === sa ? withPlace(st, found, sb) : found;
    if (np) return attributionOf(id, st.span(j, j), st.span(np[0], numbered(st, np[1], sb)), 'preposition');
    // (Not the adverb: „denkt laut über … nach“; nor before a verb: „wird laut aufgerufen“.)
    const next = t[j + 1];
    const lowerCaseName = next?.kind === 'word' && !PREPOSITIONS.has(next.lower) && !ADVERBS.has(next.lower) && !CONJUNCTIONS.has(next.lower) && !AUXILIARIES.has(next.lower) && !isPassiveParticiple(next.lower) && !st.lex.verb(next.lower).length;
    return lowerCaseName ? attributionOf(id, st.span(j, j), st.span(j + 1, j + 1), 'preposition') : null;
  },
};

/** „laut Artikel 3 (der Satzung)“: a numbered document keeps its number and the genitive after it. */
function numbered(st: SentenceTokens, last: number, sb: number): number {
  const t = st.tokens;
  if (t[last + 1]?.kind !== 'number' || !NUMBERED_DOCUMENTS.has(t[last].text)) return last;
  const genitive = /^(der|des)$/.test(t[last + 2]?.lower ?? '') ? st.nounPhrase(last + 2, sb) : null;
  return genitive ? genitive[1] : last + 1;
}
