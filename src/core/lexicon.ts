// Lexicon lookups built once from the data files. The data (lexicons/de.json) holds words;
// this module holds the rules that turn lemmas into the forms that occur in text.
import deData from './lexicons/de.json';

export type VerbClass = 'say' | 'think' | 'name' | 'ask';

export interface VerbEntry {
  lemma: string;
  /** The separable particle that must follow in the clause („teilte … mit“), if any. */
  particle?: string;
  cls: VerbClass;
}

/** Words users may add through settings; merged over the built-in data. */
export interface LexiconAdditions {
  speechVerbs?: Partial<Record<VerbClass, string[]>>;
  irregularForms?: Record<string, string[]>;
  roleHeads?: string[];
  organisationHeads?: string[];
  titleNouns?: string[];
}

type LexiconData = typeof deData;

const INSEPARABLE = /^(be|ge|er|ver|zer|ent|emp|miss|wider|hinter|über|unter|voll)/;

/** Present, past and participle forms of a regular (weak) German verb. */
export function weakVerbForms(lemma: string): string[] {
  let stem: string;
  if (/[^e]e[lr]n$/.test(lemma) || /(el|er)n$/.test(lemma)) stem = lemma.slice(0, -1);
  else if (lemma.endsWith('en')) stem = lemma.slice(0, -2);
  else if (lemma.endsWith('n')) stem = lemma.slice(0, -1);
  else return [lemma];
  // Stems in -t/-d or consonant + m/n take a linking e: antwortet, rechnete.
  const e = /([td]|[^aeiouäöürl][mn])$/.test(stem) ? 'e' : '';
  const ge = INSEPARABLE.test(lemma) || lemma.endsWith('ieren') ? '' : 'ge';
  const infinitive = stem.endsWith('er') || stem.endsWith('el') ? stem + 'n' : stem + 'en';
  return [
    stem + 'e', stem + e + 'st', stem + e + 't', infinitive, stem + e + 'te', stem + e + 'test',
    stem + e + 'ten', stem + e + 'tet', ge + stem + e + 't',
  ];
}

export class Lexicon {
  private readonly verbs = new Map<string, VerbEntry[]>();
  private readonly roleHeads: ReadonlySet<string>;
  private readonly orgHeads: ReadonlySet<string>;
  private readonly titles: Set<string>;
  readonly konjunktiv: Set<string>;
  readonly abbreviations: Set<string>;
  readonly months: Set<string>;
  readonly nicknameMarkers: Set<string>;

  constructor(data: LexiconData = deData, additions: LexiconAdditions = {}) {
    const irregular: Record<string, string[]> = { ...data.irregularForms, ...additions.irregularForms };
    const classes = Object.keys(data.speechVerbs) as VerbClass[];
    for (const cls of classes) {
      const entries = [...data.speechVerbs[cls], ...(additions.speechVerbs?.[cls] ?? [])];
      for (const entry of entries) this.addVerb(entry, cls, irregular);
    }
    for (const cls of Object.keys(additions.speechVerbs ?? {}) as VerbClass[]) {
      if (!classes.includes(cls)) for (const entry of additions.speechVerbs![cls]!) this.addVerb(entry, cls, irregular);
    }
    // Longest heads first so that compound matching prefers the most specific role.
    this.roleHeads = new Set([...data.roleHeads, ...(additions.roleHeads ?? [])].map((h) => h.toLowerCase()));
    this.orgHeads = new Set([...data.organisationHeads, ...(additions.organisationHeads ?? [])].map((h) => h.toLowerCase()));
    this.titles = new Set([...data.titleNouns, ...(additions.titleNouns ?? [])]);
    this.konjunktiv = new Set(data.konjunktiv1);
    this.abbreviations = new Set(data.abbreviations);
    this.months = new Set(data.months);
    this.nicknameMarkers = new Set(data.nicknameMarkers);
  }

  private addVerb(entry: string, cls: VerbClass, irregular: Record<string, string[]>): void {
    const [base, ...rest] = entry.split(' ');
    const particle = rest.join(' ') || undefined;
    const forms = irregular[base] ?? weakVerbForms(base);
    const record = (form: string, e: VerbEntry) => {
      const list = this.verbs.get(form);
      if (!list) this.verbs.set(form, [e]);
      else if (!list.some((x) => x.lemma === e.lemma && x.particle === e.particle)) list.push(e);
    };
    const lemma = particle && !particle.includes(' ') ? particle + base : base;
    record(base, { lemma, particle, cls });
    for (const f of forms) record(f, { lemma, particle, cls });
    // Joined forms of separable verbs in subordinate clauses and participles: mitteilte, mitgeteilt.
    if (particle && !particle.includes(' ') && /^[a-zäöü]+$/.test(particle)) {
      for (const f of forms) record(particle + f, { lemma, cls });
    }
  }

