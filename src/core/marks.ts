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

/** Every character the switch in scanMarks handles (global: scanMarks sets lastIndex before each use). */
const MARK = /[„‚›“”‘’«»‹"]/g;

export function scanMarks(text: string, start: number, end: number): MarkScan {
  const quotes: QuoteSpan[] = [];
  const diagnostics: Diagnostic[] = [];
  const stack: Opened[] = [];
  const unbalanced = (at: number, message: string) =>
    diagnostics.push({ start: at, end: at + 1, code: 'unbalanced-quote', severity: 'warning', message });
  const open = (mark: string, at: number) => stack.push({ mark, at });
  const close = (index: number, at: number) => {
    // Marks opened after the one being closed were never closed themselves.
    while (stack.length - 1 > index) {
      const lost = stack.pop()!;
      if (lost.mark !== '‚' && lost.mark !== '‘') unbalanced(lost.at, `Opening mark ${lost.mark} is never closed.`);
    }
    const o = stack.pop()!;
    quotes.push({ start: o.at, end: at + 1, open: o.mark, closed: true, depth: stack.length });
  };
  const findOpen = (marks: string[]) => {
    for (let i = stack.length - 1; i >= 0; i--) if (marks.includes(stack[i].mark)) return i;
    return -1;
  };
  // (The regex jumps from mark to mark: most characters are none, and this runs over every one.)
  MARK.lastIndex = start;
  for (let m = MARK.exec(text); m && m.index < end; m = MARK.exec(text)) {
    const i = m.index;
    const c = m[0];
    switch (c) {
      case '„':
      case '‚':
      case '›': {
        // German does not nest a mark inside the same mark: an earlier one was left open — unless the
        // new one stands mid-sentence and two closing marks follow („Wir haben „Small Business“ gehabt.“).
        const same = findOpen([c]);
        if (same >= 0 && same === stack.length - 1 && c === '„' && nestsInside(text, stack[same].at, i, end)) {
          open(c, i);
          break;
        }
        if (same >= 0 && same === stack.length - 1) {
          unbalanced(stack[same].at, `Opening mark ${c} is never closed before the next one.`);
          stack.pop();
        }
        open(c, i);
        break;
      }
      case '“':
      case '”':
      case '‘':
      case '’':
      case '«':
      case '»':
      case '‹': {
        const idx = findOpen(OPENERS_OF[c]);
        if (idx >= 0) close(idx, i);
        else if (c === '“' || c === '‘') {
          // English-style opener, when something later can close it.
          if (isWordChar(text[i + 1]) && text.indexOf(c === '“' ? '”' : '’', i + 1) >= 0 && text.indexOf(c === '“' ? '”' : '’', i + 1) < end) open(c, i);
          else if (c === '“') unbalanced(i, 'Closing mark “ without an opening „.');
        } else if (c === '»' || c === '«' || c === '‹') open(c, i);
        else if (c === '”') unbalanced(i, 'Closing mark ” without an opening mark.');
        // A lone ’ is an apostrophe.
        break;
      }
      case '"': {
        const idx = findOpen(['"']);
        const prev = i > start ? text[i - 1] : ' ';
        const next = text[i + 1] ?? ' ';
        const canOpen = !isWordChar(prev) && !/\s/.test(next);
        const german = findOpen(['„']);
        if (idx >= 0 && !(canOpen && idx !== stack.length - 1 && /\s/.test(prev))) close(idx, i);
        else if (canOpen) open('"', i);
        // „…" with an ASCII closing mark, common in pasted text.
        else if (german >= 0) close(german, i);
        else unbalanced(i, 'ASCII quotation mark " without a partner.');
        break;
      }
    }
  }
  for (const o of stack) {
    quotes.push({ start: o.at, end, open: o.mark, closed: false, depth: stack.indexOf(o) });
  }
  quotes.sort((a, b) => a.start - b.start);
  return { quotes, diagnostics };
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
