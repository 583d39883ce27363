import type { QuoteOrNameRule } from './context';

/** Speech around the quote: a verb of saying elsewhere, „laut X“, or Konjunktiv. */
export const speechInSentence: QuoteOrNameRule = {
  id: 'quote-or-name/speech-in-sentence',
  description: 'The sentence has a verb of saying, a source frame or Konjunktiv outside the quote.',
  score: (e) => e.context,
};
