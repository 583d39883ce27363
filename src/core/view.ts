// Editor-facing views of an Analysis, shared by the extension and the benchmarks: which ranges
// each highlight layer paints, what lies at an offset, and how quotes group in the navigator.
// Pure TypeScript (no vscode) so the keystroke benchmark measures the extension's own code path.
import { SPEECH_TYPES } from './kinds';
import type { Analysis, Hedge, Quote, Range, Speaker, SpeechType } from './types';

export const LAYERS = ['directQuotes', 'reportedSpeech', 'speakers', 'cues', 'hedges'] as const;
export type Layer = (typeof LAYERS)[number];

/** What gets painted: hedges split by voice so the speaker's and the author's look different. */
export interface LayerRanges {
  directQuotes: Range[];
  reportedSpeech: Range[];
  speakers: Range[];
  cues: Range[];
  hedgesInQuote: Range[];
  hedgesAuthor: Range[];
}

const pieces = (r: Range & { segments?: Range[] }): Range[] => (r.segments?.length ? r.segments : [r]);

export function layerRanges(a: Analysis): LayerRanges {
  const out: LayerRanges = { directQuotes: [], reportedSpeech: [], speakers: [], cues: [], hedgesInQuote: [], hedgesAuthor: [] };
  for (const q of a.quotes) {
    (q.type === 'direct' ? out.directQuotes : out.reportedSpeech).push(...pieces(q));
    if (q.speaker) out.speakers.push(...pieces(q.speaker));
    if (q.cue) out.cues.push(...pieces(q.cue));
  }
  for (const h of a.hedges) (h.inQuote ? out.hedgesInQuote : out.hedgesAuthor).push(...pieces(h));
  return out;
}

/** Offset → line and character (UTF-16), by binary search over line starts. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  position(offset: number): { line: number; character: number } {
    let lo = 0, hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    return { line: lo, character: offset - this.starts[lo] };
  }
}

const within = (r: Range, offset: number) => r.start <= offset && offset < r.end;
const withinAny = (r: Range & { segments?: Range[] }, offset: number) => pieces(r).some((p) => within(p, offset)) || within(r, offset);

export type HitPart = 'quote' | 'speaker' | 'cue';

/** The quote whose text, speaker mention or cue covers the offset (the innermost part wins). */
export function quoteAt(a: Analysis, offset: number): { quote: Quote; part: HitPart } | undefined {
  for (const q of a.quotes) {
    if (q.speaker && within(q.speaker, offset)) return { quote: q, part: 'speaker' };
    if (q.cue && withinAny(q.cue, offset)) return { quote: q, part: 'cue' };
  }
  // Reported speech may contain a direct quote; the shortest covering quote is the one meant.
  let best: Quote | undefined;
  for (const q of a.quotes) if (withinAny(q, offset) && (!best || q.end - q.start < best.end - best.start)) best = q;
  return best && { quote: best, part: 'quote' };
}

export function hedgeAt(a: Analysis, offset: number): Hedge | undefined {
  return a.hedges.find((h) => withinAny(h, offset));
}

export function speakerById(a: Analysis, id: string | undefined): Speaker | undefined {
  return id ? a.speakers.find((s) => s.id === id) : undefined;
}

export function quotesBySpeaker(a: Analysis, speakerId: string): Quote[] {
  return a.quotes.filter((q) => q.speaker?.speakerId === speakerId);
}

export function countByType(quotes: Quote[]): Record<SpeechType, number> {
  const n = Object.fromEntries(SPEECH_TYPES.map((t) => [t, 0])) as Record<SpeechType, number>;
  for (const q of quotes) n[q.type]++;
  return n;
}

export function hedgesInside(a: Analysis, r: Range): Hedge[] {
  return a.hedges.filter((h) => r.start <= h.start && h.end <= r.end);
}

export type GroupBy = 'speaker' | 'type' | 'hedged';

export interface QuoteGroup {
  /** Stable key: a speaker id, a speech type, `hedged`/`unhedged`, or `none` for quotes without a speaker. */
  key: string;
  quotes: Quote[];
}

/** Groups in a stable order: speakers by first quote, types in scheme order, hedged before unhedged. */
export function groupQuotes(a: Analysis, by: GroupBy): QuoteGroup[] {
  const groups = new Map<string, Quote[]>();
  const add = (key: string, q: Quote) => {
    const list = groups.get(key);
    if (list) list.push(q); else groups.set(key, [q]);
  };
  if (by === 'type') for (const t of SPEECH_TYPES) groups.set(t, []);
  if (by === 'hedged') { groups.set('hedged', []); groups.set('unhedged', []); }
  for (const q of a.quotes) {
    if (by === 'speaker') add(q.speaker?.speakerId ?? 'none', q);
    else if (by === 'type') add(q.type, q);
    else add(hedgesInside(a, q).length ? 'hedged' : 'unhedged', q);
  }
  const out = [...groups].map(([key, quotes]) => ({ key, quotes })).filter((g) => g.quotes.length);
  // Quotes with no speaker go last.
  return by === 'speaker' ? [...out.filter((g) => g.key !== 'none'), ...out.filter((g) => g.key === 'none')] : out;
}

/** Next (+1) or previous (−1) range after/before the offset, wrapping around. */
export function stepTo<T extends Range>(items: T[], offset: number, direction: 1 | -1): T | undefined {
  if (!items.length) return undefined;
  const sorted = [...items].sort((x, y) => x.start - y.start);
  if (direction === 1) return sorted.find((r) => r.start > offset) ?? sorted[0];
  for (let i = sorted.length - 1; i >= 0; i--) if (sorted[i].start < offset) return sorted[i];
  return sorted[sorted.length - 1];
}
