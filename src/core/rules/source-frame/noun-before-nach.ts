import { attributionOf, type Attribution } from '../../attribution';
import type { FrameContext, FrameRule } from './context';

const id = 'source-frame/noun-before-nach';

/**
 * „Dem Vernehmen nach …“, „den Angaben nach …“, „Seiner Ansicht nach …“: „nach“ after its noun, with
 * a dative article or possessive (not „die Zahlen nach oben“).
 */
export const nounBeforeNach: FrameRule = {
  id,
  description: '„dem Vernehmen nach“, „den Angaben nach“, „seiner Ansicht nach“: a source noun before „nach“.',
  words: ['nach'],
  match({ st, j, sa }: FrameContext): Attribution | null {
    const t = st.tokens;
    // (A possessive of the third person, opening the sentence: „Seiner Ansicht nach …“ — not the
    // polite „Ihrer Meinung nach“ of a question put, nor the speaker's own „meiner Meinung nach“;
    // inside the sentence the holder is mostly the subject of a frame there.)
    if (j <= sa + 1) return null;
    const possessive = /^(seiner|ihrer|seinen|ihren|deren|dessen)$/.test(t[j - 2].lower) && j - 2 === sa && t[j - 2].text !== 'Ihren';
    if (!((/^(dem|den)$/.test(t[j - 2].lower) || possessive) && (t[j - 1].text === 'Vernehmen' || st.lex.isSourceNoun(t[j - 1].text)))) return null;
    return attributionOf(id, st.span(j, j), st.span(j - 2, j - 1), 'preposition');
  },
};
