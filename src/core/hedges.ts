// Hedge cues: words by which the author or a quoted speaker presents a claim as uncertain,
// probable, estimated, unverified or merely claimed. The words are data (lexicons/hedges.de.json);
// the disambiguation that separates epistemic from deontic „soll“, „sehr wohl“ from „wohl“ and
// „meinen Sohn“ from „Beobachter meinen“ is code, here.
import hedgeData from './lexicons/hedges.de.json';
import { DEFAULT_ENGINE, type RuleEngine } from './engine/engine';
import { family } from './engine/rule';
import { weakParticiple, weakVerbForms } from './lexicon';
import { HEDGES } from './rules/hedges';
import { BELIEF_CONSTRUCTION_GATE, BELIEF_CONSTRUCTION_WORDS, namesCircles } from './rules/hedges/belief-constructions';
import type { Found, HedgeContext, HedgeRule } from './rules/hedges/context';
import { isCap, type Token } from './tokens';
import { compoundNoun } from './rules/hedges/word';
import type { HedgeKind, Range } from './types';
import { WordFilter } from './wordfilter';

type HedgeData = typeof hedgeData;

/** A hedge found in one paragraph, offsets relative to the paragraph. */
export interface HedgeMatch extends Range {
  kind: HedgeKind;
  sentence: Range;
  inQuote: boolean;
  claim?: Range;
  /** The rule that found it (`--explain`). */
  rule: string;
}

/** User additions, merged over the built-in lexicon. */
export interface HedgeAdditions {
  words?: Partial<Record<HedgeKind, string[]>>;
  phrases?: Partial<Record<HedgeKind, string[]>>;
}

const ADJECTIVE_ENDINGS = ['', 'e', 'en', 'er', 'es', 'em'];

/** A belief verb whose particle closes its clause (lexicon: separableVerbs). */
export interface SeparableVerb {
  particle: string;
  needs?: string;
  then?: string;
  /** The form with its particle joined, verb-final („…, die auf einen Brand hindeuten“): `needs` stands before it. */
  joined?: boolean;
}

export interface Entry {
  kind?: HedgeKind;
  /** Phrases starting with this word that also match with words inserted after it. */
  gapped?: { words: string[]; kind: HedgeKind }[];
  separable?: SeparableVerb[];
  phrases?: { words: string[]; kind: HedgeKind }[];
  verbLemma?: string;
}

export class HedgeLexicon {
  /** Everything known about a lower-case word, in one lookup: it runs for every word of every article. */
  private readonly entries = new Map<string, Entry>();
  readonly vagueSubjects: Set<string>;
  readonly statives: Set<string>;
  /**
   * Words a sentence needs for any hedge: each single-word cue and belief verb form, the verbs of
   * „davon ausgehen“ and „rechnen mit“, and the longest word of each phrase (a phrase needs all its
   * words, and its longest is the rarest: „Einschätzung“, not „nach“). Most sentences have none.
   */
  private readonly gate: Set<string>;
  private readonly gateFilter: WordFilter;
  private readonly entryFilter: WordFilter;
  /** Heads of hedging compounds, longest first. */
  private readonly compoundHeads: [string, HedgeKind][];
  private readonly notCompounds: Set<string>;

  constructor(data: HedgeData = hedgeData, additions: HedgeAdditions = {}) {
    const entry = (w: string) => {
      let e = this.entries.get(w);
      if (!e) this.entries.set(w, (e = {}));
      return e;
    };
    const addWord = (w: string, kind: HedgeKind) => { const e = entry(w); e.kind ??= kind; };
    for (const [kind, list] of Object.entries(data.words) as [HedgeKind, string[]][]) for (const w of list) addWord(w, kind);
    for (const [kind, list] of Object.entries(additions.words ?? {}) as [HedgeKind, string[]][]) for (const w of list) addWord(w.toLowerCase(), kind);
    for (const a of data.adjectives) {
      const kind = this.entries.get(a)?.kind ?? 'epistemic';
      for (const e of ADJECTIVE_ENDINGS) addWord(a + e, kind);
    }
    for (const [kind, list] of Object.entries(data.nouns) as [HedgeKind, string[]][]) for (const w of list) addWord(w, kind);
    const addPhrase = (p: string, kind: HedgeKind) => {
      const words = p.toLowerCase().split(/\s+/);
      const e = entry(words[0]);
      (e.phrases ??= []).push({ words, kind });
      e.phrases.sort((a, b) => b.words.length - a.words.length);
    };
    for (const [kind, list] of Object.entries(data.phrases) as [HedgeKind, string[]][]) for (const p of list) addPhrase(p, kind);
    for (const [kind, list] of Object.entries(additions.phrases ?? {}) as [HedgeKind, string[]][]) for (const p of list) addPhrase(p, kind);
    const irregular = data.verbForms as Record<string, string[]>;
    for (const lemma of data.verbs.belief) {
      for (const form of irregular[lemma] ?? weakVerbForms(lemma)) entry(form).verbLemma ??= lemma;
    }
    for (const lemma of data.attributiveParticiples.lemmas) {
      for (const e of ADJECTIVE_ENDINGS) entry(weakParticiple(lemma) + e).verbLemma ??= lemma;
    }
    const kindOf = new Map<string, HedgeKind>();
    for (const [kind, list] of Object.entries(data.phrases) as [HedgeKind, string[]][]) for (const p of list) kindOf.set(p, kind);
    for (const p of data.gappedPhrases.phrases) {
      const words = p.split(/\s+/);
      (entry(words[0]).gapped ??= []).push({ words, kind: kindOf.get(p) ?? 'uncertainty' });
    }
    for (const v of data.separableVerbs.belief as (SeparableVerb & { forms: string[] })[]) {
      for (const f of v.forms) {
        (entry(f).separable ??= []).push({ particle: v.particle, needs: v.needs, then: v.then });
        (entry(v.particle + f).separable ??= []).push({ particle: v.particle, needs: v.needs, then: v.then, joined: true });
      }
    }
    this.notCompounds = new Set(data.compoundNouns.not);
    this.compoundHeads = (Object.entries(data.compoundNouns) as [string, string[]][]).filter(([k]) => k !== '$comment' && k !== 'not')
      .flatMap(([kind, heads]) => heads.map((h) => [h, kind as HedgeKind] as [string, HedgeKind])).sort((a, b) => b[0].length - a[0].length);
    this.vagueSubjects = new Set(data.vagueSubjects);
    this.statives = new Set(data.statives);
    this.gate = new Set(BELIEF_CONSTRUCTION_GATE);
    for (const [w, e] of this.entries) {
      if (e.kind || e.verbLemma || e.separable) this.gate.add(w);
      for (const p of e.gapped ?? []) this.gate.add(p.words.reduce((a, b) => (b.length > a.length ? b : a)));
      for (const p of e.phrases ?? []) this.gate.add(p.words.reduce((a, b) => (b.length > a.length ? b : a)));
    }
    this.gateFilter = new WordFilter(this.gate);
    this.entryFilter = new WordFilter(this.entries.keys());
  }

