// Re-anchoring, the way Hypothesis does it: (1) the stored position if the text there still equals
// `exact` in the same context; (2) an exact search for `exact`, scored by prefix, suffix and
// distance from the old position; (3) an approximate match (Myers' algorithm from
// approx-string-match); (4) orphaned, never dropped. A decision that lands on the wrong sentence is
// worse than an orphan, so (2) and (3) take a place only where the words around it match too
// (contextMatches); the orphan's candidates are offered for re-attachment. Plus live shifting of
// targets from editor change events, which needs no search.
import search from 'approx-string-match';
import { CONTEXT, makeTarget, type Annotation, type Target } from './model';

export type AnchorHow = 'position' | 'exact' | 'fuzzy' | 'orphaned';

export interface Anchored {
  how: AnchorHow;
  start: number;
  end: number;
}

/** Max. share of the quoted text that may differ for a fuzzy match. */
const FUZZY_ERRORS = 0.2;
/** Longer targets are matched fuzzily by their head and tail only (bounded cost). */
const FUZZY_MAX = 256;
/** How far from the old position a fuzzy match is looked for (characters, each side). */
const FUZZY_WINDOW = 4000;

export function anchor(text: string, t: Target): Anchored {
  if (atPosition(text, t.start, t)) return { how: 'position', start: t.start, end: t.end };
  if (!t.exact) return { how: 'orphaned', start: t.start, end: t.end };
  // 2. Exact occurrences, best context first.
  const [best] = exactCandidates(text, t);
  if (best && contextMatches(text, best.start, best.end, t)) return { how: 'exact', start: best.start, end: best.end };
  // 3. Approximate, near where the text was: a far-away approximate match is more likely a
  // different passage than the same one edited, and the window bounds the cost.
  const window = Math.max(FUZZY_WINDOW, t.exact.length * 8);
  const from = Math.max(0, Math.min(t.start, text.length) - window);
  const fuzzy = fuzzyFind(text.slice(from, Math.min(text.length, t.end + window)), { ...t, start: t.start - from, end: t.end - from });
  if (fuzzy && contextMatches(text, fuzzy.start + from, fuzzy.end + from, t)) return { how: 'fuzzy', start: fuzzy.start + from, end: fuzzy.end + from };
  return { how: 'orphaned', start: t.start, end: t.end };
}

/**
 * The stored text at `start` with at least one side of its context unchanged: where the words
 * stand where they stood, one matching side is enough (a search elsewhere needs both, see
 * contextMatches).
 */
function atPosition(text: string, start: number, t: Target): boolean {
  if (start < 0 || start + t.exact.length > text.length || !text.startsWith(t.exact, start)) return false;
  const end = start + t.exact.length;
  const prefix = commonSuffix(text.slice(Math.max(0, start - CONTEXT), start), t.prefix);
  const suffix = commonPrefix(text.slice(end, end + CONTEXT), t.suffix);
  return prefix >= Math.min(CONTEXT_AGREE, t.prefix.length) || suffix >= Math.min(CONTEXT_AGREE, t.suffix.length);
}

/** Every place the exact text occurs, best context first (for re-attaching an orphan by hand too). */
export function exactCandidates(text: string, t: Target): { start: number; end: number; score: number }[] {
  const out: { start: number; end: number; score: number }[] = [];
  if (!t.exact) return out;
  for (let i = text.indexOf(t.exact); i >= 0 && out.length < MAX_CANDIDATES; i = text.indexOf(t.exact, i + 1)) {
    out.push({ start: i, end: i + t.exact.length, score: contextScore(text, i, i + t.exact.length, t) });
  }
  return out.sort((a, b) => b.score - a.score || a.start - b.start);
}

const MAX_CANDIDATES = 1000;
/** Characters of context that must agree on each side, where the stored context has that many. */
const CONTEXT_AGREE = 8;

/**
 * Whether the words around [start, end) are the stored ones: both sides agree for their first
 * CONTEXT_AGREE characters (fewer where the stored context is shorter, at the text's ends), or one
 * side agrees in full — text typed right against a decision changes only that side.
 */
