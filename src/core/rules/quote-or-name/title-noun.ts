import { weighs, type QuoteEvidence } from './context';
import { namingBefore } from './judged-object';

/** Nouns that announce a wording or a name, whatever its case: „unter dem Motto „besetzen, blockieren““, „der Begriff „gut gemeint““. */
const WORDING_NOUNS = new Set(['motto', 'devise', 'losung', 'leitspruch', 'grundsatz', 'regel', 'formel', 'titel', 'untertitel', 'slogan', 'stichwort', 'überschrift', 'schlagzeile', 'hashtag', 'rubrik', 'kategorie',
  'begriff', 'begriffs', 'name', 'namen', 'bezeichnung', 'spitzname', 'spitznamen']);

/**
 * Titles and names: „der Zeitung „Die Zeit““, Typ „Cessna“, die Operation „…“. A title opens with a
 * capital; several quoted words in lower case after a noun such as „Plan“ are a verdict on it:
 * „nannte den Plan „völlig verfehlt““, and so is one word after a verb of naming: „nannte den Plan
 * „unausgegoren““.
 */
export const titleNoun = weighs('quote-or-name/title-noun', 'A noun that introduces titles or names stands before the quote („die Zeitung „…““).', -4,
  (e) => !!e.prev && e.prev.kind === 'word' && e.lex.isTitleNoun(e.prev.lower) && !e.slogan && !(lowerPhrase(e) && !WORDING_NOUNS.has(e.prev.lower)));

function lowerPhrase(e: QuoteEvidence): boolean {
  return e.words[0]?.text === e.words[0]?.lower && (e.words.length > 1 || namingBefore(e));
}
