// Who said what across many articles: every quote of every article, its speaker merged across
// articles by name („Wladimir Putin“ in one article, „Putin“ in another), in date order. Role-only
// mentions („der Sprecher“, „eine Sprecherin des Ministeriums“) name a different person in every
// article and are never merged across articles. Editors can merge or keep apart names in a persons
// file (persons.ts). Pure: the CLI and the editor build it from exported articles.
import type { SidecarData } from '../annotations/model';
import { buildExport, type ExportDoc, type ExportStatus } from '../export/model';
import type { Analysis, SpeechType } from '../core/types';
import type { PersonsFile } from './persons';

export interface IndexedQuote {
  /** The article's path or URI, as the caller gave it. */
  article: string;
  date?: string;
  title?: string;
  id: string;
  type: SpeechType;
  status: ExportStatus;
  text: string;
  start: number;
  end: number;
  speaker?: string;
  role?: string;
  /** The speaker is a role without a name („ein Sprecher der Reederei“): never merged across articles. */
  roleOnly?: boolean;
}

export interface IndexedArticle {
  article: string;
  date?: string;
  title?: string;
  quotes: IndexedQuote[];
  /** Other names the sidecar gives each speaker („Putin“ for „Wladimir Putin“). */
  aliases: Record<string, string[]>;
}

export interface IndexedPerson {
  /** Stable within one index: the merged name's key, or article + role for role-only mentions. */
  key: string;
  name: string;
  role?: string;
  /** A role-only mention, counted in its own article only. */
  roleOnly: boolean;
  /** Every name under which this person was quoted, the chosen name first. */
  names: string[];
  /** Quotes in timeline order: article date, then article, then position. */
  quotes: IndexedQuote[];
  byType: Record<SpeechType, number>;
  articles: string[];
}

const DETERMINER = /^(?:der|die|das|den|dem|des|ein|eine|einer|einem|einen|eines|sein|seine|seiner|seinem|ihr|ihre|ihrer|ihrem|unser|unsere|er|sie|es|man|wir|ich|jemand|niemand)(?:\s|$)/i;
const TITLES = /^(?:(?:dr|prof|dipl|ing|med|phil|rer|nat)\.?\s+)+/i;

/** A name's key: case, titles, spacing and Unicode form do not matter. */
export function nameKey(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim().replace(TITLES, '').toLocaleLowerCase('de');
}

/** „der Sprecher“, „eine Sprecherin des Ministeriums“, „er“: a role or pronoun, not a name. */
export function isRoleOnly(name: string): boolean {
  const n = name.trim();
  return !n || DETERMINER.test(n) || n.charAt(0) === n.charAt(0).toLocaleLowerCase('de');
}

/**
 * An article as the index keeps it: its analysis with the sidecar's decisions, every status
 * (rejected ones are listed, not counted). `article` names it in the index (a path or URI).
 */
export function indexArticle(article: string, fileName: string, text: string, analysis: Analysis, sidecar: SidecarData | undefined): IndexedArticle {
  return indexedArticle(article, buildExport(fileName, text, analysis, sidecar, { includeSuggestions: true, includeRejections: true }), analysis);
}

/**
 * An article's quotes as the index keeps them, from its export. The analysis gives the title (the
 * first heading) and tells a role without a name (speaker kind `unknown`) from a person or a body.
 */
export function indexedArticle(article: string, doc: ExportDoc, analysis: Pick<Analysis, 'paragraphs' | 'speakers'>): IndexedArticle {
  const heading = analysis.paragraphs.find((p) => p.kind === 'heading');
  const title = heading ? doc.text.slice(heading.start, heading.end).trim().slice(0, 120) : undefined;
  const unnamed = new Set(analysis.speakers.filter((s) => s.kind === 'unknown').map((s) => s.id));
  const quotes: IndexedQuote[] = [];
  const aliases: Record<string, string[]> = {};
  for (const item of doc.items) {
    if (item.kind !== 'quote' || !item.type) continue;
    quotes.push({
      article, ...(doc.date ? { date: doc.date } : {}), ...(title ? { title } : {}), id: item.id, type: item.type, status: item.status,
      text: item.text, start: item.start, end: item.end,
      ...(item.speaker?.name ? { speaker: item.speaker.name } : {}), ...(item.speaker?.role ? { role: item.speaker.role } : {}),
      ...(item.speaker?.name && (isRoleOnly(item.speaker.name) || (item.speaker.id !== undefined && unnamed.has(item.speaker.id))) ? { roleOnly: true } : {}),
    });
    if (item.speaker?.name && item.speaker.aliases?.length) aliases[item.speaker.name] = item.speaker.aliases;
  }
  return { article, ...(doc.date ? { date: doc.date } : {}), ...(title ? { title } : {}), quotes, aliases };
}

/** Union-find over name keys. */
class NameSets {
  private readonly parent = new Map<string, string>();
  find(k: string): string {
    let p = this.parent.get(k) ?? k;
    if (p !== k) { p = this.find(p); this.parent.set(k, p); }
    return p;
  }
  union(a: string, b: string): void {
    const ra = this.find(a), rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

export class SpeakerIndex {
  readonly persons: IndexedPerson[];
  private readonly byQuote = new Map<string, IndexedPerson>();

  private readonly byName = new Map<string, IndexedPerson>();

  constructor(readonly articles: readonly IndexedArticle[], persons?: PersonsFile) {
    this.persons = build(articles, persons);
    for (const p of this.persons) {
      for (const q of p.quotes) this.byQuote.set(quoteKey(q.article, q.id), p);
      if (!p.roleOnly) for (const n of p.names) this.byName.set(nameKey(n), p);
    }
  }

