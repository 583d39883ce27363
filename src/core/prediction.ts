// The prediction format of the evaluation (../shared/eval/README.md) and of `zitatlupe analyze`.
import type { Analysis, Hedge, Quote, Span, Speaker } from './types';


export interface Prediction {
  id?: string;
  file?: string;
  date?: string;
  quotes: (Omit<Quote, 'id' | 'confidence'> & { id: string; confidence: number })[];
  hedges: Hedge[];
  speakers: Omit<Speaker, 'mentions'>[];
}

export function toPrediction(a: Analysis): Prediction {
  return {
    ...(a.header.date ? { date: a.header.date } : {}),
    quotes: a.quotes.map((q) => ({
      id: q.id,
      start: q.start,
      end: q.end,
      text: q.text,
      type: q.type,
      ...(q.segments ? { segments: q.segments.map(plain) } : {}),
      speaker: q.speaker ? { ...withPieces(q.speaker), ...(q.speaker.name ? { name: q.speaker.name } : {}), ...(q.speaker.speakerId ? { speakerId: q.speaker.speakerId } : {}) } : null,
      cue: q.cue ? withPieces(q.cue) : null,
      confidence: q.confidence,
      ...(q.medium ? { medium: { ...plain(q.medium), ...(q.medium.name ? { name: q.medium.name } : {}) } } : {}),
      ...(q.why ? { why: q.why } : {}),
    })),
    hedges: a.hedges.map((h) => ({ id: h.id, start: h.start, end: h.end, text: h.text, kind: h.kind, sentence: h.sentence, inQuote: h.inQuote, ...(h.claim ? { claim: h.claim } : {}), ...(h.why ? { why: h.why } : {}) })),
    speakers: a.speakers.map(({ id, name, role, aliases, kind }) => ({ id, name, ...(role ? { role } : {}), aliases, kind })),
  };
}

function plain(s: Span): Span {
  return { start: s.start, end: s.end, text: s.text };
}

/** A span with its pieces, when it has more than one (an interrupted cue, a speaker „Anna Roth, die“); shared with the exports. */
export function withPieces(s: Span): Span {
  return s.segments ? { ...plain(s), segments: s.segments.map(plain) } : plain(s);
}
