// Checking direct quotes against their source (a transcript, a press release, a speech; plain
// text, Markdown or the text of a WebVTT/SRT subtitle file). Each quote is aligned word by word
// to the closest passage of the source and gets a verdict a fact-checker can act on.
//
// Finding the passage: every quote word votes for the source positions where the quote would
// start if that word matched there (a word's frequent occurrences are left out, so „die“ costs
// nothing); the best-voted starts are then aligned with a word-level edit distance that lets the
// quote skip source words (an omission) but counts every changed or added word. Linear in the
// source for building the index, and per quote proportional to its words' occurrences.

import { LineIndex } from './lines';

export type Verdict = 'exact' | 'exact-except-punctuation' | 'shortened' | 'words-changed' | 'not-found';

/** Best first: with several sources, a quote keeps the best verdict any of them gives (bestMatch). */
export const VERDICTS: readonly Verdict[] = ['exact', 'exact-except-punctuation', 'shortened', 'words-changed', 'not-found'];

/** The source that holds the quote best, and its match. */
export function bestMatch<S extends { index: SourceIndex }>(sources: readonly S[], quote: string): { source: S; match: SourceMatch } {
  return sources.map((source) => ({ source, match: source.index.check(quote) }))
    .reduce((a, b) => (VERDICTS.indexOf(b.match.verdict) < VERDICTS.indexOf(a.match.verdict) ? b : a));
}

/** One step of the word-level diff, quote against source. */
export interface DiffOp {
  op: 'same' | 'changed' | 'added' | 'left-out';
  /** The quote's word (same, changed, added). */
  quote?: string;
  /** The source's word (same, changed, left-out). */
  source?: string;
}

export interface SourceMatch {
  verdict: Verdict;
  /** The passage of the source in UTF-16 offsets (absent when not found). */
  start?: number;
  end?: number;
  /** 1-based line of the passage's start in the source. */
  line?: number;
  diff: DiffOp[];
  /** Quote words found in the passage, of all quote words. */
  matched: number;
  words: number;
}

interface Word { norm: string; start: number; end: number }

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
// A word occurring more often than this in the source does not vote (articles, pronouns, „und“).
const MAX_VOTING_OCCURRENCES = 40;
// Below this share of its words found in order, a quote is not in the source.
const MIN_FOUND_SHARE = 0.6;
// Skipping a source word costs less than a changed or added word (1): an omission of up to three
// words inside the passage is read as shortening, not as the quote's last words being made up.
const LEFT_OUT_COST = 0.3;
const normalize = (w: string) => w.normalize('NFC').toLowerCase().replace(/’/g, "'");

/**
 * The text a subtitle file shows: WEBVTT headers, NOTE blocks, cue numbers and timing lines become
 * spaces, and so do tags like <v Anna> — offsets stay those of the file.
 */
export function sourceText(raw: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  const isSubtitle = /^\uFEFF?WEBVTT\b/.test(raw) || /^\s*\d+\s*\r?\n\d\d:\d\d:\d\d[,.]\d+\s+-->/.test(raw);
  if (!isSubtitle) return raw;
  return raw
    .split('\n')
    .map((line) => (/-->|^\uFEFF?WEBVTT\b|^NOTE\b|^\s*\d+\s*\r?$/.test(line) ? blank(line) : line.replace(/<[^>]*>/g, blank)))
    .join('\n');
}

function wordsOf(text: string, offset = 0): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({ norm: normalize(m[0]), start: offset + m.index!, end: offset + m.index! + m[0].length }));
}

/** A source prepared once for many quotes. */
export class SourceIndex {
  readonly words: Word[];
  private readonly positions = new Map<string, number[]>();
  private readonly collapsed: string;
  readonly lines: LineIndex;

  constructor(readonly raw: string) {
    const text = sourceText(raw);
    this.words = wordsOf(text);
    this.words.forEach((w, i) => {
      const list = this.positions.get(w.norm);
      if (list) list.push(i); else this.positions.set(w.norm, [i]);
    });
    this.collapsed = text.replace(/\s+/g, ' ');
    this.lines = new LineIndex(raw);
  }

  lineOf(offset: number): number {
    return this.lines.lineOf(offset);
  }

