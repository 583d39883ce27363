import { attributionOf, type Attribution } from '../../attribution';
import { AUXILIARIES, looksFinite } from '../../grammar/words';
import { isCapitalized } from '../../tokens';
import type { QuoteContext, QuoteRule } from './context';

const id = 'quote-attribution/source-in-brackets';

/**
 * „„Die Wahl war fair.“ (Stiftung Nordlicht).“: a name in brackets right after the quote, and
 * nothing else in them, is its source (a style of reports and press reviews). Brackets that
 * translate, date or explain („(auf Deutsch: …)“, „(2019)“) hold lower-case words or numbers.
 */
export const sourceInBrackets: QuoteRule = {
  id,
  description: '„„…“ (Name)“: a name alone in brackets right after the quote is its source.',
  match({ st, qa, qb }: QuoteContext): Attribution | null {
    const t = st.tokens;
    // Only a whole sentence quoted („„Die Wahl war fair.““), or words with a finite verb („„Das
    // reicht nicht“ (Jan Ohm)“): after a title the brackets name its author or year („„Der Hafen“
    // (Jana Brink)“).
    const sentence = /^[.!?]$/.test(t[qb - 1]?.text ?? '') && qb - qa >= 5;
    // (Short finite forms too: „„Der Kai ist marode“ (Jan Ohm)“.)
    if (!sentence && !t.slice(qa + 2, qb).some((w) => w.kind === 'word' && !isCapitalized(w) && (looksFinite(w.lower) || AUXILIARIES.has(w.lower)))) return null;
    let k = qb + 1;
    if (t[k]?.text === ',') k++;
    if (t[k]?.text !== '(') return null;
    let close = k + 1;
    while (close < t.length && close - k <= 7 && t[close].text !== ')') close++;
    if (t[close]?.text !== ')' || close === k + 1) return null;
    const inside = t.slice(k + 1, close);
    // A name: capitalised words, with hyphens, „von“/„der“ particles and an ampersand between them.
    if (!isCapitalized(inside[0]) || !isCapitalized(inside[inside.length - 1])) return null;
    if (!inside.every((w) => (w.kind === 'word' && (isCapitalized(w) || /^(von|van|der|de|und|für)$/.test(w.lower))) || w.text === '-' || w.text === '&')) return null;
    // After the bracket the sentence ends, or the next one begins.
    const next = t[close + 1];
    if (next && !/^[.;,]$/.test(next.text) && !isCapitalized(next)) return null;
    return attributionOf(id, null, st.span(k + 1, close - 1), 'after');
  },
};
