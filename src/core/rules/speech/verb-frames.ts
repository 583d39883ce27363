// The rules tried at each verb of saying, in order, after the guards have let the verb through.
import { family } from '../../engine/rule';
import { closingWie } from './closing-wie';
import { contentAfter } from './content-after';
import { contentBefore } from './content-before';
import { verbContext, type SpeechContext, type SpeechOutcome, type SpeechRule, type VerbFrameRule } from './context';
import { fromPreviousSentence } from './from-previous-sentence';
import { VERB_GUARDS } from './guards';
import { reported } from './reported';
import { VERB } from './signals';

export const VERB_FRAMES: readonly VerbFrameRule[] = [contentAfter, contentBefore, closingWie, fromPreviousSentence, reported];
/** The same rules as the engine runs them (one shape: see engine/rule.ts). */
const FRAMES = family('speech', 'Frames at a verb of saying', VERB_FRAMES).rules;
const GUARDS = family('speech/not-a-frame', 'Verbs of saying that frame nothing where they stand', VERB_GUARDS).rules;

/**
 * Runs the verb-frame rules at each verb of saying outside quotations, left to right: the first
 * verb at which one of them decides is the sentence's frame.
 */
export const atVerbsOfSaying: SpeechRule = {
  id: 'speech/at-verbs-of-saying',
  description: 'Tries the verb-frame rules at each verb of saying in the sentence (a step, not a frame of its own).',
  triggers: VERB,
  match(ctx: SpeechContext): SpeechOutcome | null {
    const { st, sa, sb, end, inQuote, engine } = ctx;
    for (let v = sa; v <= end; v++) {
      if (inQuote(v)) continue;
      const verb = st.verbAt(v, sb);
      if (!verb) continue;
      const vctx = verbContext(ctx, v, verb);
      if (engine.rejecting(GUARDS, vctx)) continue;
      const fired = engine.first(FRAMES, vctx);
      if (fired) return fired.out;
    }
    return null;
  },
};
