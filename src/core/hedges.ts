// Hedge cues: words by which the author or a quoted speaker presents a claim as uncertain,
// probable, estimated, unverified or merely claimed. The words are data (lexicons/hedges.de.json);
// the disambiguation that separates epistemic from deontic „soll“, „sehr wohl“ from „wohl“ and
// „meinen Sohn“ from „Beobachter meinen“ is code, here.
import hedgeData from './lexicons/hedges.de.json';
import { weakVerbForms } from './lexicon';
import type { Token } from './tokens';
import type { HedgeKind, Range } from './types';
import { WordFilter } from './wordfilter';

type HedgeData = typeof hedgeData;

/** A hedge found in one paragraph, offsets relative to the paragraph. */
export interface HedgeMatch extends Range {
  kind: HedgeKind;
  sentence: Range;
  inQuote: boolean;
  claim?: Range;
}

/** User additions, merged over the built-in lexicon. */
export interface HedgeAdditions {
  words?: Partial<Record<HedgeKind, string[]>>;
  phrases?: Partial<Record<HedgeKind, string[]>>;
}

const ADJECTIVE_ENDINGS = ['', 'e', 'en', 'er', 'es', 'em'];
const COPULAS = new Set(['ist', 'bleibt', 'blieb', 'war', 'sei', 'bleibe', 'sind', 'bleiben', 'waren', 'seien', 'scheint', 'noch', 'weiter', 'völlig', 'weiterhin', 'derzeit', 'bislang', 'bisher', 'vorerst', 'zunächst']);
const CLAUSE_BREAK = new Set([',', ';', ':', '–', '„', '“', '»', '«', '"']);
/** Words that open a new clause after a comma; other commas separate list items inside a clause. */
const CLAUSE_OPENERS = new Set(['dass', 'weil', 'wenn', 'ob', 'als', 'der', 'die', 'das', 'den', 'dem', 'deren', 'dessen', 'wo', 'was', 'wie', 'um', 'so', 'sondern', 'aber', 'doch', 'während', 'nachdem', 'bevor', 'obwohl', 'damit', 'denn', 'welche', 'welcher', 'welches', 'sagte', 'sagt', 'hieß', 'heißt', 'berichtete', 'berichtet', 'teilte']);
const GEHEN = new Set(['geht', 'gehen', 'ging', 'gingen', 'gehe', 'gehst', 'gegangen']);
const RECHNEN = new Set(['rechnet', 'rechnen', 'rechnete', 'rechneten', 'rechne', 'gerechnet']);
const PRONOUN_SUBJECTS = new Set(['ich', 'wir']);

interface Entry {
  kind?: HedgeKind;
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
    this.vagueSubjects = new Set(data.vagueSubjects);
    this.statives = new Set(data.statives);
    this.gate = new Set([...GEHEN, ...RECHNEN, 'davon']);
    for (const [w, e] of this.entries) {
      if (e.kind || e.verbLemma) this.gate.add(w);
      for (const p of e.phrases ?? []) this.gate.add(p.words.reduce((a, b) => (b.length > a.length ? b : a)));
    }
    this.gateFilter = new WordFilter(this.gate);
    this.entryFilter = new WordFilter(this.entries.keys());
  }

  lookup(lower: string): Entry | undefined {
    return this.entryFilter.mayHave(lower) ? this.entries.get(lower) : undefined;
  }

  /** Whether a sentence with this word may hold a hedge (see `gate`). */
  opensGate(lower: string): boolean {
    return this.gateFilter.mayHave(lower) && this.gate.has(lower);
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
export function detectHedges(tokens: Token[], sentences: Range[], quotes: Range[], lex: HedgeLexicon = getDefaultHedgeLexicon()): HedgeMatch[] {
  const out: HedgeMatch[] = [];
  let ti = 0;
  for (const sentence of sentences) {
    while (ti < tokens.length && tokens[ti].end <= sentence.start) ti++;
    let tj = ti;
    while (tj < tokens.length && tokens[tj].start < sentence.end) tj++;
    // Most sentences hold no hedge word at all: look before building the sentence's token list.
    let any = false;
    for (let k = ti; k < tj && !any; k++) any = tokens[k].kind === 'word' && lex.opensGate(tokens[k].lower);
    const toks = any ? tokens.slice(ti, tj) : [];
    for (const m of sentenceHedges(toks, lex)) {
      const inQuote = quotes.some((q) => q.start <= m.start && m.end <= q.end);
      out.push({ start: m.start, end: m.end, kind: m.kind, sentence, inQuote, claim: m.claim });
    }
    ti = tj;
  }
  return out;
}

type Found = Range & { kind: HedgeKind; claim?: Range };

function sentenceHedges(toks: Token[], lex: HedgeLexicon): Found[] {
  const found: Found[] = [];
  const span = (a: number, b: number, kind: HedgeKind, claim?: Range): Found => ({ start: toks[a].start, end: toks[b].end, kind, claim });
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind !== 'word') continue;
    const w = t.lower;
    const entry = lex.lookup(w);
    // Multi-word cues first: they are more specific than any of their words.
    const phrase = entry?.phrases?.find((p) => p.words.every((pw, k) => toks[i + k]?.lower === pw));
    if (phrase && !namedDocument(toks, i, phrase.words)) {
      const last = i + phrase.words.length - 1;
      found.push(span(i, last, phrase.kind));
      i = last;
      continue;
    }
    // „geht/ging (dabei) davon aus“, „wird davon ausgegangen“.
    if (w === 'davon' && (toks[i + 1]?.lower === 'aus' || /^aus(gegangen|zugehen)$/.test(toks[i + 1]?.lower ?? ''))) {
      let v = i;
      for (let k = i - 1; k >= Math.max(0, i - 5); k--) if (GEHEN.has(toks[k].lower)) { v = k; break; }
      found.push(span(v, i + 1, vagueOr(toks, v, lex, 'belief')));
      i++;
      continue;
    }
    // „geht die Behörde von einem Problem aus“: the finite verb carries the cue.
    if (GEHEN.has(w)) {
      const [, b] = clauseBounds(toks, i);
      if (toks[b].lower === 'aus' && toks.slice(i + 1, b).some((x) => x.lower === 'von')) {
        found.push(span(i, i, vagueOr(toks, i, lex, 'belief')));
        continue;
      }
    }
    if (RECHNEN.has(w) && toks.slice(i + 1, i + 5).some((x) => x.lower === 'mit' || x.lower === 'damit')) {
      found.push(span(i, i, vagueOr(toks, i, lex, 'belief')));
      continue;
    }
    const kind = entry?.kind;
    if (kind && keepWord(toks, i, lex)) {
      const claim = kind === 'reportive' ? clauseOf(toks, i) : undefined;
      found.push(span(i, i, kind, claim));
      continue;
    }
    const lemma = entry?.verbLemma;
    if (lemma && keepVerb(toks, i, lemma)) found.push(span(i, i, vagueOr(toks, i, lex, 'belief')));
  }
  return found;
}

