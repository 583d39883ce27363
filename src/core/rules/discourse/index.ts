// Across the article: whose words a quote without a frame of its own continues. The rules are
// tried in order; the first that decides gives the quote its speaker and cue, or drops it.
import { family } from '../../engine/rule';
import type { DiscourseRule } from './context';
import {
  agentlessFrameSource, continuesPreviousSpeaker, loneQuoteContinues, loneQuoteTopic, ownActor, reportedFrame, topicOfPreviousSentence,
  unattachedKonjunktiv,
} from './rules';

export { DROP, type Carried, type DiscourseContext } from './context';

export const DISCOURSE = family<DiscourseRule>('discourse', 'Speakers carried across sentences', [
  unattachedKonjunktiv, ownActor, topicOfPreviousSentence, continuesPreviousSpeaker,
  agentlessFrameSource, reportedFrame, loneQuoteContinues, loneQuoteTopic,
]);
