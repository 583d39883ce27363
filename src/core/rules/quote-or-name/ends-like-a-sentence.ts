import { weighs } from './context';

/** „Wir kommen.“: a quote that ends like a sentence is words spoken. */
export const endsLikeASentence = weighs('quote-or-name/ends-like-a-sentence', 'The quoted words end like a sentence („…“ with a final period, question or exclamation mark).', 3, (e) => e.terminal && e.words.length >= 2);
