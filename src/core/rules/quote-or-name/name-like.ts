import { saidAlone, weighs, type QuoteOrNameRule } from './context';
import { ARTICLES_AND_PREPOSITIONS } from './words';
import { isSpokenOf } from './spoken-of';

/**
 * All content words capitalised, no verb, no sentence: a name („Fox News“); less so when long. Not
 * words that open the sentence with a verb of saying after the comma („„Nein“, antwortete sie“,
 * „„Ein Sieg für uns“, so kommentierte sie“) or that a name before a colon introduces („Roth:
 * „Schwarzer Tag für den Hafen““): their capital opens what was said. (A verb of naming after the comma
 * gives a name: „„Kapitän Blaubart“, wie die Crew ihn nannte“.)
 */
export const nameLike: QuoteOrNameRule = {
  id: 'quote-or-name/name-like',
  description: 'Every content word is capitalised, with no verb and no sentence end: the quote looks like a name.',
  score: (e) => (e.nameLike && !e.slogan && !saidAlone(e) && e.attr.via !== 'colon-heading' ? (e.words.length <= 6 ? -2.5 : -1.5) : 0),
};

/** A name-like quote after an article or preposition („im „Grand Hotel““) is more surely a name. */
// (Not the „von“ of „sprach von „…““: what someone speaks of is their words, not a place or title.)
export const nameAfterArticle = weighs('quote-or-name/name-after-article', 'A name-like quote right after an article or preposition („im „…““).', -1,
  (e) => e.nameLike && !!e.prev && ARTICLES_AND_PREPOSITIONS.has(e.prev.lower) && !(e.prev.lower === 'von' && isSpokenOf(e)));

