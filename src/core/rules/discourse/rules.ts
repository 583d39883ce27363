// The discourse rules, each a short test on the quote and the speech before it.
import type { SpeakerRegistry } from '../../speakers';
import type { Span, SpeakerMention } from '../../types';
import { DROP, type Candidate, type DiscourseContext, type DiscourseRule } from './context';

/** A Konjunktiv sentence without a frame continues the speech right before it (within 150 characters), else it is no speech — unless Konjunktiv I stands on its own; a reportive „soll“ sentence before any speaker is the author's. */
export const unattachedKonjunktiv: DiscourseRule = {
  id: 'discourse/unattached-konjunktiv',
  description: 'A Konjunktiv II sentence far from any speech is no speech (a conditional, not a report), nor is a reportive „soll“ sentence before any speaker (the author reports a claim).',
  match({ q, previous, type, attribution }: DiscourseContext) {
    const follows = previous && q.start - previous.end <= 150 && previous.speaker;
    // (A reportive „soll“ sentence that nobody can have said is the author's: „Der Neubau soll
    // im Mai öffnen.“ before any speaker.)
    const nobody = type === 'free_indirect' && !previous?.speaker && !q.localSource && !q.ownSource && !attribution.speaker;
    return q.continuation && ((!follows && !q.standalone) || nobody) ? DROP : null;
  },
};

/** „Auch der Sprecher der Fraktion, Jan Roth, will prüfen, ob … solle“: the role or body acting in the sentence itself. */
export const ownActor: DiscourseRule = {
  id: 'discourse/own-actor',
  description: 'A Konjunktiv sentence reports the role or body acting in it („Der Sprecher will prüfen, ob … solle“).',
  match({ q, attribution }: DiscourseContext) {
    return q.continuation && q.ownSource ? { speaker: q.ownSource, cue: attribution.cue } : null;
  },
};

/** „Die Reederei sperrte den Kai, weil er marode sei“, „Roth bleibt dabei: …“: the person or body acting in the indicative main clause gives the reason or view below it or after its colon. */
export const mainClauseActor: DiscourseRule = {
  id: 'discourse/main-clause-actor',
  description: 'Konjunktiv only in a clause below or after a colon behind an indicative main clause („Die Reederei sperrte den Kai, weil er marode sei“, „Roth bleibt dabei: Der Kai sei zu kurz“) reports whoever acts in the main clause.',
  match({ q, attribution }: DiscourseContext) {
    return q.continuation && q.clauseActor ? { speaker: q.clauseActor, cue: attribution.cue } : null;
  },
};

/**
 * Konjunktiv I before any speaker reports the person or body the sentence before is about („Die
 * Hafenbehörde prüfte die Schleuse. Sie sei marode.“); after other speech only when that body
 * acts in a sentence of its own and speaks or thinks, or a sentence ends between.
 */
export const topicOfPreviousSentence: DiscourseRule = {
  id: 'discourse/topic-of-previous-sentence',
  description: 'A Konjunktiv sentence reports the role or body the sentence before is about, or someone new a pronoun there stands for who says or thinks something.',
  match({ q, previous, text, attribution, registry }: DiscourseContext) {
    if (!q.continuation || !q.localSource) return null;
    // (A topic that is the speaker before goes on in that speech, under its cue: continues-previous-speaker.)
    if (previous?.speaker && sameSpeaker(registry, q.localSource, previous.speaker)) return null;
    // („Unter den Verletzten soll der Hafenmeister sein. Dessen Frau soll …“: a sentence that itself
    // reports talks of its topic; with no speech before the words stay without a source.)
    if (q.topicReported) return previous?.speaker ? null : { speaker: null, cue: attribution.cue };
    const takesOver = !previous?.speaker || (q.topicSpeaks && q.localSource.start > previous.end && (q.topicSays || endsSentenceBetween(text, previous.end + 2, q.localSource.start)));
    return takesOver ? { speaker: q.localSource, cue: attribution.cue } : null;
  },
};

