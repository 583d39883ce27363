import { DETERMINERS } from '../../grammar/words';
import { isCapitalized } from '../../tokens';
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

/** Heads of nouns whose „lautet“ gives a wording, not someone's words: „Das Motto lautet „…““, „Der Arbeitstitel lautete „…““. */
const WORDING_HEAD = /(motto|thema|titel|name|namen|devise|slogan|losung|leitspruch|überschrift|schlagzeile|bezeichnung|stichwort)$/;

/**
 * „Das Thema des Hafenfests lautete „Schiffe verbinden Menschen““, „Am Montag lautete das Motto
 * „…““: with „lautet“ or „heißt“ whose subject is a motto, theme, title or name, the quotation is that
 * wording, however sentence-like.
 */
export const wordingSubject = weighs('quote-or-name/wording-subject', 'After „lautet“ or „heißt“ with a motto, theme, title or name as subject („Das Motto lautet „…““) the quotation is a wording.', -6,
  (e) => WORDING_HEAD.test(wordingSubjectHead(e)));

const LAUTET = /^(lautet|lautete|lauten|lauteten|heißt|hieß)$/;

/** The head noun of the subject of „lautet“ before the quote, in lower case, or '': „Das Thema des Fests lautete“ and „lautete das Motto der Lotsen“ give „thema“, „motto“. */
function wordingSubjectHead({ t, sa, qa }: QuoteEvidence): string {
  // (The verb stands within a few words of the quote: before it, or before its inverted subject.)
  let v = qa - 1;
  while (v > sa && qa - v <= 6 && !LAUTET.test(t[v].lower)) v--;
  if (!LAUTET.test(t[v]?.lower ?? '')) return '';
  let k = v === qa - 1 ? sa : v + 1;
  const stop = v === qa - 1 ? v : qa;
  while (k < stop && t[k].kind === 'word' && (DETERMINERS.has(t[k].lower) || !isCapitalized(t[k]))) k++;
  return k < stop && t[k].kind === 'word' ? t[k].lower : '';
}
