// Lexicon lookups built once from the data files. The data (lexicons/de.json) holds words;
// this module holds the rules that turn lemmas into the forms that occur in text.
import { WordFilter } from './wordfilter';
import deData from './lexicons/de.json';
import firstNames from './lexicons/first-names.json';

/** say: neutral speech act; think: belief; name: naming or judging; ask; decide: deciding, proposing, concluding (frames content, never reported speech alone). */
export type VerbClass = 'say' | 'think' | 'name' | 'ask' | 'decide';

export interface VerbEntry {
  lemma: string;
  /** The separable particle that must follow in the clause („teilte … mit“), if any. */
  particle?: string;
  /** The particle's words in lower case, split once: verbAt compares them with every later token. */
  particleWords?: readonly string[];
  cls: VerbClass;
}

/** Words users may add through settings; merged over the built-in data. */
export interface LexiconAdditions {
  speechVerbs?: Partial<Record<VerbClass, string[]>>;
  irregularForms?: Record<string, string[]>;
  roleHeads?: string[];
  organisationHeads?: string[];
  titleNouns?: string[];
  /** Nouns of saying that take a content clause („Vorwurf“, „Forderung“); plurals in -e/-n/-en follow. */
  speechNouns?: string[];
  /** Documents that say things („Bericht“, „Memorandum“). */
  documentNouns?: string[];
  /** Nouns naming a source after „nach“ or „laut“ („Angaben“, „Einschätzung“). */
  sourceNouns?: string[];
}

type LexiconData = typeof deData;

const INSEPARABLE = /^(be|ge|er|ver|zer|ent|emp|miss|wider|hinter|über|unter|voll)/;

/** Present, past and participle forms of a regular (weak) German verb; the participle comes last. */
export function weakVerbForms(lemma: string): string[] {
  let stem: string;
  if (/[^e]e[lr]n$/.test(lemma) || /(el|er)n$/.test(lemma)) stem = lemma.slice(0, -1);
  else if (lemma.endsWith('en')) stem = lemma.slice(0, -2);
  else if (lemma.endsWith('n')) stem = lemma.slice(0, -1);
  else return [lemma];
  // Stems in -t/-d or consonant + m/n take a linking e: antwortet, rechnete (not after a silent h
  // or a double m/n: erwähnte, lehnte, stimmte).
  const e = /([td]|[^aeiouäöürlhmn][mn]|[^aeiouäöü]h[mn])$/.test(stem) ? 'e' : '';
  const ge = INSEPARABLE.test(lemma) || lemma.endsWith('ieren') ? '' : 'ge';
  // The infinitive (and plural present) is the lemma itself: rebuilding it from the stem turned
  // „spekulieren“ into „spekuliern“ (the stem „spekulier“ ends like „änder“).
  // A stem in -el drops its e before the ending e: „ich bezweifle“, „er zweifle“ (Konjunktiv).
  const elided = /[^e]eln$/.test(lemma) ? [stem.slice(0, -2) + 'le'] : [];
  // (Indices 1 and 5 are the second person, which addVerb leaves out; the elided form goes last but one.)
  return [
    stem + 'e', stem + e + 'st', stem + e + 't', lemma, stem + e + 'te', stem + e + 'test',
    stem + e + 'ten', stem + e + 'tet', ...elided, ge + stem + e + 't',
  ];
}

/** The past participle of a regular (weak) German verb: „vermutet“, „kolportiert“, „gemunkelt“. */
export function weakParticiple(lemma: string): string {
  return weakVerbForms(lemma).at(-1)!;
}

export class Lexicon {
  private readonly verbs = new Map<string, VerbEntry[]>();
  private readonly verbFilter = new WordFilter();
  private readonly roleHeads: HeadIndex;
  private readonly falseRoleHeads: HeadIndex;
  private readonly speechNouns: Set<string>;
  private readonly speechNounFilter: WordFilter;
  private readonly documentNouns: NounList;
  private readonly sourceNouns: NounList;
  private readonly orgHeads: HeadIndex;
  private readonly mediumHeads: HeadIndex;
  private readonly titles: Set<string>;
  readonly konjunktiv: Set<string>;
  readonly abbreviations: Set<string>;
  readonly months: Set<string>;
  readonly nicknameMarkers: Set<string>;
  private readonly givenNames = new Map<string, 'female' | 'male'>([
    ...firstNames.female.map((n) => [n, 'female'] as const),
    ...firstNames.male.map((n) => [n, 'male'] as const),
  ]);
  /** Uses in which a verb says nothing, or frames like „sagte“ (per lemma, from the data's `verbSenses`). */
  readonly senses: { readonly reflexiveSaysNothing: ReadonlySet<string>; readonly reportsNothingWithoutContent: ReadonlySet<string>; readonly framesLikeSaying: ReadonlySet<string>; readonly framesLikeSayingForOthers: ReadonlySet<string>; readonly speaksOnWithoutContent: ReadonlySet<string> };

