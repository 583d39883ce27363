// The sentence view the rules read: a paragraph's tokens with the structure every rule needs —
// clause bounds, parentheses, asides in dashes, quoted names — and, through the grammar modules,
// noun phrases, subjects, sources and verbs of saying. One instance per paragraph (or mention).
import type { Lexicon, VerbEntry } from '../lexicon';
import type { Span } from '../types';
import { isCapitalized, type Token } from '../tokens';
import { after, nominal, nounPhrase, openingPhrase } from './noun-phrase';
import { speakerness } from './speakerness';
import { sourceOf, subjectOf } from './subject';
import { verbAt, type VerbReading } from './verbs';
import { adjectiveShape, ADVERBS, AUXILIARIES, CONJUNCTIONS, DETERMINERS, INTENSIFIER, NAME_PARTICLES, PREPOSITIONS, RELATIVE_PRONOUN } from './words';

const CLAUSE_BREAK = new Set([',', ':', ';', '–', '—', '.', '!', '?']);
/** Opening mark → its closing mark (the ASCII " opens and closes: not used for names). */
const CLOSING_MARK: Record<string, string> = { '„': '“', '»': '«', '«': '»', '“': '”', '‚': '‘', '›': '‹' };
/** Pronouns that can follow a relative pronoun but never an article („die alles …“, „der sich …“). */
const PRONOUN_AFTER_RELATIVE = /^(alles|nichts|etwas|sich|man|ihn|ihm|ihnen|uns|euch|mir|mich|dir|dich|wir|ich|ihr|du|es|jemand|niemand)$/;

export type NP = [number, number];

export class SentenceTokens {
  private readonly memos = new Map<string, unknown>();

  constructor(
    readonly text: string,
    readonly tokens: Token[],
    readonly lex: Lexicon,
  ) {}

  /**
   * A value computed once per paragraph view, e.g. the verbs of a sentence that every quote in it
   * looks at: without it, a sentence with thousands of quotes is scanned once per quote.
   */
  memo<T>(key: string, make: () => T): T {
    let v = this.memos.get(key) as T | undefined;
    if (v === undefined) {
      v = make();
      this.memos.set(key, v);
    }
    return v;
  }

  span(a: number, b: number): Span {
    const s = this.tokens[a].start;
    const e = this.tokens[b].end;
    return { start: s, end: e, text: this.text.slice(s, e) };
  }

  /** A noun phrase starting at token i: pronoun, or determiner + adjectives + nouns/names. */
  nounPhrase(i: number, limit: number): NP | null {
    return nounPhrase(this, i, limit);
  }

  /** The subject of the verb at v (see subject.ts). */
  subjectOf(v: number, from: number, to: number): NP | null {
    return subjectOf(this, v, from, to);
  }

  /** The source of speech cued by the verb at v (see subject.ts). */
  sourceOf(v: number, entry: VerbEntry, from: number, to: number): NP | null {
    return sourceOf(this, v, entry, from, to);
  }

  /** How much a noun phrase looks like a source of speech (see speakerness.ts). */
  speakerness(np: NP): number {
    return speakerness(this, np);
  }

  /** The first noun phrase after token v, skipping adverbs and prepositional phrases. */
  after(v: number, to: number): NP | null {
    return after(this, v, to);
  }

  /** The noun phrase (with attachments and a name in commas) opening the clause at a, and the word after it. */
  openingPhrase(a: number, end: number): { np: NP; next: number } | null {
    return openingPhrase(this, a, end);
  }

  /** Tokens [a, b] read as a noun phrase with attachments: no verb, short. */
  nominal(a: number, b: number): boolean {
    return nominal(this, a, b);
  }

  /** Speech-verb reading of token i, checking that a required particle follows in the clause. */
  verbAt(i: number, to: number): VerbReading | null {
    return verbAt(this, i, to);
  }