/** Konjunktiv I on its own reports the article's last speaker, however far back, under that speech's cue. */
export const continuesPreviousSpeaker: DiscourseRule = {
  id: 'discourse/continues-previous-speaker',
  description: 'A Konjunktiv sentence without a frame continues the last speaker\'s words, under the same cue.',
  match({ q, previous, registry, attribution }: DiscourseContext) {
    if (!q.continuation || !previous?.speaker) return null;
    // (A nearer mention of the same speaker in the sentence before is the one to show.)
    const nearer = q.localSource && q.topicSpeaks && q.localSource.start > previous.end && sameSpeaker(registry, q.localSource, previous.speaker);
    return { speaker: nearer ? q.localSource! : previous.speaker, cue: attribution.cue ?? previous.cue };
  },
};

/**
 * A frame naming no source (an agentless passive: „Kritisiert wird, dass …“): the body acting in
 * the sentence before. Not an impersonal frame with „es“ („es wird befürchtet“, „hieß es“): that
 * one leaves its source open on purpose, as hearsay.
 */
export const agentlessFrameSource: DiscourseRule = {
  id: 'discourse/agentless-frame-source',
  description: 'A frame without a source („Kritisiert wird, dass …“) speaks for the body acting in the sentence before, unless it is impersonal („es wird befürchtet“, „hieß es“).',
  match({ q, type, attribution, text }: DiscourseContext) {
    if (q.continuation || attribution.speaker || !attribution.cue || type === 'direct' || !q.localSource) return null;
    return impersonal(text, attribution.cue) ? null : { speaker: q.localSource, cue: attribution.cue };
  },
};

/** Whether a cue holds or follows an expletive „es“: „hieß es“, „es wird befürchtet“, „es wurde schon länger vermutet“ (up to two words between). */
function impersonal(text: string, cue: Span): boolean {
  return /(^|\s)es(\s|$)/i.test(cue.text) || /(^|[\s,])es\s+(wird|wurde|werde|würde|wurden|ist|war)(\s+\p{Ll}+){0,2}\s+$/iu.test(text.slice(Math.max(0, cue.start - 40), cue.start));
}

/** „Sie rate zum Kauf …“: a frame in Konjunktiv is reported by the speaker before (within 400 characters). */
export const reportedFrame: DiscourseRule = {
  id: 'discourse/reported-frame',
  description: 'A frame in Konjunktiv („Sie rate zum Kauf“) is itself reported by the speaker before.',
  match({ q, attribution, previous }: DiscourseContext) {
    return !q.continuation && attribution.reportedFrame === 'by-previous' && previous?.speaker && q.start - previous.end < 400 ? { speaker: previous.speaker, cue: attribution.cue } : null;
  },
};

/** A quoted fragment inside framed indirect speech is that speech's, speaker or none: „Später hieß es, „drei Arbeiter“ seien verletzt.“ */
export const fragmentInSpeech: DiscourseRule = {
  id: 'discourse/fragment-in-speech',
  description: 'A direct quote without a frame inside framed indirect speech has that speech\'s speaker and cue, even when it names no speaker.',
  match({ q, type, attribution, enclosing }: DiscourseContext) {
    return !q.continuation && type === 'direct' && !attribution.speaker && !attribution.cue && enclosing ? { speaker: enclosing.speaker, cue: enclosing.cue } : null;
  },
};

/** Cues of asking: „fragte“, „wollte wissen“, „erkundigte sich“. */
const ASKING = /(^|\s)(ge)?frag(t|te|ten|en|e)?(\s|$)|wissen|erkundig/i;

/**
 * „„Fahren Sie morgen?“ – „Nein, erst im Mai.““: a lone quote right after a quoted question answers
 * it, so the one asked speaks — the other side of the dialogue before the question, when there is
 * one; otherwise no one known (not the asker, whom lone-quote-continues would name).
 */
