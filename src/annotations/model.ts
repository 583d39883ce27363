// The annotation model: human decisions about an article, kept in a sidecar YAML file.
// Automatic detections are suggestions computed on the fly; only decisions are stored.
import type { AnnotationStatus, HedgeKind, SpeechType } from '../core/kinds';

export { BUILTIN_KINDS, STATUSES, type AnnotationStatus } from '../core/kinds';

export const SCHEMA_VERSION = 1;

// (Built-in kinds and states are defined in core/kinds.ts; users may add their own kinds as labels
// in the settings, `zitatlupe.annotationKinds`.)

/** W3C Web Annotation selectors in one: TextPositionSelector (start/end) + TextQuoteSelector (exact/prefix/suffix). */
export interface Target {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

export interface Annotation {
  id: string;
  kind: string;
  status: AnnotationStatus;
  type?: SpeechType;
  /** Id of a person in the sidecar's `speakers`. */
  speaker?: string;
  cue?: string;
  hedgeKind?: HedgeKind;
  note?: string;
  author?: string;
  created?: string;
  modified?: string;
  /** Set when the target text can no longer be found; the annotation is kept and shown under „Verwaist“. */
  orphaned?: boolean;
  target: Target;
}

export interface Person {
  id: string;
  name: string;
  role?: string;
  aliases: string[];
}

/** A source the article's quotes were checked against: path relative to the article's folder. */
export interface SourceRecord {
  path: string;
  /** SHA-256 of the source text (UTF-8) when it was checked, so a changed source is noticed. */
  sha256: string;
  /** When it was checked (ISO date-time). */
  checked?: string;
}

export interface SidecarData {
  version: number;
  document: { file: string; sha256?: string; date?: string };
  speakers: Person[];
  annotations: Annotation[];
  /** Sources recorded by the source check; absent when none was. */
  sources?: SourceRecord[];
}

/** Characters of context kept on each side of a target (as Hypothesis does). */
export const CONTEXT = 32;

export function makeTarget(text: string, start: number, end: number): Target {
  return { start, end, exact: text.slice(start, end), prefix: contextBefore(text, start), suffix: contextAfter(text, end) };
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Up to `n` UTF-16 units before `start`, never beginning inside a surrogate pair (an emoji). */
export function contextBefore(text: string, start: number, n = CONTEXT): string {
  let from = Math.max(0, start - n);
  if (from > 0 && isLow(text.charCodeAt(from)) && isHigh(text.charCodeAt(from - 1))) from++;
  return text.slice(from, start);
}

/** Up to `n` UTF-16 units after `end`, never ending inside a surrogate pair. */
export function contextAfter(text: string, end: number, n = CONTEXT): string {
  let to = Math.min(text.length, end + n);
  if (to < text.length && isLow(text.charCodeAt(to)) && isHigh(text.charCodeAt(to - 1))) to--;
  return text.slice(end, to);
}

/** Stable order for files and diffs: by position, then id. */
export function compareAnnotations(a: Annotation, b: Annotation): number {
  return a.target.start - b.target.start || a.target.end - b.target.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function emptySidecar(file: string): SidecarData {
  return { version: SCHEMA_VERSION, document: { file }, speakers: [], annotations: [] };
}

/** A new id that is not yet taken: `a-` + base36 time + counter. */
export function newAnnotationId(taken: ReadonlySet<string>, prefix = 'a'): string {
  let n = Date.now();
  let id: string;
  do id = `${prefix}-${(n++).toString(36)}`; while (taken.has(id));
  return id;
}
