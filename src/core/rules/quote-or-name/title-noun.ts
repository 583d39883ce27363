import { weighs } from './context';

/** Titles and names: „der Zeitung „Die Zeit““, Typ „Cessna“, die Operation „…“. */
export const titleNoun = weighs('quote-or-name/title-noun', 'A noun that introduces titles or names stands before the quote („die Zeitung „…““).', -4, (e) => !!e.prev && e.prev.kind === 'word' && e.lex.isTitleNoun(e.prev.lower) && !e.slogan);