  /** Every word with an entry. */
  words(): IterableIterator<string> {
    return this.entries.keys();
  }

  lookup(lower: string): Entry | undefined {
    return this.entryFilter.mayHave(lower) ? this.entries.get(lower) : undefined;
  }

  /** Whether a sentence with this word may hold a hedge (see `gate`). */
  opensGate(lower: string): boolean {
    return this.gateFilter.mayHave(lower) && this.gate.has(lower);
  }

  /** The hedge kind of a compound noun by its head („Korruptionsverdacht“), if its head is listed. */
  compoundKind(lower: string): HedgeKind | undefined {
    if (lower.length < 8 || this.notCompounds.has(lower)) return undefined;
    for (const [head, kind] of this.compoundHeads) if (lower.length >= head.length + 3 && lower.endsWith(head)) return kind;
    return undefined;
  }
}

let defaultHedgeLexicon: HedgeLexicon | undefined;
export function getDefaultHedgeLexicon(): HedgeLexicon {
  return (defaultHedgeLexicon ??= new HedgeLexicon());
}

/**
 * Finds the hedge cues of one paragraph. `tokens` and `sentences` are the paragraph's, `quotes`
 * the direct quotes in it (a hedge inside one belongs to the speaker).
 */
export function detectHedges(tokens: Token[], sentences: Range[], quotes: Range[], lex: HedgeLexicon = getDefaultHedgeLexicon(), engine: RuleEngine = DEFAULT_ENGINE): HedgeMatch[] {
  const out: HedgeMatch[] = [];
  let ti = 0;
  for (const sentence of sentences) {
    while (ti < tokens.length && tokens[ti].end <= sentence.start) ti++;
    let tj = ti;
    while (tj < tokens.length && tokens[tj].start < sentence.end) tj++;
    // Most sentences hold no hedge word at all: look before building the sentence's token list.
    let any = false;
    for (let k = ti; k < tj && !any; k++) any = tokens[k].kind === 'word' && (lex.opensGate(tokens[k].lower) || (isCap(tokens[k]) && (!!lex.compoundKind(tokens[k].lower) || namesCircles(tokens[k].lower))));
    if (any) {
      for (const m of sentenceHedges(tokens.slice(ti, tj), lex, engine)) {
        const inQuote = quotes.some((q) => q.start <= m.start && m.end <= q.end);
        out.push({ start: m.start, end: m.end, kind: m.kind, sentence, inQuote, claim: m.claim, rule: m.rule });
      }
    }
    ti = tj;
  }
  return out;
}

const rulesByLexicon = new WeakMap<HedgeLexicon, Map<string, HedgeRule[]>>();
const COMPOUND = family('hedges', 'Compound nouns that hedge', [compoundNoun]).rules;

/** For each word some hedge rule can fire at, those rules in family order (most words have none). */
function rulesByWord(lex: HedgeLexicon): Map<string, HedgeRule[]> {
  let map = rulesByLexicon.get(lex);
  if (map) return map;
  map = new Map();
  for (const w of [...lex.words(), ...BELIEF_CONSTRUCTION_WORDS]) {
    const rules = HEDGES.rules.filter((r) => r.appliesTo(w, lex.lookup(w)));
    if (rules.length) map.set(w, rules);
  }
  rulesByLexicon.set(lex, map);
  return map;
}

/** Runs the hedge rules at each word of one sentence; a cue of several words is skipped past. */
function sentenceHedges(toks: Token[], lex: HedgeLexicon, engine: RuleEngine): Found[] {
  const out: Found[] = [];
  const ctx: HedgeContext = { toks, i: 0, lex, engine };
  const byWord = rulesByWord(lex);
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].kind !== 'word') continue;
    const rules = byWord.get(toks[i].lower) ?? (isCap(toks[i]) && lex.compoundKind(toks[i].lower) ? COMPOUND : undefined);
    if (!rules) continue;
    ctx.i = i;
    const fired = engine.first(rules, ctx);
    if (!fired) continue;
    out.push(fired.out);
    i = fired.out.last;
  }
  return out;
}
