// What a hedge rule sees: one word of a sentence (the sentence's tokens and the word's index) and
// the hedge lexicon.
import type { RuleEngine } from '../../engine/engine';
import type { GuardRule, Rule } from '../../engine/rule';
import type { Entry, HedgeLexicon } from '../../hedges';
import type { Token } from '../../tokens';
import type { HedgeKind, Range } from '../../types';

export interface HedgeContext {
  toks: Token[];
  i: number;
  lex: HedgeLexicon;
  engine: RuleEngine;
}

/** A hedge cue over tokens [i, last] of the sentence. */
export interface Found extends Range {
  kind: HedgeKind;
  claim?: Range;
  /** The last token of the cue: the search goes on after it. */
  last: number;
  rule: string;
}

export interface HedgeRule extends Rule<HedgeContext, Found> {
  /** Whether the rule can fire at this word (its trigger): the runner tries a word's rules only. */
  appliesTo(lower: string, entry: Entry | undefined): boolean;
}

/** A sense test for some words: whether this occurrence is not the hedge („das Wohl“, „soll bis Freitag entscheiden“). */
export interface SenseGuard extends GuardRule<HedgeContext> {
  readonly words: readonly string[];
}

export function found(toks: Token[], a: number, b: number, kind: HedgeKind, rule: string, claim?: Range): Found {
  return { start: toks[a].start, end: toks[b].end, kind, claim, last: b, rule };
}
