// What every exporter writes: the article's speech, hedges and notes with the editors' decisions,
// chosen by status. Built from the reviewed analysis (automatic suggestions + sidecar decisions).
import { applyDecisions, reanchorAll, type Annotation, type Person, type SidecarData } from '../annotations';
import { withPieces } from '../core/prediction';
import type { Analysis, HedgeKind, Span, SpeechType } from '../core/types';

export type ExportStatus = 'accepted' | 'suggested' | 'rejected';

export interface ExportItem {
  id: string;
  kind: 'quote' | 'hedge' | 'speaker' | 'note' | string;
  status: ExportStatus;
  type?: SpeechType;
  speaker?: { id?: string; name: string; role?: string; aliases?: string[]; mention?: Span };
  cue?: Span;
  /** Who passed the quote on, when that is not the speaker: „wird von der BBC zitiert“, „erklärte laut Reuters“. */
  medium?: { name: string; mention: Span };
  text: string;
  start: number;
  end: number;
  segments?: Span[];
  hedgeKind?: HedgeKind;
  inQuote?: boolean;
  note?: string;
}

export interface ExportDoc {
  file: string;
  text: string;
  date?: string;
  speakers: Person[];
  items: ExportItem[];
  /** Annotations whose text was not found; listed, not exported as targets. */
  orphans: Annotation[];
  /** Decisions whose text had moved since the sidecar was saved: exported where the text is now. */
  moved: number;
  /** Whether a sidecar with decisions existed. */
  reviewed: boolean;
}

export interface ExportOptions {
  /** Include undecided suggestions (default: only accepted, unless there is no sidecar at all). */
  includeSuggestions?: boolean;
  /** Include rejected decisions too (status `rejected`), so that an import of the export rejects them again. */
  includeRejections?: boolean;
}

export function buildExport(file: string, text: string, analysis: Analysis, sidecar: SidecarData | undefined, options: ExportOptions = {}): ExportDoc {
  // Decisions are re-anchored to the article as it is now: a target whose text moved follows it,
  // one whose text is gone (or whose offsets lie outside the text) is exported as an orphan.
  const reanchored = sidecar ? reanchorAll(text, sidecar.annotations) : undefined;
  const annotations = reanchored?.annotations ?? [];
  const review = sidecar ? applyDecisions(analysis, annotations, sidecar.speakers) : undefined;
  const a = review?.analysis ?? analysis;
  // Without a sidecar there are no decisions: the automatic analysis is the export.
  const withSuggestions = options.includeSuggestions ?? !sidecar;
  const statusOf = (id: string): ExportStatus | undefined => {
    const s = review?.status.get(id);
    if (s === 'accepted') return 'accepted';
    if (s === 'rejected') return undefined;
    return withSuggestions ? 'suggested' : undefined;
  };
  const people = new Map<string, Person>();
  for (const s of a.speakers) people.set(s.id, { id: s.id, name: s.name, ...(s.role ? { role: s.role } : {}), aliases: s.aliases });
  const items: ExportItem[] = [];
  for (const q of a.quotes) {
    const status = statusOf(q.id);
    if (!status) continue;
    const p = q.speaker?.speakerId ? people.get(q.speaker.speakerId) : undefined;
    const note = review?.annotationOf.get(q.id)?.note;
    items.push({
      id: q.id, kind: 'quote', status, type: q.type, text: q.text, start: q.start, end: q.end,
      ...(q.segments ? { segments: q.segments.map(plain) } : {}),
      ...(q.speaker ? { speaker: { ...(p ? { id: p.id } : q.speaker.speakerId ? { id: q.speaker.speakerId } : {}), name: p?.name ?? q.speaker.name ?? q.speaker.text, ...(p?.role ? { role: p.role } : {}), ...(p?.aliases?.length ? { aliases: p.aliases } : {}), ...(q.speaker.end > q.speaker.start ? { mention: withPieces(q.speaker) } : {}) } } : {}),
      ...(q.cue ? { cue: withPieces(q.cue) } : {}),
      ...(q.medium ? { medium: { name: q.medium.name ?? q.medium.text, mention: plain(q.medium) } } : {}),
      ...(note ? { note } : {}),
    });
  }
  for (const h of a.hedges) {
    const status = statusOf(h.id);
    if (!status) continue;
    const note = review?.annotationOf.get(h.id)?.note;
    items.push({ id: h.id, kind: 'hedge', status, hedgeKind: h.kind, inQuote: h.inQuote, text: h.text, start: h.start, end: h.end, ...(note ? { note } : {}) });
  }
  for (const n of [...(review?.notes ?? []), ...(review?.speakerMarks ?? [])]) {
    if (n.status === 'rejected' || (n.status === 'suggested' && !withSuggestions)) continue;
    const p = n.speaker ? people.get(n.speaker) : undefined;
    items.push({
      id: n.id, kind: n.kind, status: n.status === 'accepted' ? 'accepted' : 'suggested', text: n.target.exact, start: n.target.start, end: n.target.end,
      ...(p ? { speaker: { id: p.id, name: p.name, ...(p.role ? { role: p.role } : {}), ...(p.aliases?.length ? { aliases: p.aliases } : {}) } } : {}), ...(n.note ? { note: n.note } : {}),
    });
  }
  if (options.includeRejections) {
    // (A rejected suggestion is no longer in the analysis: its target comes from the sidecar.)
    const exported = new Set(items.map((i) => i.id));
    for (const r of annotations) {
      if (r.status !== 'rejected' || r.orphaned || exported.has(r.id)) continue;
      const p = r.speaker ? people.get(r.speaker) ?? sidecar?.speakers.find((s) => s.id === r.speaker) : undefined;
      items.push({
        id: r.id, kind: r.kind, status: 'rejected', text: r.target.exact, start: r.target.start, end: r.target.end,
        ...(r.type ? { type: r.type } : {}), ...(r.hedgeKind ? { hedgeKind: r.hedgeKind } : {}),
        ...(p ? { speaker: { id: p.id, name: p.name, ...(p.role ? { role: p.role } : {}), ...(p.aliases?.length ? { aliases: p.aliases } : {}) } } : {}), ...(r.note ? { note: r.note } : {}),
      });
    }
  }
  items.sort((x, y) => x.start - y.start || x.end - y.end || (x.id < y.id ? -1 : 1));
  const used = new Set(items.map((i) => i.speaker?.id).filter(Boolean));
  return {
    file, text, ...(analysis.header.date ? { date: analysis.header.date } : {}),
    speakers: [...people.values()].filter((p) => used.has(p.id)),
    items, orphans: review?.orphans ?? [], moved: reanchored?.report.moved.length ?? 0, reviewed: !!sidecar,
  };
}

function plain(s: Span): Span {
  return { start: s.start, end: s.end, text: s.text };
}

/** UTF-16 offset → Unicode code point offset (W3C selectors and brat count code points). */
export function codePointIndex(text: string): (offset: number) => number {
  let astral = false;
  for (let i = 0; i < text.length && !astral; i++) { const c = text.charCodeAt(i); astral = c >= 0xd800 && c <= 0xdbff; }
  if (!astral) return (o) => o;
  const map = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    if (!(c >= 0xd800 && c <= 0xdbff && i + 1 < text.length)) cp++;
  }
  map[text.length] = cp;
  return (o) => map[o];
}

/** Code point offset → UTF-16 offset (for imports). */
export function utf16Index(text: string): (cp: number) => number {
  const points: number[] = [];
  for (let i = 0; i < text.length; i++) {
    points.push(i);
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) i++;
  }
  points.push(text.length);
  return (cp) => points[Math.min(cp, points.length - 1)];
}
