// What a quote-attribution rule sees: a quotation at tokens [qa, qb] in the sentence [sa, sb),
// which tokens stand inside any quotation, and two positions every rule family member needs.
import type { RuleEngine } from '../../engine/engine';
import type { Rule } from '../../engine/rule';
import type { Attribution } from '../../attribution';
import type { SentenceTokens } from '../../grammar/view';

export interface QuoteContext {
  st: SentenceTokens;
  qa: number;
  qb: number;
  sa: number;
  sb: number;
  inQuote: (i: number) => boolean;
  engine: RuleEngine;
  /** The word after the quote past a comma or dash („…“, sagte er), or -1 when none follows so. */
  wordAfter: number;
  /** The colon right before the quote (Er sagte: „…“), or -1. */
  colon: number;
}

export type QuoteRule = Rule<QuoteContext, Attribution>;
