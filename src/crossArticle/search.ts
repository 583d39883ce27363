// Searching all quotes: words, speaker, type, date range and decision status, written as one line
// the way a search box takes it: `Klima speaker:Roth type:direct from:2025-01 to:2025-06 status:accepted`.
// German keys work too (sprecher:, typ:, von:, bis:, status:). Words match anywhere in the quote,
// the speaker, the role or the article's title, ignoring case and accents.
import type { ExportStatus } from '../export/model';
import type { SpeechType } from '../core/types';
import type { IndexedQuote, SpeakerIndex } from './speakerIndex';

export interface QuoteQuery {
  words: string[];
  speaker?: string;
  types?: SpeechType[];
  from?: string;
  to?: string;
  statuses?: ExportStatus[];
}

const TYPE_NAMES: Record<string, SpeechType> = {
  direct: 'direct', direkt: 'direct', indirect: 'indirect', indirekt: 'indirect',
  reported: 'reported', berichtet: 'reported', free_indirect: 'free_indirect', frei: 'free_indirect', erlebt: 'free_indirect',
};
const STATUS_NAMES: Record<string, ExportStatus> = {
  accepted: 'accepted', angenommen: 'accepted', suggested: 'suggested', vorgeschlagen: 'suggested', offen: 'suggested', rejected: 'rejected', abgelehnt: 'rejected',
};

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('de');

/** Parses a search line; unknown values of a key are kept as words, so nothing typed is ignored. */
export function parseQuoteQuery(line: string): QuoteQuery {
  const q: QuoteQuery = { words: [] };
  // (A quoted value keeps its spaces: speaker:"Eva Roth".)
  for (const m of line.matchAll(/(\p{L}+):"([^"]*)"|(\p{L}+):(\S+)|"([^"]+)"|(\S+)/gu)) {
    const key = (m[1] ?? m[3])?.toLowerCase();
    const value = m[2] ?? m[4];
    if (key && value !== undefined) {
      if (key === 'speaker' || key === 'sprecher') { q.speaker = value; continue; }
      if ((key === 'type' || key === 'typ') && TYPE_NAMES[value.toLowerCase()]) { (q.types ??= []).push(TYPE_NAMES[value.toLowerCase()]); continue; }
      if ((key === 'status') && STATUS_NAMES[value.toLowerCase()]) { (q.statuses ??= []).push(STATUS_NAMES[value.toLowerCase()]); continue; }
      if ((key === 'from' || key === 'von') && /^\d{4}(-\d\d){0,2}$/.test(value)) { q.from = value; continue; }
      if ((key === 'to' || key === 'bis') && /^\d{4}(-\d\d){0,2}$/.test(value)) { q.to = value; continue; }
    }
    q.words.push(fold(m[5] ?? m[0]));
  }
  return q;
}

/** Folded text per quote, kept while the quote lives: typing a search runs it again and again. */
const folded = new WeakMap<IndexedQuote, string>();

/** Whether a quote answers the query; `speakerNames` are all names of its (merged) speaker. */
export function matchesQuery(quote: IndexedQuote, query: QuoteQuery, speakerNames: readonly string[] = quote.speaker ? [quote.speaker] : []): boolean {
  if (query.types && !query.types.includes(quote.type)) return false;
  if (query.statuses && !query.statuses.includes(quote.status)) return false;
  // (A date range leaves out undated articles; a partial date („2025-03“) covers the whole month.)
  if (query.from && (!quote.date || quote.date < query.from)) return false;
  if (query.to && (!quote.date || quote.date.slice(0, query.to.length) > query.to)) return false;
  if (query.speaker !== undefined) {
    const want = fold(query.speaker);
    if (!speakerNames.some((n) => fold(n).includes(want))) return false;
  }
  if (query.words.length) {
    let hay = folded.get(quote);
    if (hay === undefined) {
      hay = fold([quote.text, ...speakerNames, quote.role ?? '', quote.title ?? ''].join(' '));
      folded.set(quote, hay);
    }
    if (!query.words.every((w) => hay!.includes(w))) return false;
  }
  return true;
}

/** Every quote of the index that answers the line, in timeline order. */
export function searchQuotes(index: SpeakerIndex, line: string): IndexedQuote[] {
  const query = parseQuoteQuery(line);
  // (The speaker is matched once per person, not once per quote.)
  const want = query.speaker === undefined ? undefined : fold(query.speaker);
  const speaking = want === undefined ? undefined : new Set(index.persons.filter((p) => p.names.some((n) => fold(n).includes(want))).flatMap((p) => p.quotes));
  const rest: QuoteQuery = { ...query, speaker: undefined };
  return index.allQuotes().filter((q) => (!speaking || speaking.has(q)) && matchesQuery(q, rest, index.personOf(q.article, q.id)?.names));
}