  /** Speech-verb readings of a lower-case word form (Token.lower), empty when it is none. */
  verb(lower: string): readonly VerbEntry[] {
    return this.verbs.get(lower) ?? NONE;
  }

  /** The role head a noun ends in („Regierungssprecher“ → „sprecher“), if any. */
  roleHead(word: string): string | undefined {
    // Keyed by the lower-case form: callers pass Token.lower, whose hash the other lookups of the
    // same token have already computed. Inlined memo: this runs for every capitalised word.
    const lower = word.toLowerCase();
    const hit = this.roleCache.get(lower);
    if (hit !== undefined) return hit ?? undefined;
    const found = matchHead(lower, this.roleHeads);
    this.roleCache.set(lower, found ?? null);
    return found;
  }

  organisationHead(word: string): string | undefined {
    const lower = word.toLowerCase();
    return memo(this.orgCache, lower, () => matchHead(lower, this.orgHeads));
  }

  // Compound matching tries every head; words repeat a lot, so answers are remembered.
  private readonly roleCache = new GenerationalCache<string | null>();
  private readonly orgCache = new GenerationalCache<string | null>();
  private readonly titleCache = new GenerationalCache<boolean>();

  /** Nouns that introduce a title or name in quotation marks: Titel, Film, Zeitung, Operation … */
  isTitleNoun(word: string): boolean {
    return memo(this.titleCache, word, () => this.computeTitleNoun(word));
  }

  private computeTitleNoun(word: string): boolean {
    const lower = word.toLowerCase();
    for (const ending of INFLECTIONS) {
      if (ending && !lower.endsWith(ending)) continue;
      if (this.isTitleStem(lower.slice(0, lower.length - ending.length))) return true;
    }
    return false;
  }

  private isTitleStem(w: string): boolean {
    if (this.titles.has(w)) return true;
    // Compounds: Krimiserie, Fachmagazin, Nachrichtensender.
    for (let i = 3; i < w.length - 2; i++) if (this.titles.has(w.slice(i)) && w.length - i >= 4) return true;
    return false;
  }
}

const NONE: readonly VerbEntry[] = Object.freeze([]);
// Bounded, so a batch over millions of articles keeps flat memory.
const GENERATION = 40_000;

/**
 * A bounded memo for word lookups: two generations of at most GENERATION entries. When the young
 * one is full it becomes the old one; words still in use are copied forward on their next hit.
 * Memory stays bounded over millions of articles while frequent words stay cached.
 */
class GenerationalCache<T> {
  private young = new Map<string, T>();
  private old = new Map<string, T>();

  get(key: string): T | undefined {
    const hit = this.young.get(key);
    if (hit !== undefined) return hit;
    const aged = this.old.get(key);
    if (aged !== undefined) this.set(key, aged);
    return aged;
  }

  set(key: string, value: T): void {
    if (this.young.size >= GENERATION) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
  }
}

function memo<T>(cache: GenerationalCache<T | null>, key: string, compute: () => T): T {
  const hit = cache.get(key);
  if (hit !== undefined) return (hit === null ? undefined : hit) as T;
  const value = compute();
  cache.set(key, value === undefined ? null : value);
  return value;
}

const INFLECTIONS = ['', 'n', 'en', 's', 'es', 'e', 'ern', 'er'];

function matchHead(word: string, heads: ReadonlySet<string>): string | undefined {
  for (const ending of INFLECTIONS) {
    if (ending && !word.endsWith(ending)) continue;
    const found = matchUninflected(word.slice(0, word.length - ending.length), heads);
    if (found) return found;
  }
  return undefined;
}

/**
 * The longest head the word is or ends in: the word itself, a compound with at least three letters
 * in front (Regierungssprecher), or a hyphenated compound (SPD-Chef). Suffix lookups in a set, so
 * the cost grows with the word, not with the lexicon.
 */
function matchUninflected(w: string, heads: ReadonlySet<string>): string | undefined {
  if (heads.has(w)) return w;
  for (let i = 1; i < w.length; i++) {
    if (i < 3 && w.charCodeAt(i - 1) !== 0x2d) continue;
    const tail = w.slice(i);
    if (heads.has(tail)) return tail;
  }
  return undefined;
}

let defaultLexicon: Lexicon | undefined;
export function getDefaultLexicon(): Lexicon {
  return (defaultLexicon ??= new Lexicon());
}