  constructor(data: LexiconData = deData, additions: LexiconAdditions = {}) {
    const irregular: Record<string, string[]> = { ...data.irregularForms, ...additions.irregularForms };
    const classes = Object.keys(data.speechVerbs) as VerbClass[];
    const allEntries = (cls: VerbClass) => [...(data.speechVerbs[cls as keyof typeof data.speechVerbs] ?? []), ...(additions.speechVerbs?.[cls] ?? [])];
    const extraClasses = (Object.keys(additions.speechVerbs ?? {}) as VerbClass[]).filter((c) => !classes.includes(c));
    // Verbs a joined separable verb may be built on: every listed base, irregular verb and common verb.
    const knownBases = new Set<string>([...Object.keys(irregular), ...data.konjunktivVerbs]);
    for (const cls of [...classes, ...extraClasses]) for (const entry of allEntries(cls)) knownBases.add(entry.split(' ')[0]);
    for (const cls of [...classes, ...extraClasses]) for (const entry of allEntries(cls)) this.addVerb(entry, cls, irregular, knownBases);
    // Older spellings of the same forms, listed once here so that a lookup stays one probe:
    // „theilte … mit“, „urtheilte“, „erwiederte“.
    for (const [form, entries] of [...this.verbs]) {
      const old = olderSpelling(form);
      if (old !== form && !this.verbs.has(old)) { this.verbs.set(old, entries); this.verbFilter.add(old); }
    }
    // Longest heads first so that compound matching prefers the most specific role.
    this.roleHeads = new HeadIndex([...data.roleHeads, ...(additions.roleHeads ?? [])]);
    this.orgHeads = new HeadIndex([...data.organisationHeads, ...(additions.organisationHeads ?? [])]);
    this.falseRoleHeads = new HeadIndex(data.notRoleHeads);
    this.mediumHeads = new HeadIndex(data.mediumHeads);
    // With their plural forms in -e, -n and -en, so that a lookup is one probe.
    // (With older spellings: „Mittheilung“.)
    this.speechNouns = new Set([...data.speechNouns, ...(additions.speechNouns ?? [])].flatMap((w) => [w, w + 'e', w + 'n', w + 'en']).flatMap((w) => [w, olderSpelling(w)]));
    this.speechNounFilter = new WordFilter(this.speechNouns);
    this.documentNouns = new NounList([...data.documentNouns, ...(additions.documentNouns ?? [])], data.documentNounHeads);
    this.sourceNouns = new NounList([...data.sourceNouns, ...(additions.sourceNouns ?? [])], data.sourceNounHeads);
    this.titles = new Set([...data.titleNouns, ...(additions.titleNouns ?? [])]);
    this.konjunktiv = new Set([...data.konjunktiv1, ...data.konjunktiv2]);
    this.abbreviations = new Set(data.abbreviations);
    this.months = new Set(data.months);
    this.nicknameMarkers = new Set(data.nicknameMarkers);
    this.senses = {
      reflexiveSaysNothing: new Set(data.verbSenses.reflexiveSaysNothing),
      reportsNothingWithoutContent: new Set(data.verbSenses.reportsNothingWithoutContent),
      framesLikeSaying: new Set(data.verbSenses.framesLikeSaying),
      framesLikeSayingForOthers: new Set(data.verbSenses.framesLikeSayingForOthers),
      speaksOnWithoutContent: new Set(data.verbSenses.speaksOnWithoutContent),
    };
  }

