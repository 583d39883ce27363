import { attributionOf, type Attribution } from '../../attribution';
import type { SentenceTokens } from '../../grammar/view';
import { isCapitalized } from '../../tokens';
import type { FrameContext, FrameRule } from './context';

const id = 'source-frame/noun-before-nach';

/** Words after „nach“ that make it a direction or a measure, not a source: „die Zahlen nach oben“. */
const DIRECTION = /^(oben|unten|vorn|vorne|hinten|links|rechts|innen|außen|hause|draußen|drinnen)$/;

/**
 * „Dem Vernehmen nach …“, „den Angaben nach …“, „Seiner Ansicht nach …“, „Ersten Erkenntnissen
 * nach …“, „Informationen der Hafenpost nach …“: „nach“ after its noun, with a dative article or
 * possessive, or a plural in the dative with its adjectives and a genitive (not „die Zahlen nach
 * oben“).
 */
export const nounBeforeNach: FrameRule = {
  id,
  description: '„dem Vernehmen nach“, „den Angaben nach“, „seiner Ansicht nach“, „ersten Erkenntnissen nach“: a source noun before „nach“.',
  words: ['nach'],
  match({ st, j, sa }: FrameContext): Attribution | null {
    const t = st.tokens;
    // (A possessive of the third person, opening the sentence: „Seiner Ansicht nach …“ — not the
    // polite „Ihrer Meinung nach“ of a question put, nor the speaker's own „meiner Meinung nach“;
    // inside the sentence the holder is mostly the subject of a frame there.)
    if (j <= sa || DIRECTION.test(t[j + 1]?.lower ?? '')) return null;
    const possessive = j >= sa + 2 && /^(seiner|ihrer|seinen|ihren|deren|dessen)$/.test(t[j - 2].lower) && j - 2 === sa && t[j - 2].text !== 'Ihren';
    if (j >= sa + 2 && (/^(dem|den)$/.test(t[j - 2].lower) || possessive) && (t[j - 1].text === 'Vernehmen' || st.lex.isSourceNoun(t[j - 1].text))) {
      return attributionOf(id, st.span(j, j), st.span(j - 2, j - 1), 'preposition');
    }
    const start = restOfClauseAfter(st, j) ? dativePluralSource(st, j, sa) : -1;
    return start >= 0 ? attributionOf(id, st.span(j, j), st.span(start, j - 1), 'preposition') : null;
  },
};

/**
 * Where a source in the dative plural before „nach“ at j starts, or -1: „Ersten Erkenntnissen
 * nach“, „Medienberichten nach“, with whose it is: „Informationen der Hafenpost nach“, „Aussagen
 * von Zeugen nach“. Its adjectives may stand before it.
 */
function dativePluralSource(st: SentenceTokens, j: number, sa: number): number {
  const t = st.tokens;
  // The source noun right before „nach“, or before a genitive phrase that ends there.
  let noun = j - 1;
  if (!pluralSource(st, noun)) {
    noun = -1;
    for (let k = j - 3; k >= Math.max(sa, j - 7); k--) {
      if (!pluralSource(st, k) || !/^(der|des|von)$/.test(t[k + 1].lower)) continue;
      const np = st.nounPhrase(k + 2, j);
      if (np && np[1] === j - 1) noun = k;
      break;
    }
    if (noun < 0) return -1;
  }
  // Adjectives before the noun („ersten“, „übereinstimmenden“), opening the sentence or the field after a verb.
  // (A possessive inside the sentence is left alone, as above: „soll seinen Angaben nach …“.)
  let start = noun;
  while (start - 1 >= sa && t[start - 1].kind === 'word' && /(en|em)$/.test(t[start - 1].lower) && (start - 1 === sa || !isCapitalized(t[start - 1]))) start--;
  return start < noun && /^(den|dem|seinen|ihren|meinen|unseren|euren|deinen)$/.test(t[start].lower) ? -1 : start;
}

/** Whether „nach“ at j is followed by the rest of its clause, not by a direction („nach oben“) or a phrase it governs („nach dem Datum“). */
function restOfClauseAfter(st: SentenceTokens, j: number): boolean {
  const next = st.tokens[j + 1];
  return !!next && next.kind === 'word' && !isCapitalized(next) && !DIRECTION.test(next.lower) && !/^(der|die|das|dem|den|des|ein|eine|einem|einer)$/.test(next.lower);
}

/** A source noun in a dative plural form („Angaben“, „Erkenntnissen“, „Medienberichten“). */
function pluralSource(st: SentenceTokens, k: number): boolean {
  const w = st.tokens[k];
  return !!w && w.kind === 'word' && isCapitalized(w) && /n$/.test(w.text) && st.lex.isSourceNoun(w.text);
}