  /** Index of the token ending the clause that starts at i (exclusive), within [i, limit). Quoted names do not end it. */
  clauseEnd(i: number, limit: number): number {
    for (let j = i; j < limit; j++) {
      // A parenthesis is no clause break: „Novak (SDS, dt. etwa Sozialdemokraten) betont“.
      if (this.tokens[j].text === '(') {
        const close = this.matchingParen(j, limit, 1);
        if (close > 0) { j = close; continue; }
      }
      if (this.tokens[j].kind === 'quote') {
        const close = this.articledName(j) ? this.longNameQuoteEnd(j) : this.nameQuoteEnd(j);
        if (close > 0 && close < limit) { j = close; continue; }
        return j;
      }
      // Nor is an aside in a pair of dashes (as in clauseStart): „teilte – nach langen Beratungen – die Werft mit“.
      if (this.tokens[j].text === '–' || this.tokens[j].text === '—') {
        const close = this.closingDash(j, limit);
        if (close > 0) { j = close; continue; }
      }
      if (CLAUSE_BREAK.has(this.tokens[j].text) && !this.inlineDot(j) && !this.betweenAdjectives(j)) return j;
    }
    return limit;
  }

  /** The parenthesis matching the one at j, looking forward (dir 1) or back (-1) within 20 tokens, or -1. */
  matchingParen(j: number, limit: number, dir: 1 | -1): number {
    const [open, close] = dir === 1 ? ['(', ')'] : [')', '('];
    let depth = 0;
    for (let k = j; dir === 1 ? k < limit : k >= limit; k += dir) {
      if (Math.abs(k - j) > 20) return -1;
      if (this.tokens[k].text === open) depth++;
      else if (this.tokens[k].text === close && --depth === 0) return k;
    }
    return -1;
  }

  /** A dot inside the sentence after a number or an abbreviation („zum 21. November“, „Dr.“) ends no clause. */
  inlineDot(j: number): boolean {
    const t = this.tokens;
    if (t[j].text !== '.' || j === 0) return false;
    const before = t[j - 1];
    // (An initial too: „Jan L. Roth“.)
    // (Not before an article, where the sentence goes on: „… Omar M. Dem Bericht zufolge …“.)
    const initial = before.kind === 'word' && before.text.length === 1 && before.text !== before.lower && !!t[j + 1] && isCapitalized(t[j + 1]) && !DETERMINERS.has(t[j + 1].lower);
    return (before.kind === 'number' || initial || this.lex.abbreviations.has(before.lower)) && before.end === t[j].start && j + 1 < t.length && t[j + 1].kind === 'word';
  }

  /**
   * Like clauseEnd, but a name in commas does not end it: „brachte die Sprecherin, Anna Roth, zum
   * Ausdruck“, „ging Brandt, der Anwalt des Vereins, davon aus“; nor does a few quoted words inside
   * the clause: „kündigte eine „gründliche Prüfung“ an“, „wies die Kritik als „haltlos“ zurück“.
   */
  particleSearchEnd(i: number, limit: number): number {
    let end = this.clauseEnd(i, limit);
    for (let close = this.phraseQuoteEnd(end); close > 0 && close + 1 < limit; close = this.phraseQuoteEnd(end)) end = this.clauseEnd(close + 1, limit);
    while (end < limit && this.tokens[end].text === ',') {
      // (A relative clause on the object, closed by its comma: „geht aus einer Mitteilung, die am
      // Montag kam, hervor“.)
      const relativeEnd = isCapitalized(this.tokens[end - 1]) && this.opensRelativeClause(end + 1) ? this.clauseEnd(end + 1, limit) : -1;
      if (relativeEnd > end + 2 && this.tokens[relativeEnd]?.text === ',') {
        end = this.clauseEnd(relativeEnd + 1, limit);
        continue;
      }
      let c = end + 1;
      // (An apposition may carry adjectives and a prepositional phrase: „Kowalski, der für den
      // Hafen zuständige städtische Dezernent, aus“; it ends in a noun, where a relative clause ends in its verb.)
      const t = this.tokens;
      while (c < limit && c - end <= 10 && (this.inlineDot(c) || (t[c].kind === 'word' && (isCapitalized(t[c]) || NAME_PARTICLES.has(t[c].lower) || DETERMINERS.has(t[c].lower) || PREPOSITIONS.has(t[c].lower) || (/(e|en|er|es|em)$/.test(t[c].lower) && !this.lex.verb(t[c].lower).length && !AUXILIARIES.has(t[c].lower)))))) c++;
      if (c === end + 1 || c >= limit || t[c].text !== ',' || !isCapitalized(t[c - 1])) break;
      end = this.clauseEnd(c + 1, limit);
    }
    return end;
  }

