import { AUXILIARIES } from '../../grammar/words';
import { isCapitalized } from '../../tokens';
import type { QuoteEvidence, QuoteOrNameRule } from './context';

/**
 * Governed by a verb of saying right before it: „Sie sagte, „Sperrzonen“ dürfe …“, „nannte sie
 * „fahrlässig““; „sagte, „…““ or „sagte: „…““ directly is the strongest form of this construction.
 */
export const governedByVerb: QuoteOrNameRule = {
  id: 'quote-or-name/governed-by-verb',
  description: 'A verb of saying stands right before the quote („sagte, „…““, „nannte sie „…““), or closes its clause right after it („von einem „…“ gesprochen“).',
  score({ t, qa, qb, sa, sb, lex }: QuoteEvidence): number {
    for (let k = qa - 1; k >= Math.max(sa, qa - 3); k--) {
      if (t[k].kind !== 'word' || !lex.verb(t[k].lower).length || isCapitalized(t[k])) continue;
      return k === qa - 2 && (t[qa - 1].text === ',' || t[qa - 1].text === ':') ? 3 : 1.5;
    }
    // The verb closing the clause right after it: „hat von einem „Desaster“ gesprochen“, „…, der den
    // Kai „marode“ nannte, …“.
    const after = t[qb + 1];
    if (after?.kind === 'word' && !isCapitalized(after) && lex.verb(after.lower).length && (qb + 2 >= sb || /^[,.;:!?]$/.test(t[qb + 2].text) || AUXILIARIES.has(t[qb + 2].lower))) return 1.5;
    // Fronted with its preposition, the verb right after: „Von einer „Kapitulation“ sprach der
    // Minister“, „Vor einem „Kollaps“ warnte die Ärztin“.
    if (frontedObject(t, qa, sa) && qb + 1 < sb && t[qb + 1].kind === 'word' && !isCapitalized(t[qb + 1]) && lex.verb(t[qb + 1].lower).length) return 1.5;
    return 0;
  },
};

/** „Von einer „…““, „Vor dem „…““ opening the sentence: a preposition of saying and its article before the quote at qa. */
function frontedObject(t: QuoteEvidence['t'], qa: number, sa: number): boolean {
  let k = qa - 1;
  while (k > sa && t[k].kind === 'word' && !isCapitalized(t[k]) && /(e|en|er|es|em)$/.test(t[k].lower)) k--;
  return k === sa && /^(von|vom|vor|über)$/.test(t[k].lower);
}
