import { isCapitalized } from '../../tokens';
import { weighs } from './context';

/** „Der „Preis der Reichsbank …“ ging an …“: an article opening the sentence names what follows. */
export const articleOpensSentence = weighs('quote-or-name/article-opens-sentence', 'An article opening the sentence stands right before a capitalised quote („Der „…“ ging an …“).', -3,
  (e) => e.qa - 1 === e.sa && !!e.prev && /^(der|die|das)$/.test(e.prev.lower) && isCapitalized(e.t[e.qa + 1]));
