// The editor's view of an article: the automatic analysis with the human decisions applied.
// Rejected suggestions leave the analysis (and are remembered, so they do not come back);
// accepted ones are marked; corrections (type, speaker) replace what the analysis guessed;
// annotations added by hand join it; orphans are listed apart. Pure: used by the editor and exports.
import type { Analysis, Hedge, Quote, Range, Speaker } from '../core/types';
import type { Annotation, AnnotationStatus, Person } from './model';

export interface Reviewed {
  analysis: Analysis;
  /** Decision per quote or hedge id; absent means an undecided suggestion. */
  status: Map<string, AnnotationStatus>;
  /** The annotation behind each decided or added item. */
  annotationOf: Map<string, Annotation>;
  rejected: { id: string; start: number; end: number; text: string; kind: string }[];
  orphans: Annotation[];
  /** Hand-marked speaker mentions and notes, painted on their own. */
  speakerMarks: Annotation[];
  notes: Annotation[];
}

const sameSpan = (a: Range, b: Range) => a.start === b.start && a.end === b.end;
const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;

export function applyDecisions(a: Analysis, annotations: readonly Annotation[], people: readonly Person[]): Reviewed {
  const status = new Map<string, AnnotationStatus>();
  const annotationOf = new Map<string, Annotation>();
  const rejected: Reviewed['rejected'] = [];
  const orphans = annotations.filter((x) => x.orphaned);
  const live = annotations.filter((x) => !x.orphaned);
  const byId = new Map(live.map((x) => [x.id, x]));
  const used = new Set<string>();
  const speakers: Speaker[] = a.speakers.map((s) => {
    const p = people.find((x) => x.id === s.id);
    return p ? { ...s, name: p.name, role: p.role ?? s.role, aliases: p.aliases.length ? p.aliases : s.aliases } : s;
  });
  for (const p of people) if (!speakers.some((s) => s.id === p.id)) speakers.push({ id: p.id, name: p.name, role: p.role, aliases: p.aliases, kind: 'person', mentions: [] });
  const nameOf = (id: string | undefined) => speakers.find((s) => s.id === id)?.name;

  const decide = <T extends { id: string; start: number; end: number; text: string }>(item: T, kind: string): Annotation | undefined => {
    // By id where the decision's text is still there: when the first of two equal quotes is deleted,
    // the second takes over its id („q-…“ instead of „q-…-2“), but not its decision.
    const mine = byId.get(item.id);
    const ann = (mine && !used.has(mine.id) && overlaps(mine.target, item) ? mine : undefined)
      ?? live.find((x) => x.kind === kind && !used.has(x.id) && sameSpan(x.target, item));
    if (!ann) return undefined;
    used.add(ann.id);
    status.set(item.id, ann.status);
    annotationOf.set(item.id, ann);
    if (ann.status === 'rejected') rejected.push({ id: item.id, start: item.start, end: item.end, text: item.text, kind });
    return ann;
  };

  const quotes: Quote[] = [];
  for (const q of a.quotes) {
    const ann = decide(q, 'quote');
    if (ann?.status === 'rejected') continue;
    if (!ann) { quotes.push(q); continue; }
    const corrected: Quote = { ...q, ...(ann.type ? { type: ann.type } : {}) };
    if (ann.speaker) {
      corrected.speaker = { ...(q.speaker ?? { start: q.start, end: q.start, text: '' }), speakerId: ann.speaker, name: nameOf(ann.speaker) ?? ann.speaker };
    }
    quotes.push(corrected);
  }
  const hedges: Hedge[] = [];
  for (const h of a.hedges) {
    const ann = decide(h, 'hedge');
    if (ann?.status === 'rejected') continue;
    hedges.push(ann?.hedgeKind ? { ...h, kind: ann.hedgeKind } : h);
  }
  const speakerMarks: Annotation[] = [];
  const notes: Annotation[] = [];
  const suggested = new Set([...a.quotes.map((q) => q.id), ...a.hedges.map((h) => h.id)]);
  for (const ann of live) {
    // A decision whose id now names a suggestion elsewhere (its text went; an equal quote took the
    // id over) would show as two items under one id: it waits among the orphans to be re-attached.
    if (!used.has(ann.id) && suggested.has(ann.id)) {
      orphans.push(ann);
      continue;
    }
    if (used.has(ann.id) || ann.status === 'rejected') {
      if (!used.has(ann.id)) status.set(ann.id, ann.status);
      continue;
    }
    status.set(ann.id, ann.status);
    annotationOf.set(ann.id, ann);
    const t = ann.target;
    if (ann.kind === 'quote') {
      quotes.push({
        id: ann.id, start: t.start, end: t.end, text: t.exact, type: ann.type ?? 'direct', confidence: 1,
        speaker: ann.speaker ? { start: t.start, end: t.start, text: '', speakerId: ann.speaker, name: nameOf(ann.speaker) ?? ann.speaker } : null,
        cue: null,
      });
    } else if (ann.kind === 'hedge') {
      const inQuote = quotes.some((q) => q.type === 'direct' && q.start <= t.start && t.end <= q.end);
      hedges.push({ id: ann.id, start: t.start, end: t.end, text: t.exact, kind: ann.hedgeKind ?? 'epistemic', sentence: { start: t.start, end: t.end }, inQuote });
    } else if (ann.kind === 'speaker') {
      speakerMarks.push(ann);
    } else {
      notes.push(ann);
    }
  }
  quotes.sort((x, y) => x.start - y.start);
  hedges.sort((x, y) => x.start - y.start);
  return { analysis: { ...a, quotes, hedges, speakers }, status, annotationOf, rejected, orphans, speakerMarks, notes };
}
