// Markdown report for the newsroom: per speaker their quotes with type, hedges marked, then the
// article's hedged claims in the author's voice.
import { hedgeKindInfo, localized, speechTypeInfo, type HedgeKind, type SpeechType } from '../core/kinds';
import type { ExportDoc, ExportItem } from './model';

const typeDe = (t: SpeechType) => localized(speechTypeInfo(t).group, 'de');
const hedgeDe = (k: HedgeKind) => localized(hedgeKindInfo(k).label, 'de');

export function toMarkdown(doc: ExportDoc): string {
  const out: string[] = [`# ${doc.file}${doc.date ? ` (${doc.date})` : ''}`, ''];
  const quotes = doc.items.filter((i) => i.kind === 'quote');
  const hedges = doc.items.filter((i) => i.kind === 'hedge');
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
      out.push(`- ${mark(q.text, inside, q.start)} _(${typeDe(q.type ?? 'direct')}${q.cue ? `, „${escape(q.cue.text)}“` : ''}${q.status === 'suggested' ? ', Vorschlag' : ''})_${q.note ? `  \n  ✎ ${escape(q.note)}` : ''}`);
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
      out.push(`- ${mark(sentence, [h], s + (doc.text.slice(s).length - doc.text.slice(s).trimStart().length))} _(${hedgeDe(h.hedgeKind ?? 'epistemic')})_`);
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

function escape(s: string): string {
  return s.replace(/([\\`*_[\]#|<>])/g, '\\$1');
}
