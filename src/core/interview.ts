// Interviews and transcripts: „STANDARD: Wie geht es weiter? Roth: Wir bauen den Kai aus.“ Each
// turn is a direct quote of the person its label names, with no quotation marks. A label alone
// („Fazit: …“, „Zweitens: …“) is no turn: only a dialogue counts, two labels with two turns each.
import type { Paragraph, Range, Span } from './types';

export const INTERVIEW_TURNS = 'speech/stage/interview-turns';
export const INTERVIEW_TURNS_DESCRIPTION = 'In an interview or transcript („STANDARD: …“ – „Roth: …“, two labels with two turns each or more), each turn is a direct quote of the person its label names; other speech found inside a turn goes.';

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
 */
const LABEL = /(?:^|(?<=(?<!\d)[.!?…“”"»«)\]])[ \t]+|(?<=\n)[ \t]*|(?<=[—–])[ \t]+)([A-ZÄÖÜ][\p{L}.\-]*(?:[ \t][A-ZÄÖÜ][\p{L}.\-]*){0,2})((?:[ \t]\([^()\n\d]{1,30}\))?):+[ \t]+(?=\S)/gu;
/** A turn's label must recur: a dialogue has at least two speakers with at least two turns each. */
const MIN_TURNS_PER_SPEAKER = 2;

/** The turns of an interview or transcript in the text, in order; none when the text is no dialogue. */
export function interviewTurns(text: string, paragraphs: readonly Paragraph[]): InterviewTurn[] {
  const found: { label: Range; labelText: string; after: number }[] = [];
  for (const m of text.matchAll(LABEL)) {
    const start = m.index + m[0].indexOf(m[1]);
    found.push({ label: { start, end: start + m[1].length }, labelText: m[1], after: m.index + m[0].length });
  }
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
