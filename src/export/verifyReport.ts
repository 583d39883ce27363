// The source check as a Markdown report for the newsroom (German, like the annotation report):
// per verdict the quotes, with speaker, the line of the passage in the source and, where words
// differ, a word diff — source words the quote lacks struck through, quote words the source lacks
// in bold. Every value is escaped as in the annotation report.
import type { DiffOp, Verdict } from '../core/sourceCheck';
import { blockSafe, escape } from './markdown';

export interface CheckedQuote {
  text: string;
  speaker?: string | null;
  verdict: Verdict;
  /** 1-based line of the passage in the source. */
  line?: number;
  diff: DiffOp[];
  /** Which source it was found in, when several were checked. */
  source?: string;
}

export interface CheckedSource {
  name: string;
  sha256?: string;
  /** The source's text differs from what the sidecar recorded. */
  changed?: boolean;
}

const HEADINGS: [Verdict, string, string][] = [
  ['not-found', 'Nicht in der Quelle gefunden', 'nicht gefunden'],
  ['words-changed', 'Wörter geändert', 'mit geänderten Wörtern'],
  ['shortened', 'Gekürzt', 'gekürzt'],
  ['exact-except-punctuation', 'Wörtlich bis auf Zeichensetzung oder Großschreibung', 'wörtlich bis auf Zeichensetzung'],
  ['exact', 'Wörtlich', 'wörtlich'],
];

export function verificationReport(article: string, sources: readonly CheckedSource[], quotes: readonly CheckedQuote[], date?: string): string {
  const out = [`# Quellenprüfung: ${escape(article)}${date ? ` (${escape(date)})` : ''}`, ''];
  for (const s of sources) {
    out.push(`- Quelle: ${escape(s.name)}${s.sha256 ? ` (SHA-256 ${s.sha256.slice(0, 12)}…)` : ''}${s.changed ? ' — **seit der Aufzeichnung geändert**' : ''}`);
  }
  const count = (v: Verdict) => quotes.filter((q) => q.verdict === v).length;
  out.push('', `${quotes.length} ${quotes.length === 1 ? 'direktes Zitat' : 'direkte Zitate'}: ${HEADINGS.map(([v, , short]) => `${count(v)} ${short}`).join(', ')}.`, '');
  for (const [verdict, label] of HEADINGS) {
    const list = quotes.filter((q) => q.verdict === verdict);
    if (!list.length) continue;
    out.push(`## ${label} (${list.length})`, '');
    for (const q of list) {
      const where = q.line ? `, Zeile ${q.line}${q.source ? ` in ${escape(q.source)}` : ''}` : '';
      out.push(`- ${blockSafe(escape(q.text.replace(/\s+/g, ' ')))}${q.speaker ? ` — ${escape(q.speaker)}` : ''}${where}`);
      if (verdict === 'words-changed' || verdict === 'shortened') out.push(`  - Abweichung: ${diffMarkdown(q.diff)}`);
    }
    out.push('');
  }
  return out.join('\n');
}

/**
 * Same words plain, source words the quote lacks ~~struck~~, quote words the source lacks **bold**;
 * `esc` escapes each word for where the Markdown is shown (the hover passes its own).
 */
export function diffMarkdown(diff: readonly DiffOp[], esc: (s: string) => string = escape): string {
  return diff.map((d) => d.op === 'same' ? esc(d.quote!)
    : d.op === 'changed' ? `~~${esc(d.source!)}~~ **${esc(d.quote!)}**`
    : d.op === 'added' ? `**${esc(d.quote!)}**`
    : `~~${esc(d.source!)}~~`).join(' ');
}
