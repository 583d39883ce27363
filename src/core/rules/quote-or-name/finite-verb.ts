import { weighs } from './context';

/** A clause with a verb is said; a name has none. */
export const finiteVerb = weighs('quote-or-name/finite-verb', 'The quoted words (four or more) have a finite verb.', 1.5, (e) => e.hasVerb && e.words.length >= 4);
