import { weighs } from './context';

/** Any colon before a quote announces words. */
export const afterColon = weighs('quote-or-name/after-colon', 'A colon right before the quote, without a frame of its own.', 1.5, (e) => e.prev?.text === ':' && e.attr.via !== 'colon-verb' && e.attr.via !== 'colon-heading');
