// Markdown report for the newsroom: per speaker their quotes with type, hedges marked, then the
// article's hedged claims in the author's voice.
import { hedgeKindInfo, localized, speechTypeInfo, type HedgeKind, type SpeechType } from '../core/kinds';
import type { ExportDoc, ExportItem } from './model';

const typeDe = (t: SpeechType) => localized(speechTypeInfo(t).group, 'de');
const hedgeDe = (k: HedgeKind) => localized(hedgeKindInfo(k).label, 'de');

export function toMarkdown(doc: ExportDoc): string {
  const out: string[] = [`# ${escape(doc.file)}${doc.date ? ` (${doc.date})` : ''}`, ''];
  // (The report is for reading: rejected items, exported for round trips, are not in it.)
  const live = doc.items.filter((i) => i.status !== 'rejected');
  const quotes = live.filter((i) => i.kind === 'quote');
  const hedges = live.filter((i) => i.kind === 'hedge');
  out.push(`${quotes.length} Zitate, ${new Set(quotes.map((q) => q.speaker?.name).filter(Boolean)).size} Sprecher, ${hedges.length} Einschränkungen${doc.reviewed ? '' : ' — automatische Analyse, noch nicht redigiert'}.`, '');
  const bySpeaker = new Map<string, ExportItem[]>();
  for (const q of quotes) {
    const key = q.speaker ? `${q.speaker.name}${q.speaker.role ? ` — ${q.speaker.role}` : ''}` : 'Ohne Sprecher';
    bySpeaker.set(key, [...(bySpeaker.get(key) ?? []), q]);
  }
  for (const [who, list] of bySpeaker) {
    out.push(`## ${escape(who)}`, '');
    for (const q of list) {
      const inside = hedges.filter((h) => h.start >= q.start && h.end <= q.end);
      out.push(`- ${blockSafe(mark(q.text, inside, q.start))} _(${typeDe(q.type ?? 'direct')}${q.cue ? `, „${escape(q.cue.text)}“` : ''}${q.medium ? `, über ${escape(q.medium.name)}` : ''}${q.status === 'suggested' ? ', Vorschlag' : ''})_`);
      if (q.note) out.push(...noteQuote(q.note));
    }
    out.push('');
  }
  const author = hedges.filter((h) => !h.inQuote && !quotes.some((q) => h.start >= q.start && h.end <= q.end));
  if (author.length) {
    out.push('## Eingeschränkte Aussagen in der Stimme des Autors', '');
    for (const h of author) {
      const s = doc.text.lastIndexOf('. ', h.start) + 1;
      const e = doc.text.indexOf('.', h.end);
      const sentence = doc.text.slice(s, e < 0 ? doc.text.length : e + 1).trim();
      out.push(`- ${blockSafe(mark(sentence, [h], s + (doc.text.slice(s).length - doc.text.slice(s).trimStart().length)))} _(${hedgeDe(h.hedgeKind ?? 'epistemic')})_`);
    }
    out.push('');
  }
  const notes = live.filter((i) => i.kind === 'note');
  if (notes.length) {
    out.push('## Notizen', '');
    for (const n of notes) {
      out.push(`- „${escape(n.text).replace(/\s+/g, ' ')}“${n.status === 'suggested' ? ' _(Vorschlag)_' : ''}`);
      if (n.note) out.push(...noteQuote(n.note));
    }
    out.push('');
  }
  if (doc.orphans.length) out.push(`_${doc.orphans.length} verwaiste Annotationen (Text nicht mehr gefunden) sind nicht enthalten._`, '');
  return out.join('\n');
}

/** The text with the hedges inside it in bold. */
function mark(text: string, hedges: ExportItem[], offset: number): string {
  let out = '', at = 0;
  for (const h of [...hedges].sort((a, b) => a.start - b.start)) {
    const s = h.start - offset, e = h.end - offset;
    if (s < at || e > text.length) continue;
    out += escape(text.slice(at, s)) + `**${escape(text.slice(s, e))}**`;
    at = e;
  }
  return (out + escape(text.slice(at))).replace(/\s+/g, ' ');
}

/**
 * Plain text for an inline position: every character CommonMark or GFM reads as markup is
 * backslash-escaped (emphasis, code, links, images, HTML, entities, tables, strikethrough), and
 * the dot or colon inside a web address too, so no renderer turns it into a link.
 */
export function escape(s: string): string {
  return s
    .replace(/([\\`*_[\]#|<>!&~$])/g, '\\$1')
    .replace(/(\w)([.:@])(?=[\w/])/gu, '$1\\$2');
}

/** Escapes what would open a block at the start of a line: a list, a rule, a setext underline. */
export function blockSafe(line: string): string {
  return line.replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/**
 * A note under its item, as a block quote of its own lines: escaped, and a line that would start
 * a list, a heading, a rule or a setext underline („- Punkt“, „1. Punkt“, „---“, „===“) has its
 * first character escaped, so nothing a note says can break the report's structure.
 */
function noteQuote(note: string): string[] {
  return note.split(/\r\n|[\n\r\u2028\u2029]/).map((raw) => {
    const line = blockSafe(escape(raw.trim()));
    return line ? `  > ${line}` : '  >';
  });
}
