import type { Attribution } from '../../attribution';
import { prepositionalCue } from '../source-frame';
import type { QuoteContext, QuoteRule } from './context';

/**
 * „laut X“, „X zufolge“, „nach Angaben von X“: the frame in the quote's own clause first („…, die
 * jedoch nach Bewertung der Polizei „keinen Anlass“ gibt“), else anywhere in the sentence.
 */
export const sourceFrame: QuoteRule = {
  id: 'quote-attribution/source-frame',
  description: 'A source frame („laut X“, „X zufolge“, „nach Angaben von X“) in the quote\'s clause or sentence.',
  confidence: 0.75,
  match({ st, qa, sa, sb, inQuote, engine }: QuoteContext): Attribution | null {
    const cs = st.clauseStart(qa, sa);
    return (cs > sa ? prepositionalCue(st, cs, qa, inQuote, engine) : null) ?? prepositionalCue(st, sa, sb, inQuote, engine);
  },
};
