import { attributionOf, type Attribution } from '../../attribution';
import type { FrameContext, FrameRule } from './context';

const id = 'source-frame/noun-before-nach';

/** „Dem Vernehmen nach …“, „den Angaben nach …“: „nach“ after its noun, with a dative article (not „die Zahlen nach oben“). */
export const nounBeforeNach: FrameRule = {
  id,
  description: '„dem Vernehmen nach“, „den Angaben nach“: a source noun before „nach“.',
  words: ['nach'],
  match({ st, j, sa }: FrameContext): Attribution | null {
    const t = st.tokens;
    if (!(j > sa + 1 && /^(dem|den)$/.test(t[j - 2].lower) && (t[j - 1].text === 'Vernehmen' || st.lex.isSourceNoun(t[j - 1].text)))) return null;
    return attributionOf(id, st.span(j, j), st.span(j - 2, j - 1), 'preposition');
  },
};