  private addVerb(entry: string, cls: VerbClass, irregular: Record<string, string[]>, knownBases?: Set<string>): void {
    const [base, ...rest] = entry.split(' ');
    const particle = rest.join(' ') || undefined;
    // A separable verb written joined („ankündigen“, „zustimmen“) also splits in main clauses
    // („kündigte … an“), and its participle puts „ge“ after the particle („angekündigt“).
    const split = !particle && knownBases ? splitSeparable(base, knownBases) : null;
    if (split) return this.addVerb(`${split.base} ${split.particle}`, cls, irregular);
    // Second-person forms frame nothing outside quotations, and one of them is a common adverb
    // („äußerst“ = extremely); the third person keeps its form where the two coincide („reist“).
    const weak = weakVerbForms(base);
    const forms = irregular[base] ?? weak.filter((f, k) => !((k === 1 || k === 5) && f !== weak[2]));
    const record = (form: string, e: VerbEntry) => {
      this.verbFilter.add(form);
      const list = this.verbs.get(form);
      if (!list) this.verbs.set(form, [e]);
      else if (!list.some((x) => x.lemma === e.lemma && x.particle === e.particle)) list.push(e);
    };
    const lemma = particle && !particle.includes(' ') ? particle + base : base;
    const particleWords = particle?.toLowerCase().split(' ');
    record(base, { lemma, particle, particleWords, cls });
    for (const f of forms) record(f, { lemma, particle, particleWords, cls });
    // Joined forms of separable verbs in subordinate clauses and participles: mitteilte, mitgeteilt.
    if (particle && !particle.includes(' ') && /^[a-zäöü]+$/.test(particle)) {
      for (const f of forms) record(particle + f, { lemma, particle: undefined, particleWords: undefined, cls });
    }
  }

  /** Every word form with a speech-verb reading. */
  verbForms(): IterableIterator<string> {
    return this.verbs.keys();
  }

  /** Speech-verb readings of a lower-case word form (Token.lower), empty when it is none. */
  verb(lower: string): readonly VerbEntry[] {
    return (this.verbFilter.mayHave(lower) && this.verbs.get(lower)) || NONE;
  }

  /**
   * The gender a given name marks („Thomas“ → male), if it is a common one of one gender. A joined
   * pair of given names („Karl-Heinz“, „Jean-Marie“) takes the first one's; a compound that merely
   * opens with one („Michael-Haneke-Schüler“) is none.
   */
  givenNameGender(word: string): 'female' | 'male' | undefined {
    const known = this.givenNames.get(word);
    const hyphen = known ? -1 : word.indexOf('-');
    if (hyphen < 0) return known;
    const first = this.givenNames.get(word.slice(0, hyphen));
    return first && this.givenNames.has(word.slice(hyphen + 1)) ? first : undefined;
  }

  /** The role head a noun ends in („Regierungssprecher“ → „sprecher“), if any. */
  roleHead(word: string): string | undefined {
    const lower = lowerCased(word);
    const head = this.roleHeads.match(lower);
    // („Steinwerkzeuge“ ends in „zeuge“ but names no witness.)
    return head && !this.falseRoleHeads.match(lower) ? head : undefined;
  }

  /** A noun of saying or thinking, in the singular or a plural in -e/-n/-en („Vorwürfe“ is listed; „Forderungen“ follows). Case matters: nouns are capitalised. */
  isSpeechNoun(word: string): boolean {
    return this.speechNounFilter.mayHave(word) && this.speechNouns.has(word);
  }

  /** A document that says things: listed („Memorandum“) or a compound of a listed head („Polizeibericht“). */
  isDocumentNoun(word: string): boolean {
    return this.documentNouns.has(word);
  }

  /** A noun naming a source after „nach“ or „laut“: listed („Angaben“) or a compound („Polizeiangaben“). */
  isSourceNoun(word: string): boolean {
    return this.sourceNouns.has(word);
  }

  /** The organisation head a noun ends in („Außenministeriums“ → „ministerium“), if any. */
  organisationHead(word: string): string | undefined {
    return this.orgHeads.match(lowerCased(word));
  }

  /** The medium head a noun ends in („Staatsfernsehen“ → „fernsehen“, „Nachrichtenagentur“), if any. */
  mediumHead(word: string): string | undefined {
    return this.mediumHeads.match(lowerCased(word));
  }

  // Compound matching tries every head; words repeat a lot, so answers are remembered.
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

/**
 * The word in lower case. Callers mostly pass Token.lower already, and toLowerCase is a call into
 * the runtime even when nothing changes: a word without capitals (ASCII or Latin-1) is returned as is.
 */
function lowerCased(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) || c > 0xff) return word.toLowerCase();
  }
  return word;
}

