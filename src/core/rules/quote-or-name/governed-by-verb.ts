import { isCapitalized } from '../../tokens';
import type { QuoteEvidence, QuoteOrNameRule } from './context';

/**
 * Governed by a verb of saying right before it: „Sie sagte, „Sperrzonen“ dürfe …“, „nannte sie
 * „fahrlässig““; „sagte, „…““ or „sagte: „…““ directly is the strongest form of this construction.
 */
export const governedByVerb: QuoteOrNameRule = {
  id: 'quote-or-name/governed-by-verb',
  description: 'A verb of saying stands right before the quote („sagte, „…““, „nannte sie „…““).',
  score({ t, qa, sa, lex }: QuoteEvidence): number {
    for (let k = qa - 1; k >= Math.max(sa, qa - 3); k--) {
      if (t[k].kind !== 'word' || !lex.verb(t[k].lower).length || isCapitalized(t[k])) continue;
      return k === qa - 2 && (t[qa - 1].text === ',' || t[qa - 1].text === ':') ? 3 : 1.5;
    }
    return 0;
  },
};
