// Across the article: whose words a quote without a frame of its own continues. The rules are
// tried in order; the first that decides gives the quote its speaker and cue, or drops it.
import { family } from '../../engine/rule';
import type { DiscourseRule } from './context';
import {
  agentlessFrameSource, answersQuestion, continuesPreviousSpeaker, fragmentInSpeech, loneQuoteContinues, loneQuoteTopic, mainClauseActor, ownActor, reportedFrame, topicOfPreviousSentence,
  unattachedKonjunktiv,
} from './rules';
export { samePerson } from './rules';

export { DROP, type Carried, type DiscourseContext } from './context';

/** The stage that gives the Konjunktiv sentences right before „Dies berichtete X.“ to X (analyze.ts). */
export const CHAIN_BEFORE_POINTER = 'discourse/stage/chain-before-pointer';
/** The stage that adds, around speech under a frame in Konjunktiv („Der Lotse behaupte, …“), the speech of the speaker before that reports the frame (analyze.ts). */
export const NESTED_FRAME = 'discourse/stage/nested-frame';
/** The stage that reports a carried-on speaker at its mention nearest the speech (analyze.ts). */
export const NEAREST_MENTION = 'discourse/stage/nearest-mention';
/** The rule whose quotes carry the previous speaker on: the chain the stage may hand over. */
export const CARRIES_ON = continuesPreviousSpeaker.id;

export const DISCOURSE = family<DiscourseRule>('discourse', 'Speakers carried across sentences', [
  unattachedKonjunktiv, ownActor, mainClauseActor, topicOfPreviousSentence, continuesPreviousSpeaker,
  agentlessFrameSource, reportedFrame, fragmentInSpeech, answersQuestion, loneQuoteContinues, loneQuoteTopic,
]);