  /**
   * The start of the clause of verb v. A quotation right before the verb does not end it: „… welche
   * die Techniker als „eine Horde von Anfängern“ beschimpfte“, „… werden die Vorkehrungen als
   * „extrem“ bezeichnet“.
   */
  verbClauseStart(v: number, from: number): number {
    let cs = this.clauseStart(v, from);
    // The commas of a list are no clause breaks: „Die Lotsen aus Kiel, Lübeck und Rostock erklärten …“.
    if (this.endsList(cs, v)) {
      while (cs - 2 > from && this.tokens[cs - 1].text === ',' && isCapitalized(this.tokens[cs - 2])) {
        const previous = this.clauseStart(cs - 1, from);
        const item = this.listItemEnd(previous) === cs - 1;
        cs = previous;
        if (!item) break;
      }
    }
    if (this.tokens[cs - 1]?.kind !== 'quote' || cs - 1 <= from) return cs;
    // Right before the verb any quotation; further back a short one inside the clause
    // („wird von vielen als die „stärkste“ WM bezeichnet“).
    const open = this.openingOf(cs - 1);
    if (open <= from || (cs !== v && cs - 1 - open > 4)) return cs;
    return this.clauseStart(open, from);
  }

  /** Whether the words from cs up to the verb at v are the last two items of a list: „Lübeck und Rostock“. */
  private endsList(cs: number, v: number): boolean {
    const first = this.listItemEnd(cs);
    if (first < 0 || !/^(und|oder|sowie)$/.test(this.tokens[first]?.lower ?? '')) return false;
    const last = this.listItemEnd(first + 1);
    return last > first + 1 && last <= v && last < this.tokens.length && !isCapitalized(this.tokens[last]);
  }

  /** The end (exclusive) of a list item of one to three capitalised words opening at i, or -1. */
  private listItemEnd(i: number): number {
    let k = i;
    while (k < i + 3 && this.tokens[k]?.kind === 'word' && isCapitalized(this.tokens[k]) && !DETERMINERS.has(this.tokens[k].lower)) k++;
    return k > i ? k : -1;
  }

  clauseStart(i: number, floor: number): number {
    for (let j = i - 1; j >= floor; j--) {
      if (this.tokens[j].text === ')') {
        const open = this.matchingParen(j, floor, -1);
        if (open >= 0) { j = open; continue; }
      }
      if (this.tokens[j].kind === 'quote') {
        const open = this.nameQuoteStart(j);
        if (open >= floor) { j = open; continue; }
        return j + 1;
      }
      // An aside in a pair of dashes is no clause break: „wird die Position – das Dokument war
      // bekannt geworden – durch den Hinweis markiert“.
      if (this.tokens[j].text === '–' || this.tokens[j].text === '—') {
        const open = this.openingDash(j, floor);
        if (open >= 0) { j = open; continue; }
      }
      if (CLAUSE_BREAK.has(this.tokens[j].text) && !this.inlineDot(j) && !this.betweenAdjectives(j)) return j + 1;
    }
    return floor;
  }

  /**
   * Whether the comma at j joins two adjectives of one noun phrase, no clauses: „als große, ernste
   * Bedrohung“, „eine klare, harte Linie“, „als sehr, sehr ernste Gefahr“ (an article, a preposition,
   * „als“ or a degree word before the first; a noun after the second; no verb among them).
   */
  betweenAdjectives(j: number): boolean {
    const t = this.tokens;
    if (t[j].text !== ',') return false;
    const first = t[j - 1], second = t[j + 1];
    const adjective = (w: Token | undefined) => adjectiveShape(w) && !this.lex.verb(w!.lower).length;
    const repeated = first?.kind === 'word' && second?.kind === 'word' && first.lower === second.lower && INTENSIFIER.test(first.lower);
    if (!repeated && !(adjective(first) && adjective(second) && t[j + 2]?.kind === 'word' && isCapitalized(t[j + 2]))) return false;
    const before = t[j - 2]?.lower ?? '';
    // (Not „zu“, which makes the first an infinitive: „zu erfüllen, wie Klinger sagte“.)
    return (DETERMINERS.has(before) || PREPOSITIONS.has(before) || before === 'als' || INTENSIFIER.test(before)) && before !== 'zu';
  }

