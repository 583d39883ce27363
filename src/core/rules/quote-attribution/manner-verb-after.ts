import { attributionOf, type Attribution } from '../../attribution';
import { nounPhrase } from '../../grammar/noun-phrase';
import { DETERMINERS, fullVerbForm } from '../../grammar/words';
import { isCapitalized } from '../../tokens';
import type { QuoteContext, QuoteRule } from './context';

const id = 'quote-attribution/manner-verb-after';

/**
 * „„…“, freute sich der Trainer“, „„…“, lachte sie“, „„…“, winkte die Ministerin ab“: right after a
 * quote, a finite verb with its subject behind it frames the quote whatever the verb — German news
 * puts any verb of manner there, and the inverted word order shows it governs the quote. Tried after
 * the verbs of saying (quote-attribution/verb-after).
 */
export const mannerVerbAfter: QuoteRule = {
  id,
  description: '„…“, freute sich X / lachte X: any finite verb right after the quote, with its subject behind it, frames the quote.',
  confidence: 0.7,
  match({ st, sb, wordAfter: i }: QuoteContext): Attribution | null {
    if (i < 0) return null;
    const t = st.tokens;
    const w = t[i];
    // A lower-case word that is no function word, auxiliary or copula: the finite verb. (A copula
    // with „sich“ is a stance: „„…“, ist sich die Kapitänin sicher“, „sind sich beide einig“.)
    const stance = /^(ist|sind|war|waren)$/.test(w.lower) && t[i + 1]?.lower === 'sich';
    if (!stance) {
      // (A strong past has no ending to show it: „„…“, gab sich die Kapitänin gelassen“ needs the lexicon.)
      if (isCapitalized(w) || !fullVerbForm(st.lex, w.lower) || /^(heißt|hieß|hießen|lautet|lautete|lauteten|steht|stand|stehen|standen|gilt|galt|bleibt|blieb)$/.test(w.lower)) return null;
    }
    let k = i + 1;
    if (t[k]?.lower === 'sich') k++;
    const np = t[k]?.kind === 'word' && (DETERMINERS.has(t[k].lower) || /^(er|sie|man|beide|alle)$/.test(t[k].lower) || isCapitalized(t[k])) ? nounPhrase(st, k, sb) : null;
    // („„…“, sagte es“: an impersonal „es“ is nobody.)
    if (!np || t[np[0]].lower === 'es') return null;
    return attributionOf(id, st.span(i, k > i + 1 ? i + 1 : i), st.span(np[0], np[1]), 'after');
  },
};
