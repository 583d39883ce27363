import { attributionOf, type Attribution } from '../../attribution';
import type { SentenceTokens } from '../../grammar/view';
import { AUXILIARIES, looksFinite, PARTICIPLE, PREPOSITIONS } from '../../grammar/words';
import { isCapitalized } from '../../tokens';
import type { Span } from '../../types';
import { withPlace, type FrameContext, type FrameRule } from './context';

const id = 'source-frame/nach-source-noun';
const POSSESSIVE = /^(ihren|seinen|dessen|deren|unseren)$/;

/**
 * „nach (den ersten) Worten / Angaben (von) X“, „nach Polizeiangaben“, „nach Grupps Meinung“: the
 * article and adjectives before the noun and „von“ after it are optional.
 */
export const nachSourceNoun: FrameRule = {
  id,
  description: '„nach Angaben von X“, „nach Polizeiangaben“: „nach“ with a source noun.',
  words: ['nach'],
  match({ st, j, sa, sb }: FrameContext): Attribution | null {
    const t = st.tokens;
    let noun = j + 1;
    if (t[noun] && /^(den|der|dem|eigenen|ersten|bisherigen|neuesten|jüngsten|vorläufigen|offiziellen|inoffiziellen|übereinstimmenden)$/.test(t[noun].lower)) noun++;
    while (t[noun] && t[noun].kind === 'word' && !isCapitalized(t[noun]) && /(en|em|er|e)$/.test(t[noun].lower) && noun - j < 4) noun++;
    // „nach Grupps Meinung“: a genitive name before the noun.
    const genitiveBefore = t[noun] && isCapitalized(t[noun]) && /s$/.test(t[noun].text) && t[noun + 1] && st.lex.isSourceNoun(t[noun + 1].text) ? noun++ : -1;
    if (!t[noun] || !st.lex.isSourceNoun(t[noun].text)) return null;
    // The source is the noun with what names whose it is: „Angaben der Polizei“, „Polizeiangaben“,
    // „Artikel 3 der Satzung“.
    const numbered = t[noun + 1]?.kind === 'number' ? noun + 1 : noun;
    const k = t[numbered + 1]?.lower === 'von' ? numbered + 2 : numbered + 1;
    // (Also an indefinite, possessive or quantified genitive: „nach Aussage eines Sprechers“, „nach Angaben ihres
    // Anwalts“, „nach Ansicht vieler Lotsen“.)
    // („nach Angaben aus Regierungskreisen“: where the statements come from names the source too.)
    const from = t[numbered + 1]?.lower === 'aus' ? st.nounPhrase(numbered + 2, sb) : null;
    const found = t[numbered + 1] && /^(von|der|des|dem|eines|einer|seines|seiner|ihres|ihrer|vieler|mancher|einiger|aller|beider|mehrerer|zahlreicher)$/.test(t[numbered + 1].lower) ? st.nounPhrase(k, sb) : from;
    const np = found && j === sa ? withPlace(st, found, sb) : found;
    // „nach Angaben Roths“: a name in the genitive after the noun is whose they are.
    const genitiveName = !np && t[numbered + 1] && isCapitalized(t[numbered + 1]) && /\p{L}s$/u.test(t[numbered + 1].text) && !!t[numbered + 2] && !isCapitalized(t[numbered + 2]) ? numbered + 1 : -1;
    // „nach ihren Angaben“, „nach dessen Angaben“: the possessive names the source.
    // „nach Zschäpes Darstellung“: the genitive name belongs to the source too.
    const owner = POSSESSIVE.test(t[j + 1]?.lower ?? '') ? j + 1 : genitiveBefore > 0 ? genitiveBefore : noun;
    // „zählt das Ministerium nach eigenen Angaben …“: own statements are those of the clause's
    // subject; nothing after the noun says whose they are („von ihrem Kollegen gestoßen“ is an agent).
    if (t[j + 1]?.lower === 'eigenen') return attributionOf(id, st.span(j, noun), st.span(j + 1, noun), 'preposition', undefined, undefined, null, ownerOfOwn(st, j, noun, sa, sb));
    return attributionOf(id, st.span(j, noun), st.span(owner, np ? np[1] : genitiveName > 0 ? genitiveName : numbered), 'preposition');
  },
};

/** The subject of the clause around „nach eigenen Angaben“ (at j … noun), found from its finite verb: the nearest before, else the last after. */
function ownerOfOwn(st: SentenceTokens, j: number, noun: number, sa: number, sb: number): Span | null {
  const t = st.tokens;
  const finite = (k: number) => t[k].kind === 'word' && !isCapitalized(t[k]) && (AUXILIARIES.has(t[k].lower) || (looksFinite(t[k].lower) && !PARTICIPLE.test(t[k].lower) && !PREPOSITIONS.has(t[k].lower)));
  const cs = st.clauseStart(j, sa), ce = st.clauseEnd(noun + 1, sb);
  let v = -1;
  for (let k = j - 1; k >= cs && v < 0; k--) if (finite(k)) v = k;
  for (let k = ce - 1; k > noun && v < 0; k--) if (finite(k)) v = k;
  const subject = v >= 0 ? st.subjectOf(v, sa, sb) : null;
  return subject && (subject[1] < j || subject[0] > noun) ? st.span(subject[0], subject[1]) : null;
}