export const answersQuestion: DiscourseRule = {
  id: 'discourse/answers-question',
  description: 'A direct quote without a frame right after a quoted question answers it: the speaker is the other side of the dialogue, not the asker.',
  match({ q, type, attribution, previous, partner, text }: DiscourseContext) {
    if (q.continuation || type !== 'direct' || attribution.speaker || attribution.cue || previous?.type !== 'direct') return null;
    // (Only a question with its own frame beside it tells who asked — a lone question carried on may
    // be either side's — and only the answer right after it, past that frame at most.)
    // (A verb of asking makes it a question put to someone: „„Wer soll das zahlen?“ „Niemand.““
    // after „sagte“ may be the speaker's own answer.)
    if (!/\?\s*[“”"«»‘’‹›]?$/.test(previous.text) || !previous.cue || !ASKING.test(previous.cue.text) || previous.cue.start < previous.start - 150 || q.start - previous.end > 100) return null;
    const between = text.slice(previous.end, q.start);
    const frameAfter = previous.cue.start >= previous.end && previous.cue.end <= q.start;
    // (Past the frame's own full stop, no further sentence.)
    if (/[„“”"«»]/.test(between) || /[.!?]\s+\S/.test(between) || !(/^[\s–—-]*$/.test(between) || frameAfter)) return null;
    return partner?.speaker && previous.speaker && !samePerson(partner.speaker, previous.speaker) ? { speaker: partner.speaker, cue: partner.cue } : { speaker: null, cue: null };
  },
};

/** A quote standing alone continues the previous speaker's words (within 400 characters), under the same cue. */
export const loneQuoteContinues: DiscourseRule = {
  id: 'discourse/lone-quote-continues',
  description: 'A direct quote without a frame continues the previous speaker\'s words.',
  match({ q, type, attribution, previous, registry, text }: DiscourseContext) {
    if (q.continuation || type !== 'direct' || attribution.speaker || attribution.cue || !previous || q.start - previous.end >= 400) return null;
    // A sentence between whose subject is someone else acting ends the chain: „„…“, sagte die
    // Lotsin. Der Hafenmeister schüttelte den Kopf. „…““ is the harbour master's (lone-quote-topic).
    const actor = actorBefore(q, text, registry);
    if (actor && previous.speaker && actor.start > previous.end && !sameSpeaker(registry, actor, previous.speaker)) return null;
    return { speaker: previous.speaker, cue: previous.cue };
  },
};

/** With no speech before it, a lone quote speaks for the role or body acting in the sentence before. */
export const loneQuoteTopic: DiscourseRule = {
  id: 'discourse/lone-quote-topic',
  description: 'A direct quote without a frame or speech before it speaks for the body acting in the sentence before.',
  match({ q, type, attribution, text, registry }: DiscourseContext) {
    if (q.continuation || type !== 'direct' || attribution.speaker || attribution.cue) return null;
    const actor = actorBefore(q, text, registry);
    return actor ? { speaker: actor, cue: attribution.cue } : null;
  },
};

/**
 * Who acts in the sentence right before the quote: its subject found in the paragraph
 * (localSource), or a person the article has named before, by surname alone, opening it with a
 * verb after: „Ohm winkt ab.“ after „Jan Ohm“ further up (the paragraph alone cannot tell the
 * surname from a noun).
 */
function actorBefore(q: Candidate, text: string, registry: SpeakerRegistry): Span | null {
  if (q.localSource) return q.localSource;
  const before = text.slice(Math.max(0, q.start - 300), q.start);
  // The sentence before ends right where the quote's sentence starts.
  const end = before.search(/[.!?]["“”»«]?\s+$/);
  if (end < 0) return null;
  const opening = /(?:^|[.!?]["“”»«]?\s+)(\p{Lu}[\p{Ll}-]+)\s+\p{Ll}+[^.!?]*$/u.exec(before.slice(0, end));
  // (At the window's edge the „sentence“ may be cut off in its middle.)
  if (!opening || (opening.index === 0 && q.start > before.length) || !registry.knowsSurname(opening[1])) return null;
  const start = q.start - before.length + opening.index + opening[0].indexOf(opening[1]);
  return { start, end: start + opening[1].length, text: opening[1] };
}

/** Whether a sentence ends between a and b: „… gesagt. Die Lage ist ruhig. Die Kommission hat …“ */
function endsSentenceBetween(text: string, a: number, b: number): boolean {
  return a < b && /[.!?]["“”»«]?\s/.test(text.slice(a, b));
}

/** Whether two resolved speaker mentions name the same person or body. */
export function samePerson(a: SpeakerMention, b: SpeakerMention): boolean {
  return a.speakerId ? a.speakerId === b.speakerId : a.text === b.text;
}

/** Whether two mentions resolve to one registry entry (or read the same without their article). */
function sameSpeaker(registry: SpeakerRegistry, a: Span, b: Span): boolean {
  const bare = (s: Span) => s.text.replace(/^(der|die|das|den|dem|des)\s+/i, '');
  if (bare(a) === bare(b)) return true;
  const x = registry.resolve(a), y = registry.resolve(b);
  return !!x && !!y && x.id === y.id;
}