/** Particles of separable verbs, longest first („vorher“ before „vor“); „über“, „unter“, „wieder“ are often inseparable. */
const SEPARABLE_PARTICLES = ['entgegen', 'zurück', 'bekannt', 'hervor', 'vorher', 'hinzu', 'fest', 'klar', 'nach', 'aus', 'auf', 'bei', 'ein', 'mit', 'vor', 'an', 'ab', 'zu', 'dar'];

/** „ankündigen“ → kündigen + an, when the rest is a verb we know („antworten“ is not an + tworten). */
function splitSeparable(lemma: string, knownBases: Set<string>): { particle: string; base: string } | null {
  for (const particle of SEPARABLE_PARTICLES) {
    if (lemma.length > particle.length + 3 && lemma.startsWith(particle) && knownBases.has(lemma.slice(particle.length))) return { particle, base: lemma.slice(particle.length) };
  }
  return null;
}
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

/** Listed nouns, and compounds ending in a listed head after a lower-case letter („Polizei|angaben“). */
class NounList {
  private readonly words: Set<string>;
  constructor(words: string[], private readonly heads: string[]) {
    this.words = new Set(words);
  }

  has(word: string): boolean {
    if (this.words.has(word)) return true;
    // („UN-Angaben“, „Polizei-Schätzungen“: a hyphenated compound of a listed noun.)
    const dash = word.lastIndexOf('-');
    if (dash > 0 && dash < word.length - 1) return this.has(word.slice(dash + 1));
    for (const h of this.heads) {
      const at = word.length - h.length;
      if (at > 0 && word.endsWith(h) && /\p{Ll}/u.test(word[at - 1])) return true;
    }
    return false;
  }
}

/**
 * The spelling of older German for a word of today: a „t“ in these stems was „th“ („theilte“,
 * „Mittheilung“, „rathe“, „vermuthen“, „bewerthet“), „erwidern“ was „erwiedern“.
 */
function olderSpelling(word: string): string {
  return word.replace(/([Tt])eil/g, '$1heil').replace(/(ra|rä|mu|wer)t/g, '$1th').replace(/^(E|e)rwid/, '$1rwied');
}

/**
 * Role and organisation heads with each inflection ending, in one trie of their reversed spellings.
 * A word is walked once from its end, so a lookup costs the length of the match, not a search of
 * every ending and suffix. Matches are the word itself, a compound with at least three letters in
 * front (Regierungssprecher) or a hyphenated compound (SPD-Chef). The earliest ending in
 * INFLECTIONS wins (the bare head before „-n“, „-en“ …), then the longest head.
 */
class HeadIndex {
  private readonly root: TrieNode = { next: new Map(), heads: undefined };

  constructor(heads: string[]) {
    for (const raw of heads) {
      const h = raw.toLowerCase();
      INFLECTIONS.forEach((ending, rank) => {
        const form = h + ending;
        let node = this.root;
        for (let k = form.length - 1; k >= 0; k--) {
          const c = form.charCodeAt(k);
          let child = node.next.get(c);
          if (!child) node.next.set(c, (child = { next: new Map(), heads: undefined }));
          node = child;
        }
        (node.heads ??= []).push({ head: h, rank });
      });
    }
  }

  match(w: string): string | undefined {
    let node: TrieNode | undefined = this.root;
    let best: string | undefined;
    let bestRank = INFLECTIONS.length;
    for (let k = w.length - 1; k >= 0; k--) {
      node = node.next.get(w.charCodeAt(k));
      if (!node) break;
      if (!node.heads || !(k === 0 || k >= 3 || w.charCodeAt(k - 1) === 0x2d)) continue;
      // (Deeper means a longer head for the same ending, so ties go to the later match.)
      for (const { head, rank } of node.heads) {
        if (rank <= bestRank) {
          best = head;
          bestRank = rank;
        }
      }
    }
    return best;
  }
}

interface TrieNode {
  next: Map<number, TrieNode>;
  heads: { head: string; rank: number }[] | undefined;
}

let defaultLexicon: Lexicon | undefined;
export function getDefaultLexicon(): Lexicon {
  return (defaultLexicon ??= new Lexicon());
}
