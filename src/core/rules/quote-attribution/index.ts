// Who said a quotation, and with which cue: the rules in the order they are tried. The first that
// finds an attribution wins: the frames right at the quote (after it, then before its colon) beat
// the frames elsewhere in the sentence.
import { family } from '../../engine/rule';
import { colonDocument } from './colon-document';
import { colonHeading } from './colon-heading';
import { colonVerb } from './colon-verb';
import { colonWithWords } from './colon-with-words';
import type { QuoteRule } from './context';
import { heisstEsAfter } from './heisst-es-after';
import { interposedSo } from './interposed-so';
import { sentenceVerb } from './sentence-verb';
import { soAfter } from './so-after';
import { sourceFrame } from './source-frame';
import { speechNounOwner } from './speech-noun-owner';
import { verbAfter } from './verb-after';
import { wieAfter } from './wie-after';

export type { QuoteContext, QuoteRule } from './context';

export const QUOTE_ATTRIBUTION = family<QuoteRule>('quote-attribution', 'The cue and speaker of a quotation', [
  speechNounOwner, soAfter, heisstEsAfter, wieAfter, verbAfter,
  colonVerb, colonWithWords, colonDocument, colonHeading,
  interposedSo, sentenceVerb, sourceFrame,
]);
