import { weighs } from './context';

/** Trump: „…“. */
export const colonHeading = weighs('quote-or-name/colon-heading', 'A name before a colon introduces the quote (Trump: „…“).', 2, (e) => e.attr.via === 'colon-heading');
