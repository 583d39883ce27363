import { isCapitalized } from '../../tokens';
import { weighs } from './context';

/**
 * A long clause with a verb is said; a name has none. (Short ones are often titles, „Wer wird
 * Hafenmeister“, and so is a string of capitalised words whatever its verb.)
 */
export const finiteVerb = weighs('quote-or-name/finite-verb', 'The quoted words (six or more, not all capitalised) have a finite verb.', 1.5,
  (e) => e.hasVerb && e.words.length >= 6 && !e.words.every((w) => isCapitalized(w)));
