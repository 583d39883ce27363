// What a source-frame rule sees: one token of a sentence that may open a frame („laut“,
// „zufolge“, „nach“), the sentence bounds and which tokens stand inside quotations.
import type { RuleEngine } from '../../engine/engine';
import type { Rule } from '../../engine/rule';
import type { Attribution } from '../../attribution';
import { isTime } from '../../grammar/speakerness';
import type { NP, SentenceTokens } from '../../grammar/view';
import { CONJUNCTIONS, DETERMINERS, PREPOSITIONS } from '../../grammar/words';
import { isCapitalized } from '../../tokens';

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

/**
 * Opening the sentence a source frame fills the whole field before the finite verb, so a place
 * after the source is its own: „Nach Angaben der Hafenkammer von Kiel dauert …“, „Laut einem
 * Sprecher der Polizei in Kiel …“ (not „von Kiel dauert …“ as content).
 */
export function withPlace(st: SentenceTokens, np: NP, sb: number): NP {
  const t = st.tokens;
  if (!/^(von|vom|aus|in|im)$/.test(t[np[1] + 1]?.lower ?? '')) return np;
  const place = st.nounPhrase(np[1] + 2, sb);
  const verb = place ? t[place[1] + 1] : undefined;
  // (A finite verb in lower case: no preposition, article or conjunction, „… in einer Höhe von …“.)
  const finite = verb?.kind === 'word' && !isCapitalized(verb) && !PREPOSITIONS.has(verb.lower) && !DETERMINERS.has(verb.lower) && !CONJUNCTIONS.has(verb.lower);
  return place && finite && !isTime(st, t[place[1]].lower) ? [np[0], place[1]] : np;
}