  /** The named person known under this name in any article (role-only speakers are not found by name). */
  personNamed(name: string): IndexedPerson | undefined {
    return this.byName.get(nameKey(name));
  }

  /** The person who said this quote, merged across articles; undefined without a speaker. */
  personOf(article: string, quoteId: string): IndexedPerson | undefined {
    return this.byQuote.get(quoteKey(article, quoteId));
  }

  private timelineCache: IndexedQuote[] | undefined;

  /** Every quote of every article, in timeline order (sorted once). */
  allQuotes(): readonly IndexedQuote[] {
    this.timelineCache ??= this.articles.flatMap((a) => a.quotes).sort(timeline);
    return this.timelineCache;
  }
}

const quoteKey = (article: string, id: string) => `${article}\u0000${id}`;

/** Timeline order: dated articles first by date, then by article, then by position. */
export function timeline(a: IndexedQuote, b: IndexedQuote): number {
  return (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff') || a.article.localeCompare(b.article) || a.start - b.start;
}

function build(articles: readonly IndexedArticle[], file?: PersonsFile): IndexedPerson[] {
  const { sets, display } = mergeNames(articles, file);
  const persons = collect(articles, sets);
  const chosen = new Map(file?.persons.map((p) => [sets.find(nameKey(p.name)), p.name]) ?? []);
  for (const p of persons.values()) {
    p.quotes.sort(timeline);
    // The name: the editor's choice in the persons file, else the longest (the full name), else the most used.
    const pick = chosen.get(p.key) ?? [...p.names].sort((x, y) => y.split(' ').length - x.split(' ').length || (display.get(nameKey(y))?.get(y) ?? 0) - (display.get(nameKey(x))?.get(x) ?? 0) || x.localeCompare(y))[0];
    p.name = pick;
    p.names = [pick, ...p.names.filter((n) => n !== pick)];
  }
  return [...persons.values()].sort((x, y) => count(y) - count(x) || x.name.localeCompare(y.name));
}

/** Which names are one person: aliases of sidecars and the persons file, and unambiguous surnames. */
function mergeNames(articles: readonly IndexedArticle[], file?: PersonsFile): { sets: NameSets; display: Map<string, Map<string, number>> } {
  const sets = new NameSets();
  const display = new Map<string, Map<string, number>>(); // key → name spelling → count
  const named = (name: string) => {
    const k = nameKey(name);
    const spellings = display.get(k) ?? new Map<string, number>();
    spellings.set(name, (spellings.get(name) ?? 0) + 1);
    display.set(k, spellings);
    return k;
  };
  for (const a of articles) {
    for (const q of a.quotes) if (q.speaker && !q.roleOnly) named(q.speaker);
    // (Aliases from a sidecar are the editor's word: „Putin“ there is this article's „Wladimir Putin“.)
    for (const [name, aliases] of Object.entries(a.aliases)) {
      if (isRoleOnly(name)) continue;
      // (A bare surname is no such word: the analysis lists it for every full name, and whether it
      // joins one is decided below, only when no other full name shares it.)
      for (const alias of aliases) if (!isRoleOnly(alias) && !nameKey(name).endsWith(' ' + nameKey(alias))) sets.union(nameKey(name), nameKey(alias));
    }
  }
  const distinct = new Set((file?.distinct ?? []).map(nameKey));
  for (const p of file?.persons ?? []) {
    const k = nameKey(p.name);
    for (const alias of p.aliases) sets.union(k, nameKey(alias));
  }
  // A surname alone joins the one full name that ends in it; with two candidates it stays apart.
  const fullBySurname = new Map<string, Set<string>>();
  for (const k of display.keys()) {
    const words = k.split(' ');
    if (words.length > 1) {
      const s = fullBySurname.get(words[words.length - 1]) ?? new Set<string>();
      s.add(sets.find(k));
      fullBySurname.set(words[words.length - 1], s);
    }
  }
  for (const k of display.keys()) {
    if (k.includes(' ') || distinct.has(k)) continue;
    const full = fullBySurname.get(k);
    if (full?.size === 1) sets.union([...full][0], k);
  }
  return { sets, display };
}

/** The quotes of each merged person (role-only speakers: per article). */
function collect(articles: readonly IndexedArticle[], sets: NameSets): Map<string, IndexedPerson> {
  const persons = new Map<string, IndexedPerson>();
  for (const a of articles) {
    for (const q of a.quotes) {
      if (!q.speaker) continue;
      const roleOnly = q.roleOnly ?? false;
      const key = roleOnly ? `${a.article}\u0000${nameKey(q.speaker)}` : sets.find(nameKey(q.speaker));
      let p = persons.get(key);
      if (!p) {
        p = { key, name: q.speaker, roleOnly, names: [], quotes: [], byType: { direct: 0, indirect: 0, reported: 0, free_indirect: 0 }, articles: [] };
        persons.set(key, p);
      }
      if (!p.names.includes(q.speaker)) p.names.push(q.speaker);
      if (q.role && !p.role) p.role = q.role;
      p.quotes.push(q);
      if (q.status !== 'rejected') p.byType[q.type]++;
      if (!p.articles.includes(a.article)) p.articles.push(a.article);
    }
  }
  return persons;
}

/** Quotes that count: rejected suggestions are listed but not counted. */
export function count(p: IndexedPerson): number {
  return p.byType.direct + p.byType.indirect + p.byType.reported + p.byType.free_indirect;
}