  /** Checks one quote (with or without its quotation marks). */
  check(quote: string): SourceMatch {
    const inner = quote.replace(/^[\s„“”"‚‘’'«»›‹]+|[\s„“”"‚‘’'«»›‹]+$/g, '');
    const q = wordsOf(inner).map((w) => w.norm);
    if (!q.length) return { verdict: 'not-found', diff: [], matched: 0, words: 0 };
    const best = this.bestStarts(q)
      .map((start) => this.align(q, start))
      .sort((a, b) => b.matched - a.matched || a.cost - b.cost)[0];
    if (!best || best.matched < Math.max(1, Math.ceil(q.length * MIN_FOUND_SHARE))) {
      return { verdict: 'not-found', diff: q.map((w) => ({ op: 'added', quote: w })), matched: best?.matched ?? 0, words: q.length };
    }
    const start = this.words[best.from].start, end = this.words[best.to].end;
    const changed = best.diff.some((d) => d.op === 'changed' || d.op === 'added');
    const leftOut = best.diff.some((d) => d.op === 'left-out');
    const verdict: Verdict = changed ? 'words-changed'
      : leftOut ? 'shortened'
      : this.collapsed.includes(inner.replace(/\s+/g, ' ')) ? 'exact'
      : 'exact-except-punctuation';
    return { verdict, start, end, line: this.lineOf(start), diff: best.diff, matched: best.matched, words: q.length };
  }

  /** The source positions where the quote most likely starts, by the votes of its rarer words. */
  private bestStarts(q: string[]): number[] {
    const votes = new Map<number, number>();
    q.forEach((w, i) => {
      const at = this.positions.get(w);
      if (!at || at.length > MAX_VOTING_OCCURRENCES) return;
      for (const p of at) votes.set(p - i, (votes.get(p - i) ?? 0) + 1);
    });
    if (!votes.size) {
      // Only frequent words: let the first of them vote (short quotes like „Ja, das ist es.“).
      const at = this.positions.get(q[0]) ?? [];
      return at.slice(0, MAX_VOTING_OCCURRENCES);
    }
    // Nearby starts are one passage: votes are pooled over a few words either side.
    return [...votes.entries()].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([s]) => s);
  }

  /**
   * Aligns the whole quote to a window of the source around `start`: the quote may skip source
   * words (left out, cheap inside the passage, free before and after it); a quote word that is
   * not in the source is changed (against a skipped source word) or added.
   */
  private align(q: string[], start: number): { matched: number; cost: number; from: number; to: number; diff: DiffOp[] } {
    const lo = Math.max(0, start - 8);
    const hi = Math.min(this.words.length, start + q.length * 2 + 8);
    const s = this.words.slice(lo, hi).map((w) => w.norm);
    const n = q.length, m = s.length;
    // cost[i][j]: quote[0..i) aligned ending at source j; the passage may begin anywhere (row 0 free).
    const W = m + 1;
    const cost = new Float64Array((n + 1) * W);
    const back = new Uint8Array((n + 1) * W); // 1 same/changed (diagonal), 2 added (up), 3 left-out (left)
    for (let i = 1; i <= n; i++) { cost[i * W] = i; back[i * W] = 2; }
    for (let i = 1; i <= n; i++) {
      for (let j = 1; j <= m; j++) {
        const diag = cost[(i - 1) * W + j - 1] + (q[i - 1] === s[j - 1] ? 0 : 1);
        const up = cost[(i - 1) * W + j] + 1;
        const left = cost[i * W + j - 1] + LEFT_OUT_COST;
        let c = diag, b = 1;
        if (up < c) { c = up; b = 2; }
        if (left < c) { c = left; b = 3; }
        cost[i * W + j] = c; back[i * W + j] = b;
      }
    }
    // The passage may end anywhere: the cheapest end of the last row; of equal ones the later, so
    // that a last word that differs reads as changed against the source's word, not as added.
    let endJ = 0;
    for (let j = 1; j <= m; j++) if (cost[n * W + j] <= cost[n * W + endJ]) endJ = j;
    const diff: DiffOp[] = [];
    let i = n, j = endJ, matched = 0, firstJ = endJ;
    while (i > 0) {
      const b = back[i * W + j];
      if (b === 1) {
        const same = q[i - 1] === s[j - 1];
        if (same) matched++;
        diff.push(same ? { op: 'same', quote: q[i - 1], source: s[j - 1] } : { op: 'changed', quote: q[i - 1], source: s[j - 1] });
        firstJ = j - 1; i--; j--;
      } else if (b === 2) {
        diff.push({ op: 'added', quote: q[i - 1] }); i--;
      } else {
        diff.push({ op: 'left-out', source: s[j - 1] }); j--;
      }
    }
    diff.reverse();
    // (Source words skipped before the first aligned word are outside the passage.)
    while (diff.length && diff[0].op === 'left-out') diff.shift();
    const to = lo + Math.max(firstJ, endJ - 1);
    // (endJ is a count of source words: its last word is endJ - 1.)
    return { matched, cost: cost[n * W + endJ], from: lo + firstJ, to, diff };
  }
}
