import { weighs } from './context';

/** Names and titles are short. */
export const long = weighs('quote-or-name/long', 'Eight quoted words or more.', 1, (e) => e.words.length >= 8);