export function contextMatches(text: string, start: number, end: number, t: Target): boolean {
  const prefix = commonSuffix(text.slice(Math.max(0, start - CONTEXT), start), t.prefix);
  const suffix = commonPrefix(text.slice(end, end + CONTEXT), t.suffix);
  const prefixOk = prefix >= Math.min(CONTEXT_AGREE, t.prefix.length);
  const suffixOk = suffix >= Math.min(CONTEXT_AGREE, t.suffix.length);
  return (prefixOk && suffixOk) || (prefix === t.prefix.length && prefix >= CONTEXT_AGREE) || (suffix === t.suffix.length && suffix >= CONTEXT_AGREE);
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** Matching context counts most; distance from the old position breaks ties. */
function contextScore(text: string, start: number, end: number, t: Target): number {
  const prefix = commonSuffix(text.slice(Math.max(0, start - CONTEXT), start), t.prefix);
  const suffix = commonPrefix(text.slice(end, end + CONTEXT), t.suffix);
  const distance = Math.abs(start - t.start) / Math.max(1, text.length);
  return prefix + suffix - distance;
}

function fuzzyFind(text: string, t: Target): { start: number; end: number } | null {
  const exact = t.exact;
  if (exact.length <= FUZZY_MAX) {
    const maxErrors = Math.floor(exact.length * FUZZY_ERRORS);
    if (maxErrors < 1) return null;
    const matches = search(text, exact, maxErrors);
    if (!matches.length) return null;
    const best = matches.reduce((a, b) => (b.errors < a.errors || (b.errors === a.errors && contextScore(text, b.start, b.end, t) > contextScore(text, a.start, a.end, t)) ? b : a));
    return { start: best.start, end: best.end };
  }
  // A long target: find its head and its tail, and take what lies between when it is about as long.
  const head = fuzzyFind(text, { ...t, exact: exact.slice(0, FUZZY_MAX / 2), suffix: '' });
  const tail = fuzzyFind(text, { ...t, exact: exact.slice(-FUZZY_MAX / 2), prefix: '' });
  if (!head || !tail || tail.end <= head.start) return null;
  const length = tail.end - head.start;
  return Math.abs(length - exact.length) <= exact.length * FUZZY_ERRORS ? { start: head.start, end: tail.end } : null;
}

export interface ReanchorReport {
  moved: { id: string; from: number; to: number; how: AnchorHow }[];
  orphaned: string[];
  /** Orphans that found their text again. */
  restored: string[];
}

/**
 * Re-anchors every annotation to a changed text. Returns new annotation objects (targets updated
 * to the found text and context; orphans keep their last target) and what happened. Never drops one.
 */
export function reanchorAll(text: string, annotations: readonly Annotation[]): { annotations: Annotation[]; report: ReanchorReport } {
  const report: ReanchorReport = { moved: [], orphaned: [], restored: [] };
  // An outside edit shifts runs of annotations by the same amount: after the stored position, try
  // the last shift, which spares a search of the whole text for most of them.
  let lastDelta = 0;
  const out = annotations.map((a) => {
    const t = a.target;
    const guess = t.start + lastDelta;
    const found: Anchored = lastDelta !== 0 && t.exact && !atPosition(text, t.start, t) && atPosition(text, guess, t)
      ? { how: 'exact', start: guess, end: guess + t.exact.length }
      : anchor(text, t);
    if (found.how !== 'orphaned') lastDelta = found.start - t.start;
    if (found.how === 'orphaned') {
      report.orphaned.push(a.id);
      return a.orphaned ? a : { ...a, orphaned: true };
    }
    if (a.orphaned) report.restored.push(a.id);
    const moved = found.start !== a.target.start || found.end !== a.target.end;
    if (moved) report.moved.push({ id: a.id, from: a.target.start, to: found.start, how: found.how });
    if (!moved && !a.orphaned && found.how === 'position' && a.target.prefix === text.slice(Math.max(0, found.start - CONTEXT), found.start)) return a;
    const { orphaned: _dropped, ...rest } = a;
    return { ...rest, target: makeTarget(text, found.start, found.end) };
  });
  return { annotations: out, report };
}

/** One edit as VS Code reports it: the replaced range (in the old text) and the new text. */
export interface TextChange {
  start: number;
  end: number;
  text: string;
}

/**
 * Several edits of one change event (all relative to the text before it): positions are shifted
 * edit by edit, last edit first. Text inserted before a target shifts it; an edit inside it changes
 * its extent; an edit across its boundary clamps it; a target deleted whole becomes an orphan with
 * its last target. Where an edit reaches a target or its context, `exact` and the context are read
 * once from the new text, so the target always equals what the document shows.
 */
export function shiftAnnotationsBy(annotations: readonly Annotation[], changes: readonly TextChange[], newText: string): Annotation[] {
  const ordered = [...changes].sort((a, b) => b.start - a.start);
  return annotations.map((a) => {
    if (a.orphaned) return a;
    let { start, end } = a.target;
    let touched = false;
    // Whether an edit reaches the target or its context (in the text before the edits): then its
    // words are read again; else only its offsets move.
    let reread = false;
    for (const c of ordered) {
      const delta = c.text.length - (c.end - c.start);
      if (c.end >= a.target.start - CONTEXT && c.start <= a.target.end + CONTEXT) reread = true;
      if (c.start >= end) continue;
      touched = true;
      if (c.end <= start) { start += delta; end += delta; continue; }
      if (c.start <= start) start = c.start + c.text.length;
      if (c.end >= end) end = Math.max(start, c.start); else end += delta;
      if (end <= start) return { ...a, orphaned: true };
    }
    if (reread) return { ...a, target: makeTarget(newText, start, end) };
    return touched ? { ...a, target: { ...a.target, start, end } } : a;
  });
}

/** Applies one edit to every annotation: targets shift, deleted ones become orphans with their last target. */
export function shiftAnnotations(annotations: readonly Annotation[], change: TextChange, newText: string): Annotation[] {
  return shiftAnnotationsBy(annotations, [change], newText);
}
