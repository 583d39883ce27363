import { weighs } from './context';

/** One word with no speech around it and no frame at the quote: a scare quote („der „Deal““). */
export const singleWord = weighs('quote-or-name/single-word', 'A single quoted word with no speech around it: a scare quote.', -1,
  (e) => e.words.length <= 1 && !e.context && e.attr.via !== 'after' && e.attr.via !== 'colon-verb');
