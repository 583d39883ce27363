// Who said a quotation, and with which cue: the rules in the order they are tried. The first that
// finds an attribution wins: the frames right at the quote (after it, then before its colon) beat
// the frames elsewhere in the sentence.
import { attributionOf, type Attribution } from '../../attribution';
import { DEFAULT_ENGINE, type RuleEngine } from '../../engine/engine';
import { family } from '../../engine/rule';
import type { SentenceTokens } from '../../grammar/view';
import { carrier } from './carrier';
import { colonDocument } from './colon-document';
import { colonHeading } from './colon-heading';
import { colonOnePerson } from './colon-one-person';
import { colonSubject } from './colon-subject';
import { colonVerb } from './colon-verb';
import { colonWithWords } from './colon-with-words';
import type { QuoteContext, QuoteRule } from './context';
import { heisstEsAfter } from './heisst-es-after';
import { interposedSo } from './interposed-so';
import { mannerVerbAfter } from './manner-verb-after';
import { pointerAfter } from './pointer-after';
import { sourceInBrackets } from './source-in-brackets';
import { sentenceActor } from './sentence-actor';
import { sentenceVerb } from './sentence-verb';
import { soAfter } from './so-after';
import { sourceFrame } from './source-frame';
import { speechNounOwner } from './speech-noun-owner';
import { verbAfter } from './verb-after';
import { wieAfter } from './wie-after';

export type { QuoteContext, QuoteRule } from './context';

export const QUOTE_ATTRIBUTION = family<QuoteRule>('quote-attribution', 'The cue and speaker of a quotation', [
  speechNounOwner, soAfter, heisstEsAfter, wieAfter, verbAfter, mannerVerbAfter,
  colonVerb, colonWithWords, colonDocument, colonHeading, colonSubject, colonOnePerson,
  interposedSo, carrier, sentenceVerb, sourceFrame, pointerAfter, sourceInBrackets, sentenceActor,
]);

const NO_ATTRIBUTION_RULE = 'quote-attribution/none';

/**
 * Attribution of a quotation occupying tokens [qa, qb] inside the sentence [sa, sb).
 * `inQuote(i)` tells whether token i lies inside any quotation (those are not cue candidates).
 */
export function attributeQuote(st: SentenceTokens, qa: number, qb: number, sa: number, sb: number, inQuote: (i: number) => boolean, engine: RuleEngine = DEFAULT_ENGINE): Attribution {
  const fired = engine.first(QUOTE_ATTRIBUTION.rules, quoteContext(st, qa, qb, sa, sb, inQuote, engine));
  return fired ? fired.out : attributionOf(NO_ATTRIBUTION_RULE, null, null, 'none');
}

/** What the attribution rules see of the quotation at tokens [qa, qb] in the sentence [sa, sb). */
export function quoteContext(st: SentenceTokens, qa: number, qb: number, sa: number, sb: number, inQuote: (i: number) => boolean, engine: RuleEngine): QuoteContext {
  const t = st.tokens;
  // The word after the quote past commas and dashes: „…“, sagte er / „…“ – so Müller.
  let i = qb + 1;
  let separated = false;
  while (i < sb && (t[i].text === ',' || t[i].text === '–' || t[i].text === '-')) {
    i++;
    separated = true;
  }
  // „„… zu teuer.“ so das Urteil der Wirte“: after a quote that ends its sentence, „so“ needs no comma.
  if (!separated && t[i]?.lower === 'so' && qb > qa && /[.!?]/.test(t[qb - 1].text)) separated = true;
  // (Without the comma after a quote that opens its sentence, an inverted verb of saying with its
  // subject still frames it: „„Wir bleiben“ sagte der Hafenmeister.“ — not „„Der Hafen“ sagte ihm nichts“.)
  if (!separated && qa === sa && i < sb && t[i].kind === 'word' && !!st.verbAt(i, sb) && /^(der|die|das|er|sie|man)$|^\p{Lu}/u.test(t[i + 1]?.text ?? '')) separated = true;
  const wordAfter = separated && i < sb && t[i].kind === 'word' ? i : -1;
  const colon = qa - 1 >= sa && t[qa - 1].text === ':' ? qa - 1 : -1;
  return { st, qa, qb, sa, sb, inQuote, engine, wordAfter, colon };
}

