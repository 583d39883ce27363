// Pairs quotation marks inside one paragraph. German „…“ and »…«, Swiss «…», English “…”,
// single ‚…‘ and ›…‹ inside, and ASCII "…". Unbalanced marks become diagnostics; scanning
// always goes on, so one stray mark never spoils the rest of the article.
import type { Diagnostic } from './types';

export interface QuoteSpan {
  /** Offset of the opening mark. */
  start: number;
  /** Offset just after the closing mark, or the paragraph end for an open quote. */
  end: number;
  open: string;
  closed: boolean;
  /** Depth 0 for outer quotes, 1 for quotes inside them. */
  depth: number;
}

export interface MarkScan {
  quotes: QuoteSpan[];
  diagnostics: Diagnostic[];
}

interface Opened {
  mark: string;
  at: number;
}

const OPENERS_OF: Record<string, string[]> = {
  '“': ['„', '“'],
  '”': ['„', '“'],
  '«': ['»'],
  '»': ['«'],
  '‘': ['‚'],
  '’': ['‚', '‘'],
  '‹': ['›'],
  '›': ['‹'],
};

/**
 * Unbalanced marks listed one by one per paragraph; the rest get one summary. A pasted run of
 * marks would otherwise make a diagnostic per character: memory, and a Problems panel, to match.
 */
export const MAX_LISTED = 20;

/** Every character the switch in scanMarks handles (global: scanMarks sets lastIndex before each use). */
const MARK = /[„‚›“”‘’«»‹"]/g;

export function scanMarks(text: string, start: number, end: number): MarkScan {
  const scan = new MarkScanner(text, start, end);
  // (The regex jumps from mark to mark: most characters are none, and this runs over every one.)
  // (`test`, not `exec`: exec allocates a match array per mark, one per character of a pasted run.)
  MARK.lastIndex = start;
  while (MARK.test(text)) {
    const at = MARK.lastIndex - 1;
    if (at >= end) break;
    const c = MARK_STRING.get(text.charCodeAt(at)) as string;
    if (c === '„' || c === '‚' || c === '›') scan.opener(c, at);
    else if (c === '"') scan.ascii(at);
    else scan.closer(c, at);
  }
  return scan.finish();
}

/** Each mark's character code and its (shared) string. */
const MARK_STRING = new Map([...'„‚›“”‘’«»‹"'].map((c) => [c.charCodeAt(0), c]));

/** The open marks of one paragraph as a stack; what each kind of mark does to it. */
class MarkScanner {
  private readonly quotes: QuoteSpan[] = [];
  private readonly diagnostics: Diagnostic[] = [];
  private readonly stack: Opened[] = [];
  /** Unbalanced marks beyond the listed ones (see MAX_LISTED), and where the first of them is. */
  private unlisted = 0;
  private firstUnlisted = 0;

  constructor(private readonly text: string, private readonly start: number, private readonly end: number) {}

  /**
   * „ ‚ ›: German does not nest a mark inside the same mark, so an earlier one was left open —
   * unless the new one stands mid-sentence and two closing marks follow („Wir haben „Small
   * Business“ gehabt.“).
   */
  opener(c: string, i: number): void {
    const { stack } = this;
    const same = this.findOpen([c]);
    if (same >= 0 && same === stack.length - 1 && !(c === '„' && nestsInside(this.text, stack[same].at, i, this.end))) {
      this.unbalanced(stack[same].at, `Opening mark ${c} is never closed before the next one.`);
      stack.pop();
    }
    stack.push({ mark: c, at: i });
  }

  /** “ ” ‘ ’ « » ‹: closes its opener; “ and ‘ may open English-style, » « ‹ open German or Swiss style. */
  closer(c: string, i: number): void {
    const { text } = this;
    const idx = this.findOpen(OPENERS_OF[c]);
    if (idx >= 0) this.close(idx, i);
    else if (c === '“' || c === '‘') {
      // English-style opener, when something later can close it.
      const partner = text.indexOf(c === '“' ? '”' : '’', i + 1);
      if (isWordChar(text[i + 1]) && partner >= 0 && partner < this.end) this.stack.push({ mark: c, at: i });
      else if (c === '“') this.unbalanced(i, 'Closing mark “ without an opening „.');
    } else if (c === '»' || c === '«' || c === '‹') this.stack.push({ mark: c, at: i });
    else if (c === '”') this.unbalanced(i, 'Closing mark ” without an opening mark.');
    // A lone ’ is an apostrophe.
  }

  /** ASCII ": opens before a word, closes after one; closes a German „ in pasted text („…"). */
  ascii(i: number): void {
    const { text, stack } = this;
    const idx = this.findOpen(['"']);
    const prev = i > this.start ? text[i - 1] : ' ';
    const next = text[i + 1] ?? ' ';
    const canOpen = !isWordChar(prev) && !/\s/.test(next);
    const german = this.findOpen(['„']);
    if (idx >= 0 && !(canOpen && idx !== stack.length - 1 && /\s/.test(prev))) this.close(idx, i);
    else if (canOpen) stack.push({ mark: '"', at: i });
    else if (german >= 0) this.close(german, i);
    else this.unbalanced(i, 'ASCII quotation mark " without a partner.');
  }

  finish(): MarkScan {
    const { quotes, stack } = this;
    stack.forEach((o, depth) => quotes.push({ start: o.at, end: this.end, open: o.mark, closed: false, depth }));
    quotes.sort((a, b) => a.start - b.start);
    if (this.unlisted) {
      this.diagnostics.push({
        start: this.firstUnlisted, end: this.firstUnlisted + 1, code: 'unbalanced-quote', severity: 'warning',
        message: `${this.unlisted} more unbalanced quotation marks in this paragraph are not listed one by one.`,
      });
    }
    return { quotes, diagnostics: this.diagnostics };
  }

  private close(index: number, at: number): void {
    const { stack } = this;
    // Marks opened after the one being closed were never closed themselves.
    while (stack.length - 1 > index) {
      const lost = stack.pop()!;
      if (lost.mark !== '‚' && lost.mark !== '‘') this.unbalanced(lost.at, `Opening mark ${lost.mark} is never closed.`);
    }
    const o = stack.pop()!;
    this.quotes.push({ start: o.at, end: at + 1, open: o.mark, closed: true, depth: stack.length });
  }

  private findOpen(marks: string[]): number {
    for (let i = this.stack.length - 1; i >= 0; i--) if (marks.includes(this.stack[i].mark)) return i;
    return -1;
  }

  private unbalanced(at: number, message: string): void {
    if (this.diagnostics.length >= MAX_LISTED) {
      if (!this.unlisted++) this.firstUnlisted = at;
      return;
    }
    this.diagnostics.push({ start: at, end: at + 1, code: 'unbalanced-quote', severity: 'warning', message });
  }
}

/** A „ inside an open „ is a nested quote when no sentence ended since and two closers follow in the paragraph. */
function nestsInside(text: string, outer: number, at: number, end: number): boolean {
  if (/[.!?:]\s/.test(text.slice(outer + 1, at))) return false;
  let closers = 0;
  for (let k = at + 1; k < end && closers < 2; k++) {
    const ch = text[k];
    if (ch === '“' || ch === '”') closers++;
    else if (ch === '„' && closers === 0) return false;
  }
  return closers >= 2;
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}
