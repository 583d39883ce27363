// What a discourse rule sees: one quote of the article in text order, its own attribution, and
// the last quote before it that has a speaker. The rules decide whose words a quote without a
// frame of its own continues, or whether a Konjunktiv sentence is speech at all.
import type { Attribution } from '../../attribution';
import type { Rule } from '../../engine/rule';
import type { SpeakerRegistry } from '../../speakers';
import type { Quote, Span, SpeechType } from '../../types';

/** The fields of a paragraph-level quote candidate the discourse rules read. */
export interface Candidate extends Span {
  continuation?: boolean;
  standalone?: boolean;
  localSource?: Span;
  ownSource?: Span;
  clauseActor?: Span;
  topicSpeaks?: boolean;
  topicSays?: boolean;
  topicReported?: boolean;
}

export interface DiscourseContext {
  q: Candidate;
  type: SpeechType;
  attribution: Attribution;
  /** The last quote before this one that has a speaker. */
  previous: Quote | undefined;
  /** The last quote before `previous` whose speaker is someone else: the other side of a dialogue. */
  partner: Quote | undefined;
  /** Indirect or reported speech with a frame whose span holds this quote („Es hieß, „drei Arbeiter“ seien …“). */
  enclosing: Quote | undefined;
  text: string;
  registry: SpeakerRegistry;
}

/** The speaker and cue a discourse rule gives the quote. */
export interface Carried {
  speaker: Span | null;
  cue: Span | null;
}

/** A discourse rule's verdict that the candidate is no speech (a Konjunktiv sentence that continues nobody). */
export const DROP: unique symbol = Symbol('drop');

export type DiscourseRule = Rule<DiscourseContext, Carried | typeof DROP>;
