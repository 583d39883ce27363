// Interviews and transcripts: „STANDARD: Wie geht es weiter? Roth: Wir bauen den Kai aus.“ Each
// turn is what the person its label names says, with no quotation marks. A label alone
// („Fazit: …“, „Zweitens: …“) is no turn: only a dialogue counts, two labels with two turns each.
import type { Paragraph, Range, Span } from './types';

export const INTERVIEW_TURNS = 'speech/stage/interview-turns';
export const INTERVIEW_TURNS_DESCRIPTION = 'In an interview or transcript („STANDARD: …“ – „Roth: …“, two labels with two turns each or more), indirect speech inside a turn stands only with a frame in that turn; with the setting interviewTurns each turn is a direct quote of the person its label names.';

export interface InterviewTurn {
  /** The label without its colon („Roth“, „Präs.“; an aside such as „(zum Zeugen)“ left out). */
  label: Span;
  /** What the turn says: from after the colon to the next turn or the paragraph's end. */
  content: Span;
}

/**
 * A label opens the text, a line, or follows a sentence end or a dash: up to three capitalised
 * words (abbreviations with a dot, hyphens, all capitals), an aside in brackets, then a colon.
 * (Digits and commas never, nor a dot after a number: „Dienstag, 24. Oktober:“ is a date line.)
 * Read from each colon backwards — colons are rare, so a keystroke in a long article costs little.
 */
const LABEL_WORD = /^[A-ZÄÖÜ][\p{L}.\-]*$/u;
const SENTENCE_END = /[.!?…“”"»«)\]]/;
const MAX_WORDS = 3;
/** Longest label word and aside read back from a colon. */
const MAX_WORD = 40, MAX_ASIDE = 32;

/** A label and where its words start (after the colon and spaces). */
export interface TurnLabel { label: Range; labelText: string; after: number }

/** The labels in a text (a paragraph: its start is a line's start), offsets relative to it. */
export function turnLabels(text: string): TurnLabel[] {
  const out: TurnLabel[] = [];
  for (let c = text.indexOf(':'); c >= 0; c = text.indexOf(':', c + 1)) {
    let after = c + 1;
    while (text[after] === ':') after++;
    if (text[after] !== ' ' && text[after] !== '\t') continue;
    while (text[after] === ' ' || text[after] === '\t') after++;
    if (after >= text.length || /\s/.test(text[after])) continue;
    const label = labelBefore(text, c);
    if (label) out.push({ label, labelText: text.slice(label.start, label.end), after });
    c = after - 1;
  }
  return out;
}

/** The label ending at the colon c (past an aside „(zum Zeugen)“), or null. */
function labelBefore(text: string, c: number): Range | null {
  let end = c;
  if (text[end - 1] === ')') {
    // (The aside is short: look back no further than that, so that no colon reads the whole text.)
    let open = end - 2;
    while (open >= 0 && end - open <= MAX_ASIDE && text[open] !== '(') open--;
    if (open < 0 || text[open] !== '(' || /[()\n\d]/.test(text.slice(open + 1, end - 1)) || !/[ \t]/.test(text[open - 1] ?? '')) return null;
    end = open - 1;
  }
  // The words before, right to left; the label starts at the leftmost word with a boundary before it.
  let best: number | null = null;
  let wordEnd = end;
  for (let w = 0; w < MAX_WORDS; w++) {
    let s = wordEnd;
    while (s > 0 && wordEnd - s <= MAX_WORD && !/[ \t\n]/.test(text[s - 1])) s--;
    if (s === wordEnd || wordEnd - s > MAX_WORD || !LABEL_WORD.test(text.slice(s, wordEnd))) break;
    if (boundaryBefore(text, s)) best = s;
    if (s === 0 || !/[ \t]/.test(text[s - 1])) break;
    wordEnd = s - 1;
  }
  return best === null ? null : { start: best, end };
}

/** Whether a label may start at s: the text's start, a line's start, or after a sentence end or a dash and a space. */
function boundaryBefore(text: string, s: number): boolean {
  if (s === 0) return true;
  let k = s;
  while (k > 0 && (text[k - 1] === ' ' || text[k - 1] === '\t')) k--;
  if (k === 0 || text[k - 1] === '\n') return true;
  if (k === s) return false;
  const mark = text[k - 1];
  if (mark === '—' || mark === '–') return true;
  return SENTENCE_END.test(mark) && !/\d/.test(text[k - 2] ?? '');
}

/** A turn's label must recur: a dialogue has at least two speakers with at least two turns each. */
const MIN_TURNS_PER_SPEAKER = 2;

/**
 * The turns of an interview or transcript in the text, in order; none when the text is no
 * dialogue. `found` are the labels of the whole text in order (the analysis keeps each
 * paragraph's labels with its cached result); without it the text is read here.
 */
export function interviewTurns(text: string, paragraphs: readonly Paragraph[], found: readonly TurnLabel[] = turnLabels(text)): InterviewTurn[] {
  if (found.length < 2 * MIN_TURNS_PER_SPEAKER) return [];
  const count = new Map<string, number>();
  for (const f of found) count.set(f.labelText, (count.get(f.labelText) ?? 0) + 1);
  const speakers = new Set([...count].filter(([, n]) => n >= MIN_TURNS_PER_SPEAKER).map(([label]) => label));
  if (speakers.size < 2) return [];
  const turns = found.filter((f) => speakers.has(f.labelText));
  const out: InterviewTurn[] = [];
  let p = 0;
  turns.forEach((f, k) => {
    // (Turns come in text order: one pass over the paragraphs, so a long transcript stays linear.)
    while (p < paragraphs.length && paragraphs[p].end <= f.after) p++;
    const paragraph = paragraphs[p];
    if (!paragraph || paragraph.start > f.after || paragraph.kind === 'header') return;
    const next = turns[k + 1];
    let end = next && next.label.start < paragraph.end ? next.label.start : paragraph.end;
    // (Back over the space and the dash before the next label: „… Jahr bevor. – DIE FRAU: …“.)
    while (end > f.after && /[\s—–]/.test(text[end - 1])) end--;
    if (end <= f.after) return;
    out.push({ label: spanOf(text, f.label), content: spanOf(text, { start: f.after, end }) });
  });
  return out;
}

function spanOf(text: string, r: Range): Span {
  return { start: r.start, end: r.end, text: text.slice(r.start, r.end) };
}
