import { weighs } from './context';

/** „…“, sagte er: a frame right after the quote. */
export const frameAfter = weighs('quote-or-name/frame-after', 'A frame right after the quote („…“, sagte er / so X / hieß es).', 3, (e) => e.attr.via === 'after');
