// What a source-frame rule sees: one token of a sentence that may open a frame („laut“,
// „zufolge“, „nach“), the sentence bounds and which tokens stand inside quotations.
import type { RuleEngine } from '../../engine/engine';
import type { Rule } from '../../engine/rule';
import type { Attribution } from '../../attribution';
import type { SentenceTokens } from '../../grammar/view';

export interface FrameContext {
  st: SentenceTokens;
  /** The token that may open the frame. */
  j: number;
  sa: number;
  sb: number;
}

/** A source-frame rule runs only at tokens that are one of its `words`. */
export interface FrameRule extends Rule<FrameContext, Attribution> {
  readonly words: readonly string[];
}

export type { RuleEngine };
