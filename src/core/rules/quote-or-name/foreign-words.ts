import type { Token } from '../../tokens';
import { weighs } from './context';

/** Function words of English, French, Spanish and Italian that German text does not use. */
const FOREIGN = new Set(['the', 'of', 'and', 'for', 'on', 'to', 'is', 'are', 'with', 'at', 'by', 'from', 'le', 'la', 'les', 'du', 'des', 'et', 'un', 'une', 'el', 'los', 'las', 'y', 'il', 'di', 'del', 'della', 'dei', 'e', 'con', 'per']);
/** German function words: a quote with them is German whatever else it holds. */
const GERMAN = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'und', 'ist', 'sind', 'nicht', 'ein', 'eine', 'wir', 'ich', 'sie', 'es', 'zu', 'mit', 'für', 'auf', 'von', 'im', 'dass']);

/**
 * „The Pursuit of Happiness“, „gens du voyage“: words in another language are a title, a name or
 * a term quoted in the original, not speech reported in a German article.
 */
export const foreignWords = weighs('quote-or-name/foreign-words', 'The quoted words are in another language (English, French, Spanish or Italian function words): a title, name or term.', -3, (e) => isForeign(e.words));

/** Two words or more, a foreign function word among them and no German one. */
export function isForeign(words: readonly Token[]): boolean {
  if (words.length < 2) return false;
  let foreign = 0;
  for (const w of words) {
    if (GERMAN.has(w.lower)) return false;
    if (FOREIGN.has(w.lower)) foreign++;
  }
  return foreign >= 1;
}