  /** The dash opening the aside that the dash at `close` ends (within 30 tokens of one sentence), or -1. */
  openingDash(close: number, floor: number): number {
    for (let k = close - 1; k >= floor && k >= close - 30; k--) {
      const x = this.tokens[k].text;
      if (x === '–' || x === '—') return k > floor ? k : -1;
      if (x === '.' || x === '!' || x === '?' || x === ';' || x === ':') return -1;
    }
    return -1;
  }

  /** The dash closing the aside that the dash at `open` opens (within 30 tokens of one sentence, words going on after it), or -1. */
  closingDash(open: number, limit: number): number {
    for (let k = open + 1; k < limit && k <= open + 30; k++) {
      const x = this.tokens[k].text;
      if (x === '–' || x === '—') return k > open + 1 && k + 1 < limit && this.tokens[k + 1].kind === 'word' ? k : -1;
      if (x === '.' || x === '!' || x === '?' || x === ';' || x === ':') return -1;
    }
    return -1;
  }

  /**
   * For an opening mark at i of a short quoted name („Die Zeit“, „BBC News“: at most five words,
   * the first capitalised, no punctuation), the index of its closing mark; otherwise -1.
   */
  nameQuoteEnd(i: number): number {
    const first = this.tokens[i + 1];
    return first && isCapitalized(first) ? this.shortQuoteEnd(i, 6, true) : -1;
  }

  /** Whether the mark at j follows an article and its adjectives: „der neue „…““. */
  articledName(j: number): boolean {
    const t = this.tokens;
    let k = j - 1;
    while (k >= 0 && j - k <= 3 && t[k].kind === 'word' && !isCapitalized(t[k]) && /(e|en|er|es)$/.test(t[k].lower) && !DETERMINERS.has(t[k].lower)) k--;
    return k >= 0 && t[k].kind === 'word' && DETERMINERS.has(t[k].lower);
  }

  /** Like nameQuoteEnd, for a name after its article, which may be longer: up to nine words („der „Hohe Rat zur Rettung des Hafens““). */
  longNameQuoteEnd(i: number): number {
    const first = this.tokens[i + 1];
    return first && isCapitalized(first) ? this.shortQuoteEnd(i, 10, true) : -1;
  }

  /** The closing mark of a quoted phrase opening at i — up to six words, no punctuation inside — or -1. */
  phraseQuoteEnd(i: number): number {
    return this.shortQuoteEnd(i, 7, false);
  }

  /** The closing mark within `span` tokens of the opening mark at i, words and numbers between (and full stops with `dots`), or -1. */
  private shortQuoteEnd(i: number, span: number, dots: boolean): number {
    const t = this.tokens;
    if (t[i]?.kind !== 'quote' || t[i + 1]?.kind !== 'word') return -1;
    for (let k = i + 2; k < t.length && k <= i + span; k++) {
      if (t[k].kind === 'quote') return CLOSING_MARK[t[i].text] === t[k].text ? k : -1;
      if (t[k].kind !== 'word' && t[k].kind !== 'number' && t[k].text !== '-' && !(dots && t[k].text === '.')) return -1;
    }
    return -1;
  }

  /** The opening mark paired with the closing mark at `close` (within 200 tokens), or -1. */
  openingOf(close: number): number {
    const t = this.tokens;
    for (let k = close - 1; k >= 0 && k >= close - 200; k--) if (t[k].kind === 'quote') return CLOSING_MARK[t[k].text] === t[close].text ? k : -1;
    return -1;
  }

  /** The closing mark paired with the opening mark at `open` (within 200 tokens), or -1. */
  closingOf(open: number): number {
    const t = this.tokens;
    for (let k = open + 1; k < t.length && k <= open + 200; k++) if (t[k].kind === 'quote') return CLOSING_MARK[t[open].text] === t[k].text ? k : -1;
    return -1;
  }