/** „hieß es in der Rede“, „heißt es in einem Schreiben“ attribute to a document, not to hearsay. */
function namedDocument(toks: Token[], i: number, words: string[]): boolean {
  if (words[1] !== 'es' && words[0] !== 'es') return false;
  const after = toks[i + words.length];
  return after?.lower === 'in' && /^(der|dem|einem|einer|seiner|ihrer)$/.test(toks[i + words.length + 1]?.lower ?? '');
}

/** A belief verb with an unnamed group as subject („Beobachter meinen“) is a vague source. */
function vagueOr(toks: Token[], i: number, lex: HedgeLexicon, kind: HedgeKind): HedgeKind {
  for (let k = Math.max(0, i - 4); k < Math.min(toks.length, i + 3); k++) if (k !== i && lex.vagueSubjects.has(toks[k].lower)) return 'vague_source';
  return kind;
}

const isCapitalWord = (t: Token | undefined) => !!t && t.kind === 'word' && t.text[0] !== t.lower[0];
// Participles before „haben/sein“: gesehen, genommen, verhandelt, belauscht, worden (lower case: not a noun).
const isParticiple = (t: Token | undefined) => !!t && t.kind === 'word' && t.text[0] === t.lower[0] && (/^ge\p{L}+(t|en)$/u.test(t.lower) || /^(be|er|ent|ver|zer|miss|über|unter)\p{L}+t$/u.test(t.lower) || /\p{L}{3,}(iert|ert|tet|en)$/u.test(t.lower) || t.lower === 'worden');

/** Tokens of the clause around i: up to a colon, dash, quotation mark, or a comma that opens a new clause. */
function clauseBounds(toks: Token[], i: number): [number, number] {
  const breaksAt = (k: number) => {
    const t = toks[k].text;
    if (t !== ',') return CLAUSE_BREAK.has(t);
    return !toks[k + 1] || CLAUSE_OPENERS.has(toks[k + 1].lower);
  };
  let a = i, b = i;
  while (a > 0 && !breaksAt(a - 1)) a--;
  while (b < toks.length - 1 && !breaksAt(b + 1) && !/^[.!?]$/.test(toks[b + 1].text)) b++;
  return [a, b];
}

function clauseOf(toks: Token[], i: number): Range {
  const [a, b] = clauseBounds(toks, i);
  return { start: toks[a].start, end: toks[b].end };
}

/** The verb group at the end of the clause of a modal: its last words. */
function clauseTail(toks: Token[], i: number): Token[] {
  const [a, b] = clauseBounds(toks, i);
  // Parenthesised asides („(CDU)“) are not part of the verb group.
  const words: Token[] = [];
  let depth = 0;
  for (const t of toks.slice(a, b + 1)) {
    if (t.text === '(') depth++;
    else if (t.text === ')') depth = Math.max(0, depth - 1);
    else if (t.kind === 'word' && (depth === 0 || t === toks[i])) words.push(t);
  }
  // In a subordinate clause the modal itself stands last: look at what precedes it.
  const at = words.findIndex((t) => t === toks[i]);
  if (at === words.length - 1) return words.slice(Math.max(0, at - 3), at);
  return words.slice(at + 1);
}

