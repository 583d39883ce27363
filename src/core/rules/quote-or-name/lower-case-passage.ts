import { weighs } from './context';

/**
 * German names and titles open with a capital („Haus der Geschichte“, „Im Westen nichts Neues“);
 * six quoted words or more opening in lower case are a passage of someone's wording:
 * „wolle „alles tun, was nötig ist, um den Kai zu retten““.
 */
export const lowerCasePassage = weighs('quote-or-name/lower-case-passage', 'Six quoted words or more opening in lower case: a passage of wording, not a name or title.', 2,
  (e) => e.words.length >= 6 && e.words[0].text === e.words[0].lower && /^\p{Ll}/u.test(e.words[0].text));