  nameQuoteStart(close: number): number {
    for (let k = close - 2; k >= 0 && k >= close - 6; k--) {
      if (this.tokens[k].kind === 'quote') return this.nameQuoteEnd(k) === close ? k : -1;
    }
    return -1;
  }


  /** A noun phrase that is plural by its form: „die tibetischen Mönche“, „Die Äußerungen“, „einige Teilnehmer“. */
  plural(np: [number, number]): boolean {
    const t = this.tokens;
    const first = t[np[0]].lower;
    if (/^(alle|viele|beide|einige|mehrere|zahlreiche|etliche|wenige)$/.test(first)) return true;
    // („die den Plan kritisierende Ministerin“ opens an extended attribute, not a plural.)
    if (first === 'die' && np[1] > np[0] + 1 && !isCapitalized(t[np[0] + 1]) && /en$/.test(t[np[0] + 1].lower) && !DETERMINERS.has(t[np[0] + 1].lower)) return true;
    // („Genaue Zahlen nannte sie nicht“: a bare adjective in -e before a noun in -en/-n/-s is a plural.)
    if (np[1] === np[0] + 1 && !DETERMINERS.has(first) && /\p{L}{3,}e$/u.test(first) && isCapitalized(t[np[1]]) && /(en|n|s)$/.test(t[np[1]].lower) && !/(ung|heit|keit|schaft)$/.test(t[np[1]].lower)) return true;
    return /^(die|den|einige|mehrere)$/.test(first) && /(ungen|heiten|keiten|innen|schaften|nisse|ionen|täten)$/.test(t[this.head(np)].lower);
  }

  /** The head noun of a noun phrase: its first capitalised word after the article, before any genitive or date („einem Memorandum vom August 2002“). */
  head(np: [number, number]): number {
    const t = this.tokens;
    let head = np[0] + 1;
    while (head < np[1] && !isCapitalized(t[head])) head++;
    return Math.min(head, np[1]);
  }

  /** „dessen Organe …“, „die fast nur Frauen vertritt“: a relative pronoun, not an article before its noun („die nordrhein-westfälische Justizministerin“). */
  opensRelativeClause(i: number): boolean {
    const t = this.tokens;
    if (!RELATIVE_PRONOUN.test(t[i].lower)) return false;
    if (/^(dessen|deren|denen|welche[rsnm]?)$/.test(t[i].lower)) return true;
    const next = t[i + 1];
    // Before a preposition it is a relative pronoun far more often than the article of an
    // extended attribute: „…, die unter der Führung Kanadas agiert“.
    if (next && !isCapitalized(next) && PREPOSITIONS.has(next.lower)) return true;
    // So it is before an adverb: „…, der zudem erklärte“, and before a pronoun, which no article
    // takes: „…, die alles offen lässt“, „…, der sich wehrt“.
    if (next && !isCapitalized(next) && (ADVERBS.has(next.lower) || PRONOUN_AFTER_RELATIVE.test(next.lower))) return true;
    // So it is before a verb of saying that no noun follows, after a noun: „Die Lotsin, die sagte, …“
    // (not „die erwartete Wende“, nor „Denn, das lässt sich sagen“).
    const noun = t[i - 2] && t[i - 1]?.text === ',' && isCapitalized(t[i - 2]) && !ADVERBS.has(t[i - 2].lower) && !CONJUNCTIONS.has(t[i - 2].lower);
    if (next && noun && !isCapitalized(next) && this.lex.verb(next.lower).length && !(t[i + 2] && isCapitalized(t[i + 2]))) return true;
    return !next || DETERMINERS.has(next.lower) || !(isCapitalized(next) || next.kind === 'number' || /(e|en|er|es|em)$/.test(next.lower));
  }


  cueSpan(v: number, particle?: number): Span {
    const verb = this.span(v, v);
    if (particle === undefined) return verb;
    if (particle < v) return this.span(particle, v);
    const p = this.span(particle, particle);
    return { start: verb.start, end: p.end, text: this.text.slice(verb.start, p.end), segments: [verb, p] };
  }
}
