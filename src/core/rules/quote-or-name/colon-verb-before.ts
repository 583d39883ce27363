import { weighs } from './context';

/** Er sagte: „…“. */
export const colonVerbBefore = weighs('quote-or-name/colon-verb-before', 'A verb of saying before a colon introduces the quote (X sagte: „…“).', 3, (e) => e.attr.via === 'colon-verb');