/** „haben/sein“ after a participle: „genommen haben“, „gestorben sein“, „belauscht worden sein“. */
function hasPerfectInfinitive(tail: Token[]): boolean {
  const n = tail.length;
  if (n < 2) return false;
  const last = tail[n - 1].lower;
  return (last === 'haben' || last === 'sein') && isParticiple(tail[n - 2]);
}

function keepWord(toks: Token[], i: number, lex: HedgeLexicon): boolean {
  const t = toks[i];
  const w = t.lower;
  const prev = toks[i - 1]?.lower;
  const next = toks[i + 1];
  const midSentence = i > 0 && toks[i - 1].text !== '„';
  switch (w) {
    case 'wohl':
      // „das Wohl“ is a noun; „sehr wohl“, „wohl aber“, „ob … wohl“ are not epistemic.
      if (isCapitalWord(t) && midSentence) return false;
      return !['sehr', 'zwar', 'gleich', 'durchaus', 'lebe', 'lebt'].includes(prev ?? '') && next?.lower !== 'aber' && next?.lower !== 'fühlen';
    case 'soll':
    case 'sollen': {
      // Reportive only: the claimed past („soll … genommen haben“) or a state („soll sich … befinden“).
      // An order or a plan („soll bis Freitag entscheiden“, „soll gebaut werden“) is not a hedge.
      const tail = clauseTail(toks, i);
      if (hasPerfectInfinitive(tail)) return true;
      const last = tail[tail.length - 1]?.lower;
      if (!last || last === 'werden' || tail.some((x) => x.lower === 'werden')) return false;
      return lex.statives.has(last);
    }
    case 'will':
    case 'wollen':
      // „will nichts gesehen haben“ is reportive; „will kandidieren“ is intention.
      return hasPerfectInfinitive(clauseTail(toks, i));
    case 'könne':
    case 'könnte':
    case 'könnten':
      // „könne sich vorstellen“ is willingness, not possibility.
      return !(next?.lower === 'sich' && toks.slice(i + 2, i + 8).some((x) => x.lower.startsWith('vorstell')));
    case 'kann':
    case 'können':
    case 'müsste':
    case 'müssten':
    case 'mag': {
      // Epistemic only with „sein“: „Das kann ein Fehler sein“, „mag sein“; not ability or duty.
      // „kann ein Fehler gewesen sein“, „müsste es gewusst haben“ are inferences too.
      const tail = clauseTail(toks, i);
      return (tail.length > 0 && tail[tail.length - 1].lower === 'sein') || hasPerfectInfinitive(tail);
    }
    case 'offen':
      // Only the open question: „ob …, ist offen“, „bleibt offen“.
      return !!prev && COPULAS.has(prev) && (!next || next.kind !== 'word' || next.lower === 'und' || next.lower === 'ob' || next.lower === 'wie');
    case 'möglich':
      // „so schnell wie möglich“ is no hedge.
      return prev !== 'wie' && prev !== 'als' && prev !== 'nur' && prev !== 'soweit';
    case 'zweifel':
      return prev !== 'ohne' && prev !== 'keinen' && prev !== 'kein' && prev !== 'außer';
    case 'hinweise':
    case 'hinweisen':
      // „eindeutige Hinweise“ are evidence, not a hedge.
      return !/^(eindeutig|klar|deutlich)/.test(prev ?? '');
    default:
      return true;
  }
}

function keepVerb(toks: Token[], i: number, lemma: string): boolean {
  const t = toks[i];
  const midSentence = i > 0;
  // Capitalised forms mid-sentence are nouns: „den Glauben“, „das Denken“.
  if (isCapitalWord(t) && midSentence && toks[i - 1].text !== '„') return false;
  const next = toks[i + 1];
  const prev = toks[i - 1];
  switch (lemma) {
    case 'meinen':
      // „meinen Sohn“, „meine Familie“ are possessives.
      if (t.lower === 'meine' || t.lower === 'meinen') {
        if (isCapitalWord(next) || (next && next.kind === 'word' && /e[nmrs]?$/.test(next.lower) && isCapitalWord(toks[i + 2]))) return false;
        return PRONOUN_SUBJECTS.has(next?.lower ?? '') || PRONOUN_SUBJECTS.has(prev?.lower ?? '') || isCapitalWord(prev);
      }
      return t.lower !== 'gemeint';
    case 'denken':
      return t.lower === 'denke' || PRONOUN_SUBJECTS.has(next?.lower ?? '') || PRONOUN_SUBJECTS.has(prev?.lower ?? '');
    case 'schätzen':
      // An estimate comes with a figure or a clause; „schätzt die Arbeit“ is appreciation.
      return toks.some((x) => x.kind === 'number' || x.lower === 'dass' || x.lower === 'auf');
    case 'glauben':
      return next?.lower !== 'an' || toks.some((x) => x.lower === 'dass');
    default:
      return true;
  }
}
