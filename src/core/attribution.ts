// Finds the cue (verb of saying, „so“, „laut“, „zufolge“, a colon) and the speaker mention
// (the grammatical source) for a stretch of reported speech inside a sentence.
import type { Lexicon, VerbEntry } from './lexicon';
import type { Span } from './types';
import { isCapitalized, type Token } from './tokens';

export interface Attribution {
  cue: Span | null;
  speaker: Span | null;
  /** How the attribution was found, strongest first. */
  via: 'after' | 'colon-verb' | 'colon-heading' | 'sentence-verb' | 'preposition' | 'none';
  verb?: VerbEntry;
  /**
   * A frame in Konjunktiv is itself reported, by the speaker of the speech before: „Sie rate zum
   * Kauf …“, „Zuerst habe sie nicht damit gerechnet, dass …“, „Ferner hätten sich die Minister für …
   * ausgesprochen“.
   */
  reportedFrame?: boolean;
}

/** An attribution with every field present, in one shape (mixed shapes slowed every reader of them). */
export function attributionOf(cue: Span | null, speaker: Span | null, via: Attribution['via'], verb?: VerbEntry, reportedFrame?: boolean): Attribution {
  return { cue, speaker, via, verb, reportedFrame };
}

export const DETERMINERS = new Set([
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'kein', 'keine',
  'sein', 'seine', 'seiner', 'seinem', 'seinen', 'ihr', 'ihre', 'ihrer', 'ihrem', 'ihren', 'dessen', 'deren',
  'dieser', 'diese', 'dieses', 'diesem', 'diesen', 'jener', 'jene', 'mehrere', 'viele', 'einige', 'zwei', 'drei',
  'vier', 'fünf', 'beide', 'beiden', 'alle', 'manche',
]);
export const SUBJECT_PRONOUNS = new Set(['er', 'sie', 'es', 'ich', 'wir', 'man', 'ihr', 'du']);
export const PREPOSITIONS = new Set([
  'am', 'im', 'in', 'bei', 'beim', 'gegenüber', 'vor', 'nach', 'auf', 'mit', 'zu', 'zum', 'zur', 'von', 'vom', 'für',
  'über', 'unter', 'an', 'aus', 'seit', 'während', 'bis', 'ab', 'gegen', 'durch', 'um', 'ohne', 'trotz', 'wegen',
  'angesichts', 'anlässlich', 'aufgrund', 'infolge', 'seitens', 'hinsichtlich', 'bezüglich', 'neben', 'zwischen',
  'hinter', 'innerhalb', 'außerhalb', 'statt', 'anstatt', 'dank', 'mangels', 'binnen', 'entgegen', 'samt', 'mitsamt',
  'inmitten', 'unweit', 'jenseits', 'zwecks', 'ins', 'ans', 'aufs', 'vorm', 'hinterm', 'überm', 'unterm',
]);
const ARTICLE = /^(der|die|das|den|dem|des|ein|eine|einer|eines|einem|einen)$/;
/** Past participles: „gefordert“, „vorgeworfen“, „mitgeteilt“, „bekanntgegeben“, „kritisiert“. */
const PARTICIPLE = /^(ab|an|auf|aus|bei|dar|ein|fest|fort|frei|her|hervor|hin|klar|mit|nach|vor|weg|zu|zurück|bekannt)?ge\p{L}{2,}(t|en)$|iert$/u;
/** „daraus“, „darin“, „hierzu“, „davon“: adverbs standing for a phrase, never a speaker. */
const PRONOMINAL_ADVERB = /^(da|dar|hier|wo)(an|auf|aus|bei|durch|für|gegen|hinter|in|mit|nach|neben|um|unter|über|von|vor|zu|zwischen)$/;
/** Lower-case parts of surnames: „Ursula von der Leyen“, „Karl-Theodor zu Guttenberg“, „Heike van Laak“. */
const NAME_PARTICLES = new Set(['von', 'van', 'de', 'zu', 'da', 'di', 'del', 'della', 'dos', 'du', 'le', 'la', 'ter', 'vom']);
const ADVERBS = new Set([
  'dazu', 'auch', 'jedoch', 'weiter', 'zudem', 'bereits', 'noch', 'dann', 'damals', 'später', 'heute', 'gestern',
  'außerdem', 'allerdings', 'nun', 'jetzt', 'daher', 'deshalb', 'darauf', 'dabei', 'hingegen', 'dagegen', 'ebenfalls',
  'schon', 'erneut', 'wiederum', 'zuletzt', 'kürzlich', 'zuvor', 'vorher', 'nachher', 'anschließend', 'morgen',
  'abends', 'morgens', 'mittags', 'ferner', 'sogar', 'nur', 'immer', 'wieder', 'stets', 'oft', 'bislang', 'inzwischen',
  'mittlerweile', 'jüngst', 'einmal', 'doch', 'aber', 'denn', 'ja', 'wohl', 'gerne', 'gern', 'offen', 'deutlich',
  'knapp', 'kurz', 'sinngemäß', 'wörtlich', 'süffisant', 'lapidar', 'trocken', 'erleichtert', 'sichtlich', 'hier',
  'dort', 'so', 'etwa', 'ebenso', 'gleichzeitig', 'zugleich', 'insgesamt', 'abschließend', 'einst', 'neulich',
  'demnach', 'insbesondere', 'demzufolge', 'folglich', 'somit', 'also', 'stattdessen', 'vielmehr', 'schließlich',
  'danach', 'bisher', 'derzeit', 'gegenwärtig', 'dennoch', 'trotzdem', 'darüber', 'hinaus', 'indes', 'unterdessen',
  'währenddessen', 'zunächst', 'vorerst', 'erstmals', 'offenbar', 'offensichtlich', 'angeblich', 'vermutlich',
  'zuerst', 'momentan', 'aktuell', 'gleichwohl', 'allein', 'lediglich', 'ebenfalls', 'zumindest', 'wenigstens',
  'zwar', 'freilich', 'immerhin', 'jedenfalls', 'ohnehin', 'übrigens', 'eigentlich', 'tatsächlich', 'natürlich',
]);
const CONJUNCTIONS = ['und', 'oder', 'aber', 'als', 'dass', 'ob', 'wenn', 'weil', 'denn', 'doch', 'sondern', 'zumal', 'während', 'nachdem', 'bevor', 'obwohl', 'damit', 'sodass', 'wie', 'wo', 'was', 'wer', 'warum', 'weshalb', 'laut', 'zufolge', 'nicht', 'kein', 'da', 'falls', 'sobald', 'solange', 'obgleich', 'sofern'];
/** Object pronouns: „Ihm wird vorgeworfen …“ names no speaker. */
const OBJECT_PRONOUNS = ['ihm', 'ihn', 'ihnen', 'uns', 'euch', 'mich', 'mir', 'dich', 'dir', 'sich'];
const NOT_NP_START = new Set([...ADVERBS, ...PREPOSITIONS, ...CONJUNCTIONS, ...OBJECT_PRONOUNS]);
/** Participles without „ge“ („erwartet“, „bestätigt“): in a clause with „werden“ they are passive. */
const INSEPARABLE_PARTICIPLE = /^(be|er|ver|ent|zer|emp|miss)\p{Ll}{3,}t$/u;
/** A participle that makes a passive with „wurde“ („gefordert“, „bestätigt“, „kritisiert“). */
export function isPassiveParticiple(lower: string): boolean {
  return PARTICIPLE.test(lower) || INSEPARABLE_PARTICIPLE.test(lower);
}
/** Participles describing a state („Besorgt“, „Enttäuscht“, „Unbeeindruckt“), capitalised at the sentence start. */
const STATE_PARTICIPLE = /^(be|ge|ver|er|ent|zer|über|unbe|unge)\p{Ll}{3,}t$/u;
/** Capitalised only because they open the sentence: Relativierend, Gleichzeitig, Ebenfalls. */
const ADVERBIAL_ENDING = /(end|lich|ig|isch|weise|mals|falls|dings|wärts|halb)$/;
/** Determiners that mark accusative or dative: such a phrase is rarely the subject. */
const OBLIQUE = new Set(['den', 'dem', 'einen', 'einem', 'seinen', 'seinem', 'ihren', 'ihrem', 'diesen', 'diesem', 'keinen', 'keinem', 'des', 'eines']);
const ABSTRACT = /(ung|heit|keit|ion|tät|nis|tum|ismus|schaft|ment|ik|ie|gang|druck|fall|zahl|summe|menge|höhe|kosten|schaden)$/;
/** Verbs that say nothing when reflexive („sich behaupten“ = to prevail). */
const REFLEXIVE_NOT_SPEECH = new Set(['behaupten', 'ankündigen', 'wiederholen']);
/** Separable particles that, left at the clause end, belong to another verb than the one listed. */
const STRAY_PARTICLE = /^(aus|an|ab|vor|ein|nach|auf|fest|weg|zurück|hin|her|los|um|bei)$/;
/** A finite verb form that is singular (third person): „bezeichnete“, „sagt“, „hat“, „sei“. */
const SINGULAR_FINITE = /^(?!sind$)(?!.*n$).*[a-zäöüß]$/;
export const RELATIVE_PRONOUN = /^(der|die|das|den|dem|denen|dessen|deren|welcher|welche|welches|welchen|welchem)$/;
const GENITIVE_ARTICLE = new Set(['des', 'der', 'eines', 'einer']);
/** Articles that do not stand alone before a verb in news prose (unlike „das“ and „die“). */
const ATTRIBUTIVE_ARTICLE = new Set(['der', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'kein', 'keine', 'keiner', 'keines', 'keinem', 'keinen', 'sein', 'seine', 'seiner', 'seines', 'seinem', 'seinen', 'ihr', 'ihre', 'ihrer', 'ihres', 'ihrem', 'ihren', 'unser', 'unsere', 'unserer', 'unseres', 'unserem', 'unseren', 'dieser', 'dieses', 'diesem', 'diesen']);
const CLAUSE_BREAK = new Set([',', ':', ';', '–', '—', '.', '!', '?']);
/** Opening mark → its closing mark (the ASCII " opens and closes: not used for names). */
const CLOSING_MARK: Record<string, string> = { '„': '“', '»': '«', '«': '»', '“': '”', '‚': '‘', '›': '‹' };
const AUXILIARIES = new Set(['hat', 'hatte', 'haben', 'hatten', 'ist', 'war', 'sind', 'waren', 'wird', 'wurde', 'werden', 'wurden', 'will', 'wollte', 'soll', 'sollte', 'kann', 'konnte', 'muss', 'musste', 'habe', 'sei']);

export class SentenceTokens {
  constructor(
    readonly text: string,
    readonly tokens: Token[],
    readonly lex: Lexicon,
  ) {}

  span(a: number, b: number): Span {
    const s = this.tokens[a].start;
    const e = this.tokens[b].end;
    return { start: s, end: e, text: this.text.slice(s, e) };
  }

  /** A noun phrase starting at token i: pronoun, or determiner + adjectives + nouns/names. */
  nounPhrase(i: number, limit: number): [number, number] | null {
    const t = this.tokens;
    // A quoted name standing alone: „„BBC News“ berichtet …“.
    if (i < limit && t[i].kind === 'quote') {
      const close = this.nameQuoteEnd(i);
      return close > 0 && close < limit ? [i, close] : null;
    }
    if (i >= limit || t[i].kind !== 'word') return null;
    // „Von der Leyen betonte …“: a name particle opening the sentence, right before the verb.
    if (NAME_PARTICLES.has(t[i].lower) && isCapitalized(t[i])) {
      const k = t[i + 1]?.lower === 'der' ? i + 2 : i + 1;
      const verb = t[k + 1];
      if (k < limit && isCapitalized(t[k]) && !this.lex.roleHead(t[k].lower) && verb?.kind === 'word' && !isCapitalized(verb) && (this.lex.verb(verb.lower).length > 0 || AUXILIARIES.has(verb.lower))) return [i, k];
    }
    if (SUBJECT_PRONOUNS.has(t[i].lower)) return [i, i];
    // A demonstrative standing alone before its verb is a pronoun: „Diese bestätigte, dass …“.
    if (/^(diese|dieser|der|die|jener|jene)$/.test(t[i].lower) && t[i + 1]?.kind === 'word' && !isCapitalized(t[i + 1]) && (this.lex.verb(t[i + 1].lower).length > 0 || AUXILIARIES.has(t[i + 1].lower))) return [i, i];
    // … and right after it: „so schrieb diese in einer Stellungnahme“.
    if (/^(diese|dieser)$/.test(t[i].lower) && i > 0 && t[i - 1].kind === 'word' && (this.lex.verb(t[i - 1].lower).length > 0 || AUXILIARIES.has(t[i - 1].lower)) && (!t[i + 1] || t[i + 1].kind === 'punct' || PREPOSITIONS.has(t[i + 1].lower) || ADVERBS.has(t[i + 1].lower))) return [i, i];
    // (A function word capitalised inside a sentence is a name: „…, sagt Kurz, …“.)
    // (Not after a preposition or article: „am Morgen“ is a noun, but names no one.)
    const prev = t[i - 1];
    const nameInside = isCapitalized(t[i]) && !!prev && (prev.text === ',' || (prev.kind === 'word' && !isCapitalized(prev) && !PREPOSITIONS.has(prev.lower) && !DETERMINERS.has(prev.lower)));
    if ((NOT_NP_START.has(t[i].lower) && !nameInside) || PRONOMINAL_ADVERB.test(t[i].lower) || (isCapitalized(t[i]) && ADVERBIAL_ENDING.test(t[i].lower) && !this.lex.roleHead(t[i].lower))) return null;
    // „Besorgt äußerte sich …“, „Enttäuscht zeigte sich …“: a participle opening the sentence before its verb.
    if (STATE_PARTICIPLE.test(t[i].lower) && t[i + 1]?.kind === 'word' && !isCapitalized(t[i + 1]) && (i === 0 || /[.!?:]/.test(t[i - 1].text))) return null;
    // Web addresses name media: „Wie t-online.de berichtet, …“.
    if (/\.(de|com|org|net|at|ch|eu|info)$/.test(t[i].lower)) return [i, i];
    // Brand names written with an inner capital: „eBay hält es für möglich …“.
    if (/^\p{Ll}+\p{Lu}/u.test(t[i].text)) return [i, i];
    let j = i;
    // „Einer der Putschisten“, „viele der Teilnehmer“: a quantifier with a genitive.
    if (/^(einer|eine|eines|keiner|keine|viele|einige|mehrere|beide|alle|manche)$/.test(t[i].lower) && /^(der|des)$/.test(t[i + 1]?.lower ?? '')) {
      const g = this.nounPhrase(i + 1, limit);
      if (g) return [i, g[1]];
    }
    if (DETERMINERS.has(t[j].lower)) j++;
    // „der 81-jährige“, „die 46-Jährige“: an age standing for a person.
    if (j > i && t[j]?.kind === 'number' && t[j + 1]?.text === '-' && t[j + 2]?.kind === 'word' && /^(jährige|jähriger|jährigen)$/.test(t[j + 2].lower)) return [i, j + 2];
    let lastNoun = -1;
    for (; j < limit; j++) {
      const tok = t[j];
      if (tok.kind === 'word') {
        if (isCapitalized(tok)) {
          lastNoun = j;
          continue;
        }
        // Lower-case words inside a noun phrase are adjectives before the noun, or intensifiers („ganz“, „sehr“).
        // (Not when an article follows: „dankte den Menschen“ is a verb and its object.)
        // (Nor an auxiliary: „wurde Medienberichten zufolge“.)
        if (lastNoun < 0 && /(e|en|er|es|em)$/.test(tok.lower) && !this.lex.verb(tok.lower).length && !AUXILIARIES.has(tok.lower) && !/^(wurde|wurden|werde|werden|habe|haben|hatte|hatten|hätte|hätten|wäre|wären|würde|würden|sei|seien|waren)$/.test(tok.lower) && !PREPOSITIONS.has(tok.lower) && !ARTICLE.test(tok.lower) && !ARTICLE.test(t[j + 1]?.lower ?? '')) continue;
        if (lastNoun < 0 && /^(ganz|sehr|besonders|äußerst|so|zu|recht|ziemlich|überaus)$/.test(tok.lower)) continue;
        // A surname with its particle after a first name: „Ursula von der Leyen“ (not „Sprecher von …“).
        if (NAME_PARTICLES.has(tok.lower) && lastNoun >= 0 && lastNoun === j - 1 && !this.lex.roleHead(t[lastNoun].lower) && !this.lex.organisationHead(t[lastNoun].lower) && !ABSTRACT.test(t[lastNoun].lower)) {
          const k = /^(der|den)$/.test(t[j + 1]?.lower ?? '') ? j + 2 : j + 1;
          if (k < limit && isCapitalized(t[k]) && !DETERMINERS.has(t[k].lower)) {
            lastNoun = k;
            j = k;
            continue;
          }
        }
        // Genitive attachment: „der Sprecher des Ministeriums“.
        if ((tok.lower === 'des' || tok.lower === 'der') && lastNoun >= 0) {
          const g = this.nounPhrase(j, limit);
          if (g && g[1] > j) {
            lastNoun = g[1];
            j = g[1];
            continue;
          }
        }
        break;
      }
      if (tok.kind === 'number' && lastNoun < 0) continue;
      // A quoted name after its noun: „die Wochenzeitung „Die Zeit““.
      if (tok.kind === 'quote') {
        const close = this.nameQuoteEnd(j);
        if (close > 0 && close < limit && (lastNoun === j - 1 || (lastNoun < 0 && j === i + 1))) {
          lastNoun = close;
          j = close;
          continue;
        }
      }
      // A parenthesis after the noun: „Ministerin Gitta Trauernicht (SPD)“.
      if (tok.text === '(' && lastNoun >= 0) {
        const close = t.findIndex((x, k) => k > j && k < limit && x.text === ')');
        if (close > 0 && close - j <= 6) {
          lastNoun = close;
          j = close;
          continue;
        }
      }
      break;
    }
    return lastNoun >= 0 ? [i, lastNoun] : null;
  }

  /** Index of the token ending the clause that starts at i (exclusive), within [i, limit). Quoted names do not end it. */
  clauseEnd(i: number, limit: number): number {
    for (let j = i; j < limit; j++) {
      // A parenthesis is no clause break: „Peres (Awoda, dt. etwa Arbeiterpartei) bekräftigt“.
      if (this.tokens[j].text === '(') {
        const close = this.matchingParen(j, limit, 1);
        if (close > 0) { j = close; continue; }
      }
      if (this.tokens[j].kind === 'quote') {
        const close = this.nameQuoteEnd(j);
        if (close > 0 && close < limit) { j = close; continue; }
        return j;
      }
      if (CLAUSE_BREAK.has(this.tokens[j].text) && !this.inlineDot(j)) return j;
    }
    return limit;
  }

  /** The parenthesis matching the one at j, looking forward (dir 1) or back (-1) within 20 tokens, or -1. */
  private matchingParen(j: number, limit: number, dir: 1 | -1): number {
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
  private inlineDot(j: number): boolean {
    const t = this.tokens;
    if (t[j].text !== '.' || j === 0) return false;
    const before = t[j - 1];
    return (before.kind === 'number' || this.lex.abbreviations.has(before.lower)) && before.end === t[j].start && j + 1 < t.length && t[j + 1].kind === 'word';
  }

  /** Like clauseEnd, but a name in commas does not end it: „brachte die Sprecherin, Anna Roth, zum Ausdruck“, „ging Celebi, die Anwältin der Frau, davon aus“. */
  private particleSearchEnd(i: number, limit: number): number {
    let end = this.clauseEnd(i, limit);
    while (end < limit && this.tokens[end].text === ',') {
      let c = end + 1;
      // (An apposition may carry adjectives and a prepositional phrase: „Samardzic, der für das
      // Kosovo zuständige serbische Minister, aus“; it ends in a noun, where a relative clause ends in its verb.)
      const t = this.tokens;
      while (c < limit && c - end <= 10 && t[c].kind === 'word' && (isCapitalized(t[c]) || NAME_PARTICLES.has(t[c].lower) || DETERMINERS.has(t[c].lower) || PREPOSITIONS.has(t[c].lower) || (/(e|en|er|es|em)$/.test(t[c].lower) && !this.lex.verb(t[c].lower).length && !AUXILIARIES.has(t[c].lower)))) c++;
      if (c === end + 1 || c >= limit || t[c].text !== ',' || !isCapitalized(t[c - 1])) break;
      end = this.clauseEnd(c + 1, limit);
    }
    return end;
  }

  /**
   * The start of the clause of verb v. A quotation right before the verb does not end it: „… welche
   * die Techniker als „einen Haufen von Schulkindern“ bezeichnete“, „… werden die Vorkehrungen als
   * „extrem“ bezeichnet“.
   */
  private verbClauseStart(v: number, from: number): number {
    const cs = this.clauseStart(v, from);
    if (this.tokens[cs - 1]?.kind !== 'quote' || cs - 1 <= from) return cs;
    // Right before the verb any quotation; further back a short one inside the clause
    // („wird von vielen als die „stärkste“ WM bezeichnet“).
    const open = this.openingOf(cs - 1);
    if (open <= from || (cs !== v && cs - 1 - open > 4)) return cs;
    return this.clauseStart(open, from);
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
      // veröffentlicht worden – durch den Satz gekennzeichnet“.
      if (this.tokens[j].text === '–' || this.tokens[j].text === '—') {
        const open = this.openingDash(j, floor);
        if (open >= 0) { j = open; continue; }
      }
      if (CLAUSE_BREAK.has(this.tokens[j].text) && !this.inlineDot(j)) return j + 1;
    }
    return floor;
  }

  /** The dash opening the aside that the dash at `close` ends (within 30 tokens of one sentence), or -1. */
  private openingDash(close: number, floor: number): number {
    for (let k = close - 1; k >= floor && k >= close - 30; k--) {
      const x = this.tokens[k].text;
      if (x === '–' || x === '—') return k > floor ? k : -1;
      if (x === '.' || x === '!' || x === '?' || x === ';' || x === ':') return -1;
    }
    return -1;
  }

  /**
   * For an opening mark at i of a short quoted name („Die Zeit“, „BBC News“: at most five words,
   * the first capitalised, no punctuation), the index of its closing mark; otherwise -1.
   */
  private nameQuoteEnd(i: number): number {
    const t = this.tokens;
    if (t[i]?.kind !== 'quote' || t[i + 1]?.kind !== 'word' || !isCapitalized(t[i + 1])) return -1;
    for (let k = i + 2; k < t.length && k <= i + 6; k++) {
      if (t[k].kind === 'quote') return CLOSING_MARK[t[i].text] === t[k].text ? k : -1;
      if (t[k].kind !== 'word' && t[k].kind !== 'number' && t[k].text !== '-' && t[k].text !== '.') return -1;
    }
    return -1;
  }

  /** The opening mark paired with the closing mark at `close` (within 200 tokens), or -1. */
  private openingOf(close: number): number {
    const t = this.tokens;
    for (let k = close - 1; k >= 0 && k >= close - 200; k--) if (t[k].kind === 'quote') return CLOSING_MARK[t[k].text] === t[close].text ? k : -1;
    return -1;
  }

  /** The closing mark paired with the opening mark at `open` (within 200 tokens), or -1. */
  private closingOf(open: number): number {
    const t = this.tokens;
    for (let k = open + 1; k < t.length && k <= open + 200; k++) if (t[k].kind === 'quote') return CLOSING_MARK[t[open].text] === t[k].text ? k : -1;
    return -1;
  }

  private nameQuoteStart(close: number): number {
    for (let k = close - 2; k >= 0 && k >= close - 6; k--) {
      if (this.tokens[k].kind === 'quote') return this.nameQuoteEnd(k) === close ? k : -1;
    }
    return -1;
  }

  /**
   * The subject of the verb at v: of the noun phrases in its clause (outside prepositional
   * phrases), the one that looks most like a speaker, preferring those right next to the verb.
   */
  subjectOf(v: number, from: number, to: number): [number, number] | null {
    const cs = this.verbClauseStart(v, from);
    const ce = this.clauseEnd(v + 1, to);
    const t = this.tokens;
    // A relative clause speaks for its antecedent: „der Fahrgastverband, der die Maßnahme als
    // „Kapitulation“ bezeichnet“ (a nominative relative pronoun right after the comma).
    if (cs > from + 1 && t[cs - 1].text === ',' && /^(der|die|welcher|welche)$/.test(t[cs].lower) && (t[cs + 1]?.kind !== 'word' || !isCapitalized(t[cs + 1]) || DETERMINERS.has(t[cs + 1].lower))) {
      const antecedent = this.antecedentBefore(cs - 1, from);
      if (antecedent) return antecedent;
    }
    // With a compound tense the subject sits next to the finite auxiliary: „Stoiber hatte … betont“.
    let pivot = v;
    for (let k = cs; k < v; k++) if (AUXILIARIES.has(t[k].lower)) { pivot = k; break; }
    // „Einer der Lotsen, Piet Ahrens, lobte die Mannschaft“: a clause opening with its verb after an
    // apposition; „Celebi, die fast nur Frauen vertritt, nennt …“: or after a relative clause.
    if (v === cs || pivot === cs) {
      const apposition = this.appositionBefore(cs, from);
      if (apposition) return apposition;
      // „Der Vizekanzler Franz Müntefering (SPD), hat … verkündet“: a stray comma after the subject.
      // (Not when the subject follows the verb: „Alle Gebiete seien sicher, sagte Charles Bouchard“.)
      const inverted = this.nounPhrase(cs + 1, ce);
      if (cs - 1 > from && t[cs - 1].text === ',' && this.clauseStart(cs - 1, from) === from && !(inverted && this.speakerness(inverted) > 0)) {
        // (Coordinated heads included: „Der Vizekanzler und Arbeitsminister Franz Müntefering (SPD), hat …“.)
        const last = this.antecedentBefore(cs - 1, from);
        if (last && this.speakerness(last) >= 1.5 && this.nominal(from, cs - 2)) return [from, cs - 2];
      }
      for (let k = cs - 2; k > from; k--) {
        if (t[k].kind === 'quote') break;
        if (t[k].text !== ',' || !/^(der|die|das|den|dem|denen|welcher|welche|welches|welchen|dessen|deren)$/.test(t[k + 1]?.lower ?? '')) continue;
        const antecedent = this.antecedentBefore(k, from);
        // (Not an object put first: „Den Währungsfonds, dessen Organe tagen, forderte er auf …“.)
        // (Nor a plural before a singular verb: „Die Mönche, die …, beschrieb die Agentur als …“.)
        if (antecedent && this.clauseStart(k, from) === antecedent[0] && !OBLIQUE.has(t[antecedent[0]].lower) && !(SINGULAR_FINITE.test(t[v].lower) && this.plural(antecedent))) return antecedent;
        break;
      }
    }
    // „X dankte den Menschen und ergänzte, …“: a coordinated verb shares the subject of the first
    // one, so only what stands before that first verb can be the subject.
    let found: [number, number] | null;
    const coordinated = v > cs && /^(und|sowie|oder)$/.test(t[v - 1].lower);
    if (coordinated) {
      let first = cs;
      const finiteCandidate = (k: number) => t[k].kind === 'word' && !isCapitalized(t[k]) && !DETERMINERS.has(t[k].lower) && !PREPOSITIONS.has(t[k].lower) && !ADVERBS.has(t[k].lower);
      // (A conjunction between genitive names before a singular verb is not it: „Die Äußerungen
      // Hassemers und Papiers bezeichnete …“; before a plural it joins the subject: „X und Kollegen haben …“.)
      const joinsGenitives = (k: number) => {
        if (!/^(und|sowie|oder)$/.test(t[k].lower) || !isCapitalized(t[k + 1])) return false;
        let n = k + 1;
        while (n < v && !finiteCandidate(n)) n++;
        return n < v && SINGULAR_FINITE.test(t[n].lower);
      };
      while (first < v && !(finiteCandidate(first) && !joinsGenitives(first))) first++;
      // (Also right after that first verb, „Am Montag zeigte sich die Regierung bestürzt und
      // verurteilte …“, unless the clause opens with it after an apposition.)
      found = first > cs ? this.bestSpeakerPhrase(cs, v - 1, first, first) : null;
      pivot = first;
    } else {
      found = this.bestSpeakerPhrase(cs, ce, pivot, v);
    }
    if (found) {
      // „CDU und FDP setzten …“: coordinated subjects before the verb are one source.
      if (found[1] + 2 < pivot && /^(und|sowie)$/.test(t[found[1] + 1].lower)) {
        const second = this.nounPhrase(found[1] + 2, pivot);
        if (second && second[1] === pivot - 1) return [found[0], second[1]];
      }
      return found;
    }
    // (A clause opening with its verb had its apposition looked for above.)
    const apposition = (pivot === v || coordinated) && v !== cs ? this.appositionBefore(cs, from) : null;
    if (apposition) return apposition;
    // No subject, as with „verlautete“, „hieß es“ or a passive: the source is the opening phrase
    // „Aus EU-Kreisen verlautete …“, „Von deutscher Seite wurde gefordert …“, „Bei der Agentur RIA hieß es …“.
    if (/^(aus|von|vom|bei|beim|seitens)$/.test(t[cs].lower)) {
      const k = t[cs].lower === 'von' && t[cs + 1]?.lower === 'seiten' ? cs + 2 : cs + 1;
      const np = this.nounPhrase(k, pivot);
      if (np && np[1] === pivot - 1 && this.speakerness(np) > -1) return np;
    }
    // Coordinated or after an apposition: „Julia Gillard bezeichnete … und erklärte“, „X, Rolle, sagte“.
    return from < cs ? this.bestSpeakerPhrase(from, cs, cs, cs, 1.5) : null;
  }

  /**
   * The source of speech cued by the verb at v. Mostly its subject; but whoever is quoted speaks:
   * „Die Zeitung zitiert einen Augenzeugen mit den Worten: …“ (the object of an active „zitieren“).
   */
  sourceOf(v: number, entry: VerbEntry, from: number, to: number): [number, number] | null {
    const t = this.tokens;
    const cs = this.verbClauseStart(v, from);
    const ce = this.clauseEnd(v + 1, to);
    let passive = false;
    for (let k = cs; k < ce; k++) if (/^(wird|wurde|werden|wurden|worden|werde|würde|würden)$/.test(t[k].lower)) passive = true;
    if (entry.lemma === 'zitieren') {
      // „X wird von Reuters mit den Worten zitiert“: in the passive the agent quotes; else its subject is quoted.
      if (passive) {
        for (let j = cs; j < v; j++) {
          if (t[j].lower !== 'von' && t[j].lower !== 'vom') continue;
          const agent = this.nounPhrase(j + 1, v);
          if (agent && this.objectSpeakerness(agent) > 0) return agent;
        }
      }
      const object = passive ? null : this.after(v, to);
      if (object && this.objectSpeakerness(object) > 0 && t[object[0]].lower !== 'sie') return object;
      return this.subjectOf(v, from, to);
    }
    // A passive participle („wurde gefordert“, „wird vom Wetterdienst als „sehr hoch“ eingestuft“):
    // the source is the agent with „von“, or the phrase it came from; its subject only suffered it.
    if (passive && (PARTICIPLE.test(t[v].lower) || INSEPARABLE_PARTICIPLE.test(t[v].lower))) {
      // (The „von“ nearest the participle: „die Gefahr von Waldbränden vom Wetterdienst … eingestuft“.)
      for (let j = v - 1; j >= cs; j--) {
        if (t[j].lower !== 'von' && t[j].lower !== 'vom' && t[j].lower !== 'seitens') continue;
        // („von vielen als … bezeichnet“: a quantifier standing alone is the agent.)
        const alone = /^(vielen|einigen|manchen|allen|anderen|beiden|mehreren)$/.test(t[j + 1]?.lower ?? '') && !isCapitalized(t[j + 2] ?? t[j + 1]) ? [j + 1, j + 1] as [number, number] : null;
        const agent = alone ?? this.nounPhrase(t[j + 1]?.lower === 'seiten' ? j + 2 : j + 1, v);
        // („ein Memorandum vom August 2002“ dates it: a month is no agent.)
        if (agent && this.objectSpeakerness(agent) > -1 && !this.lex.months.has(t[agent[0]].lower)) return agent;
      }
      // „wird im Bericht als problematisch bezeichnet“: the document it is said in.
      for (let j = cs; j < v - 1; j++) {
        if (!/^(in|im)$/.test(t[j].lower)) continue;
        const document = this.nounPhrase(j + 1, v);
        if (document && this.lex.isDocumentNoun(t[this.head(document)].text)) return document;
      }
      const k = /^(aus|bei|beim|seitens)$/.test(t[cs].lower) ? cs + 1 : -1;
      const np = k > 0 ? this.nounPhrase(k, v) : null;
      if (np && this.objectSpeakerness(np) > -1) return np;
      // „eine Stelle aus dem Bericht, in der davon berichtet wird, dass …“: the document it is in.
      if (cs > from + 1 && t[cs - 1].text === ',' && /^(in|worin)$/.test(t[cs].lower) && (t[cs].lower === 'worin' || RELATIVE_PRONOUN.test(t[cs + 1]?.lower ?? ''))) {
        for (let i = this.clauseStart(cs - 1, from); i < cs - 1; i++) {
          const document = this.nounPhrase(i, cs - 1);
          if (document && document[1] === cs - 2) return document;
        }
      }
      return null;
    }
    return this.subjectOf(v, from, to);
  }

  /** Speakerness of an object or a prepositional object, where its dative or accusative article is expected. */
  private objectSpeakerness(np: [number, number]): number {
    return this.speakerness(np) + (OBLIQUE.has(this.tokens[np[0]].lower) ? 2 : 0);
  }

  /**
   * An apposition right before the clause at cs: „Die Sprecherin der Stiftung, Heike van Laak,
   * sagte“, „Renate Künast, Fraktionschefin der Grünen, kritisierte“ — both parts together.
   */
  private appositionBefore(cs: number, from: number): [number, number] | null {
    const t = this.tokens;
    if (!(cs - 1 > from && t[cs - 1].text === ',')) return null;
    const inner = this.clauseStart(cs - 1, from);
    if (!(inner - 1 > from && t[inner - 1].text === ',')) return null;
    let outer = this.clauseStart(inner - 1, from);
    // „Alice Kakamara, 30, beschrieb …“: an age in commas.
    if (inner === cs - 2 && t[inner].kind === 'number') {
      const person = this.nounPhrase(outer, inner - 1);
      return person && person[1] === inner - 2 && this.speakerness(person) > 0 ? person : null;
    }
    // (A relative clause is no apposition, and an object put first has none: „Den Fonds, dessen Organe tagen, forderte er auf“.)
    if (!this.nominal(inner, cs - 2) || this.opensRelativeClause(inner) || OBLIQUE.has(t[outer].lower)) return null;
    // („Auch der Sprecher der Fraktion, Dieter Wiefelspütz, will …“: an adverb before it.)
    while (outer < inner - 2 && (ADVERBS.has(t[outer].lower) || /^(und|aber|doch|auch)$/.test(t[outer].lower))) outer++;
    const first = this.nounPhrase(outer, inner - 1);
    const second = this.nounPhrase(inner, cs - 1);
    return first && second && this.nominal(outer, inner - 2) && Math.max(this.speakerness(first), this.speakerness(second)) > 0 ? [outer, cs - 2] : null;
  }

  /** A noun phrase that is plural by its form: „die tibetischen Mönche“, „Die Äußerungen“, „einige Teilnehmer“. */
  private plural(np: [number, number]): boolean {
    const t = this.tokens;
    const first = t[np[0]].lower;
    if (/^(alle|viele|beide|einige|mehrere|zahlreiche|etliche|wenige)$/.test(first)) return true;
    // („die den Plan kritisierende Ministerin“ opens an extended attribute, not a plural.)
    if (first === 'die' && np[1] > np[0] + 1 && !isCapitalized(t[np[0] + 1]) && /en$/.test(t[np[0] + 1].lower) && !DETERMINERS.has(t[np[0] + 1].lower)) return true;
    return /^(die|den|einige|mehrere)$/.test(first) && /(ungen|heiten|keiten|innen|schaften|nisse|ionen|täten)$/.test(t[this.head(np)].lower);
  }

  /** The head noun of a noun phrase: its first capitalised word after the article, before any genitive or date („einem Memorandum vom August 2002“). */
  private head(np: [number, number]): number {
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
    return !next || DETERMINERS.has(next.lower) || !(isCapitalized(next) || next.kind === 'number' || /(e|en|er|es|em)$/.test(next.lower));
  }

  /** The noun phrase ending right before the comma at `comma` (within its clause), when it can speak. */
  private antecedentBefore(comma: number, from: number): [number, number] | null {
    for (let i = this.clauseStart(comma, from); i < comma; i++) {
      const np = this.nounPhrase(i, comma);
      if (np && np[1] === comma - 1) return this.speakerness(np) > 0 ? np : null;
    }
    return null;
  }

  private bestSpeakerPhrase(cs: number, ce: number, pivot: number, v: number, minimum = -2): [number, number] | null {
    let best: [number, number] | null = null;
    let bestScore = -Infinity;
    const t = this.tokens;
    for (let j = cs; j < ce; j++) {
      if (j === v || j === pivot) continue;
      const tok = t[j];
      // Words inside a quotation are not the subject: step over it.
      if (tok.kind === 'quote' && this.nameQuoteEnd(j) < 0) {
        const close = this.closingOf(j);
        if (close > j) j = close;
        continue;
      }
      if (tok.kind !== 'word' && !(tok.kind === 'quote' && this.nameQuoteEnd(j) > 0)) continue;
      // Prepositional phrases and „als …“ hold no subject: „Als Beispiel nannte der Berliner …“
      // (but „Von der Leyen betonte“ is a name).
      const particleName = NAME_PARTICLES.has(tok.lower) && isCapitalized(tok) && j === cs ? this.nounPhrase(j, pivot) : null;
      // „Während Premierminister Juncker ankündigte, …“: with the verb at the end, „während“ is a conjunction.
      if (j === cs && tok.lower === 'während' && v >= ce - 2) continue;
      if (!particleName && (PREPOSITIONS.has(tok.lower) || tok.lower === 'als')) {
        // (Past an adverb or a number: „von insgesamt 500 Flüchtlingen“.)
        let k = j + 1;
        while (k < ce && k - j <= 3 && (t[k].kind === 'number' || ADVERBS.has(t[k].lower) || /^(insgesamt|rund|etwa|knapp|mehr|über|fast|fünf|zehn|hundert|tausend)$/.test(t[k].lower))) k++;
        const np = this.nounPhrase(k, j < v ? v : ce);
        if (np) j = np[1];
        continue;
      }
      const np = this.nounPhrase(j, j < pivot ? pivot : j < v ? v : ce);
      if (!np) continue;
      let score = this.speakerness(np);
      if (np[0] > pivot && t[np[0]].lower === 'sie') score -= 2; // „nannte sie …“: an object
      if (np[1] === pivot - 1) score += 1;
      if (np[0] === cs && np[1] < pivot) score += 0.5;
      // The whole field before the finite verb is one noun phrase: in a main clause that is almost
      // always the subject („Mayra Veliz von der Staatsanwaltschaft bezeichnete die Angaben …“).
      if (np[0] === cs && np[1] === pivot - 1 && !OBLIQUE.has(t[np[0]].lower)) score += 1;
      if (j > pivot && this.onlyAdverbsBetween(pivot, np[0])) score += 1;
      // „Nähere Einzelheiten gab er nicht bekannt“: a pronoun that can only be nominative right
      // after the finite verb is the subject, so what stands before the verb is an object.
      if (np[0] === pivot + 1 && np[0] === np[1] && /^(er|ich|wir|man)$/.test(t[np[0]].lower)) score += 1.5;
      const before = t[np[0] - 1];
      if (before && isCapitalized(before) && (t[np[0]].lower === 'der' || t[np[0]].lower === 'des')) score -= 2; // a genitive
      // „Die Äußerungen … bezeichnete Wiefelspütz als …“: a plural cannot be the subject of a singular verb.
      // (Nor the second part of a coordination: „… Hassemers und Papiers bezeichnete …“.)
      if (np[1] < pivot && pivot < t.length && SINGULAR_FINITE.test(t[pivot].lower) && (this.plural(np) || (np[0] - 1 > cs && /^(und|sowie)$/.test(t[np[0] - 1].lower)))) score -= 3;
      if (score > bestScore) {
        best = np;
        bestScore = score;
      }
      j = np[1];
    }
    return bestScore > minimum ? best : null;
  }

  /**
   * „Auch der Sprecher der Fraktion im Bundestag, Jan Roth, will …“: the noun phrase (with its
   * attachments and a name in commas) that opens the clause at a, and the word right after it.
   */
  openingPhrase(a: number, end: number): { np: [number, number]; next: number } | null {
    const t = this.tokens;
    while (a < end && /^(und|aber|auch|zudem|dann)$/.test(t[a].lower)) a++;
    // A quoted name, also in lower case: „Wie „heise online“ berichtet, …“.
    if (t[a]?.kind === 'quote') {
      const close = this.closingOf(a);
      if (close > a + 1 && close - a <= 6 && close < end) return { np: [a, close], next: close + 1 };
    }
    const head = this.nounPhrase(a, end);
    if (!head) return null;
    // Attachments up to a comma: „… der Fraktion der SPD im Deutschen Bundestag, Dieter Wiefelspütz, will“.
    let c = head[1] + 1;
    while (c < end && c - a <= 12 && t[c].text !== ',' && (t[c].kind === 'word' && (isCapitalized(t[c]) || DETERMINERS.has(t[c].lower) || PREPOSITIONS.has(t[c].lower)))) c++;
    if (t[c]?.text === ',' && this.nominal(a, c - 1)) {
      let d = c + 1;
      while (d < end && d - c <= 5 && t[d].kind === 'word' && (isCapitalized(t[d]) || NAME_PARTICLES.has(t[d].lower))) d++;
      if (d > c + 1 && t[d]?.text === ',') return { np: [a, d - 1], next: d + 1 };
    }
    return { np: head, next: head[1] + 1 };
  }

  /** Tokens [a, b] read as a noun phrase with attachments („Fraktionschefin von Bündnis 90/Die Grünen“): no verb, short. */
  private nominal(a: number, b: number): boolean {
    if (b < a || b - a > 10) return false;
    const t = this.tokens;
    if (!(isCapitalized(t[a]) || DETERMINERS.has(t[a].lower))) return false;
    for (let k = a; k <= b; k++) {
      const w = t[k];
      if (w.kind === 'quote' || (w.kind === 'word' && !isCapitalized(w) && (this.lex.verb(w.lower).length || AUXILIARIES.has(w.lower)))) return false;
    }
    return true;
  }

  /** How much a noun phrase looks like a source of speech: pronoun, person, role, body. */
  speakerness([a, b]: [number, number]): number {
    const t = this.tokens;
    const first = t[a];
    if (a === b && SUBJECT_PRONOUNS.has(first.lower)) return first.lower === 'es' ? -1 : 3;
    let score = 0;
    if (OBLIQUE.has(first.lower)) score -= 2;
    let hasRole = false, hasOrg = false, names = 0;
    // The head noun is the last capital before a genitive attribute: in „die Anwendung der
    // Richtlinie des Kanzlers“ the role belongs to the attribute, and the phrase names a thing.
    let head = t[b];
    let attributeRole = false;
    for (let k = a; k <= b; k++) {
      if (k > a && GENITIVE_ARTICLE.has(t[k].lower) && isCapitalized(t[k - 1]) && ABSTRACT.test(t[k - 1].lower) && k - 1 > a) {
        head = t[k - 1];
        for (let j = k + 1; j <= b; j++) if (isCapitalized(t[j]) && (this.lex.roleHead(t[j].lower) || this.lex.organisationHead(t[j].lower))) attributeRole = true;
        break;
      }
      if (!isCapitalized(t[k])) continue;
      if (this.lex.roleHead(t[k].lower)) hasRole = true;
      else if (this.lex.organisationHead(t[k].lower)) hasOrg = true;
      else if (!ABSTRACT.test(t[k].lower)) names++;
    }
    if (attributeRole && !hasRole && !hasOrg) names++;
    if (hasRole) score += 2.5;
    else if (hasOrg) score += 1.5;
    else if (names) score += names >= 2 ? 1.5 : 1; // „Kofi Annan“: first and last name
    // (Reports and estimates are sources: „Eine aktuelle Schätzung beziffert …“.)
    if (!hasRole && !hasOrg && ABSTRACT.test(head.lower) && !this.lex.isSourceNoun(head.text)) score -= 1.5;
    return score;
  }

  private onlyAdverbsBetween(v: number, j: number): boolean {
    for (let k = v + 1; k < j; k++) if (!ADVERBS.has(this.tokens[k].lower) && this.tokens[k].lower !== 'sich') return false;
    return true;
  }

  /** The first noun phrase after token v, skipping adverbs and prepositional phrases. */
  after(v: number, to: number): [number, number] | null {
    const end = this.clauseEnd(v + 1, to);
    const t = this.tokens;
    for (let j = v + 1; j < end; j++) {
      const tok = t[j];
      if (tok.kind !== 'word') continue;
      if (ADVERBS.has(tok.lower) && !SUBJECT_PRONOUNS.has(tok.lower)) continue;
      if (PREPOSITIONS.has(tok.lower)) {
        const np = this.nounPhrase(j + 1, end);
        if (np) j = np[1];
        continue;
      }
      if (tok.lower === 'sich') continue;
      const np = this.nounPhrase(j, end);
      if (np) return np;
      if (!isCapitalized(tok)) continue;
    }
    return null;
  }

  /** Speech-verb reading of token i, checking that a required particle follows in the clause. */
  verbAt(i: number, to: number): { entry: VerbEntry; particle?: number } | null {
    const entries = this.lex.verb(this.tokens[i].lower);
    if (!entries.length) return null;
    if (isCapitalized(this.tokens[i]) && i > 0 && !/[.!?:„“"»«]/.test(this.tokens[i - 1].text)) {
      // Capitalised mid-sentence: a noun („das Sagen“), not a verb.
      return null;
    }
    const t = this.tokens;
    // Between an article and its noun the form is an adjective: „des erwarteten Wachstums“, „der
    // prognostizierten Körperlänge“, „Seine erklärten Ziele“. („Das bestätigte X“ and „Die erklärte
    // X“ stay verbs: there the article stands alone as a pronoun.)
    if (ATTRIBUTIVE_ARTICLE.has(t[i - 1]?.lower ?? '') && /(e|en|er|es|em)$/.test(t[i].lower) && t[i + 1]?.kind === 'word' && isCapitalized(t[i + 1])) return null;
    // After „hat“, „ist“ or „wird“ a participle closes its clause; inside it, it is an adverb:
    // „Es hat wiederholt Zwischenfälle gegeben“.
    // (Only forms without „ge“, which double as adverbs; „hatte angekündigt bei der Wahl anzutreten“ keeps its verb.)
    if (/t$/.test(t[i].lower) && !PARTICIPLE.test(t[i].lower) && t[i + 1]?.kind === 'word' && !/^(und|oder|sowie|aber|worden|wurde|wurden|werden|wird|haben|hat|hatte|hatten|habe|sein|ist|war|sei)$/.test(t[i + 1].lower)) {
      const cs = this.clauseStart(i, Math.max(0, i - 30));
      for (let k = cs; k < i; k++) if (/^(hat|hatte|haben|hatten|habe|hätte|hätten|ist|war|sind|waren|wird|wurde|werden|wurden)$/.test(t[k].lower)) return null;
    }
    // „Finnland behauptete sich“, „kündigt sich … an“: reflexive, these verbs say nothing.
    if (t[i + 1]?.lower === 'sich' && entries.every((e) => REFLEXIVE_NOT_SPEECH.has(e.lemma))) return null;
    const end = this.particleSearchEnd(i + 1, to);
    let plain: VerbEntry | undefined;
    for (const e of entries) {
      if (!e.particle) {
        plain ??= e;
        continue;
      }
      const parts = e.particleWords!;
      // Verb-final, the particle stands right before the verb: „wie Adidas am Morgen bekannt gab, …“.
      const after = this.tokens[i + 1];
      if (parts.length === 1 && this.tokens[i - 1]?.lower === e.particle && (!after || after.kind === 'punct')) return { entry: e, particle: i - 1 };
      for (let j = i + 1; j <= end - parts.length; j++) {
        if (!wordsAt(this.tokens, j, parts)) continue;
        // A separable particle closes its clause: „teilte … mit.“, not „siegte so vor der Russin“.
        const after = this.tokens[j + parts.length];
        if (after && after.kind === 'word' && !/^(und|oder|aber|sowie)$/.test(after.lower)) continue;
        return { entry: e, particle: j + parts.length - 1 };
      }
    }
    // A particle of its own at the clause end makes another verb: „sieht … aus“ is „aussehen“.
    if (plain && !isCapitalized(this.tokens[i])) {
      const last = this.tokens[end - 1];
      if (end - 1 > i && last?.kind === 'word' && STRAY_PARTICLE.test(last.lower) && (!this.tokens[end] || this.tokens[end].kind === 'punct')) return null;
    }
    return plain ? { entry: plain } : null;
  }

  cueSpan(v: number, particle?: number): Span {
    const verb = this.span(v, v);
    if (particle === undefined) return verb;
    if (particle < v) return this.span(particle, v);
    const p = this.span(particle, particle);
    return { start: verb.start, end: p.end, text: this.text.slice(verb.start, p.end), segments: [verb, p] };
  }
}

/**
 * Attribution of a quotation occupying tokens [qa, qb] inside the sentence [sa, sb).
 * `inQuote(i)` tells whether token i lies inside any quotation (those are not cue candidates).
 */
export function attributeQuote(st: SentenceTokens, qa: number, qb: number, sa: number, sb: number, inQuote: (i: number) => boolean): Attribution {
  const t = st.tokens;
  // „Auf den Vorwurf der CDU, es handele sich um einen „sozialistischen Antrag“, entgegnete …“:
  // a quote in the content clause of a noun of saying belongs to whose words the noun names,
  // even when the main verb follows it.
  const owner = speechNounOwner(st, qa, sa, inQuote);
  if (owner) return owner;
  // 1. After the quote: „…“, sagte er / „…“, so Müller / „…“, wie X sagte / „…“, hieß es.
  let i = qb + 1;
  let separated = false;
  while (i < sb && (t[i].text === ',' || t[i].text === '–' || t[i].text === '-')) {
    i++;
    separated = true;
  }
  // „„… zu lästig.“ so das Fazit der Betreiber“: after a quote that ends its sentence, „so“ needs no comma.
  if (!separated && t[i]?.lower === 'so' && qb > qa && /[.!?]/.test(t[qb - 1].text)) separated = true;
  if (separated && i < sb && t[i].kind === 'word') {
    const w = t[i].lower;
    if (w === 'so' && i + 1 < sb && !st.verbAt(i + 1, sb)) {
      const np = st.nounPhrase(i + 1, sb) ?? st.after(i, sb);
      if (np) return attributionOf(st.span(i, i), st.span(np[0], np[1]), 'after');
    }
    if ((w === 'hieß' || w === 'heißt') && t[i + 1]?.lower === 'es') {
      let k = i + 2;
      while (k < sb && ADVERBS.has(t[k].lower)) k++;
      const np = k < sb && /^(von|vom|aus|in|im|bei|beim)$/.test(t[k].lower) ? st.nounPhrase(k + 1, sb) : null;
      return attributionOf(st.span(i, i + 1), np ? st.span(np[0], np[1]) : null, 'after');
    }
    if (w === 'wie') {
      const limit = st.clauseEnd(i + 1, sb);
      for (let j = i + 1; j < limit; j++) {
        const v = st.verbAt(j, sb);
        if (!v) continue;
        const np = st.subjectOf(j, i + 1, limit);
        return attributionOf(st.cueSpan(j, v.particle), np ? st.span(np[0], np[1]) : null, 'after', v.entry);
      }
    }
    for (let j = w === 'so' ? i + 1 : i; j < Math.min(sb, i + 2); j++) {
      const v = st.verbAt(j, sb);
      if (v) {
        const subj = st.sourceOf(j, v.entry, j, sb) ?? quotedName(st, (v.particle ?? j) + 1, sb);
        return attributionOf(st.cueSpan(j, v.particle), subj ? st.span(subj[0], subj[1]) : null, 'after', v.entry);
      }
      if (!ADVERBS.has(t[j].lower) && t[j].lower !== 'wird' && t[j].lower !== 'wurde') break;
    }
  }
  // 2. Before, with a colon: Der Minister sagte: „…“ / Trump: „…“.
  const before = qa - 1;
  if (before >= sa && t[before].text === ':') {
    const cs = st.clauseStart(before, sa);
    for (let j = before - 1; j >= sa; j--) {
      // (A dash parts a headline: „Parlament stimmt für Referendum – Tsipras: „…““.)
      if (inQuote(j) || t[j].text === '–' || t[j].text === '—') break;
      const v = st.verbAt(j, before);
      if (v) {
        const subj = st.sourceOf(j, v.entry, sa, before);
        return attributionOf(st.cueSpan(j, v.particle), subj ? st.span(subj[0], subj[1]) : null, 'colon-verb', v.entry);
      }
    }
    // No verb of saying, but „warb Obama für das Gesetz mit den Worten: „…““.
    for (let j = cs; j + 2 < before; j++) {
      if (t[j].lower === 'mit' && /^(den|diesen|folgenden)$/.test(t[j + 1].lower) && /^(Worten|Sätzen)$/.test(t[j + 2].text)) {
        // The clause's finite verb is its first lower-case word that is no article or preposition („warb Obama …“).
        let subj: [number, number] | null = null;
        for (let v = cs; v < j && !subj; v++) {
          const w = t[v];
          if (w.kind === 'word' && !isCapitalized(w) && !DETERMINERS.has(w.lower) && !PREPOSITIONS.has(w.lower) && !ADVERBS.has(w.lower)) subj = st.subjectOf(v, sa, before);
        }
        return attributionOf(st.span(j, j + 2), subj ? st.span(subj[0], subj[1]) : null, 'colon-verb');
      }
    }
    // „Darin steht unter anderem: „…““: the document named in the sentence before.
    if (DOCUMENT_POINTER.test(t[cs].lower) && /^(steht|stand|heißt|hieß)$/.test(t[cs + 1]?.lower ?? '')) {
      const document = documentBefore(st, sa);
      if (document) return attributionOf(st.span(cs + 1, /^(heißt|hieß)$/.test(t[cs + 1].lower) && t[cs + 2]?.lower === 'es' ? cs + 2 : cs + 1), st.span(document[0], document[1]), 'colon-verb');
    }
    // A heading names its speaker („Trump: „…““); „…, zum Ausdruck: „…““ is no name.
    if (before - cs <= 6 && before > cs && !PREPOSITIONS.has(t[cs].lower)) {
      const np = st.nounPhrase(cs, before) ?? st.nounPhrase(cs + 1, before);
      if (np && isCapitalized(t[np[0]])) return attributionOf(st.span(before, before), st.span(np[0], np[1]), 'colon-heading');
    }
  }
  // „Der Einsatz solle sich, so Gall, „auf schwere Fälle“ beschränken“: an interposed „so X“ before the quote.
  for (let j = sa + 1; j < qa - 2; j++) {
    if (t[j].lower !== 'so' || t[j - 1].text !== ',' || inQuote(j)) continue;
    const np = st.nounPhrase(j + 1, qa);
    if (np && t[np[1] + 1]?.text === ',') return attributionOf(st.span(j, j), st.span(np[0], np[1]), 'after');
  }
  // 3. A verb of saying elsewhere in the sentence, nearest first.
  let best = -1;
  let bestDist = Infinity;
  let bestVerb: { entry: VerbEntry; particle?: number } | null = null;
  for (let j = sa; j < sb; j++) {
    if (j >= qa && j <= qb) continue;
    if (inQuote(j)) continue;
    const v = st.verbAt(j, sb);
    if (!v) continue;
    // Verbs of thinking or expecting only when no verb of saying is near.
    const d = (j < qa ? qa - j : j - qb) + (v.entry.cls === 'think' ? 12 : 0);
    if (d < bestDist) {
      best = j;
      bestDist = d;
      bestVerb = v;
    }
  }
  if (best >= 0 && bestVerb) {
    const subj = st.sourceOf(best, bestVerb.entry, sa, sb);
    // „Es drohe „eine Erderwärmung““: with an impersonal „es“ the verb is no act of saying; the
    // quote stands alone (and continues the speaker before it).
    const impersonal = subj && subj[0] === subj[1] && t[subj[0]].lower === 'es';
    if (!impersonal) return attributionOf(st.cueSpan(best, bestVerb.particle), subj ? st.span(subj[0], subj[1]) : null, 'sentence-verb', bestVerb.entry);
  }
  // 4. Prepositional attribution: laut X, X zufolge, nach Angaben von X; the one in the quote's own
  // clause first („…, die jedoch nach Bewertung der Polizei „keinen Anlass“ gibt“).
  const cs = st.clauseStart(qa, sa);
  const prep = (cs > sa ? prepositionalCue(st, cs, qa, inQuote) : null) ?? prepositionalCue(st, sa, sb, inQuote);
  if (prep) return prep;
  return attributionOf(null, null, 'none');
}

/**
 * The genitive owner of a noun of saying whose content clause holds the token qa: „der Vorwurf
 * der CDU, es handele sich um …“. Null when a verb outside quotations stands between, since that
 * verb's clause is then where the quote sits.
 */
function speechNounOwner(st: SentenceTokens, qa: number, sa: number, inQuote: (i: number) => boolean): Attribution | null {
  const t = st.tokens;
  for (let k = qa - 1; k >= sa && qa - k <= 30; k--) {
    if (inQuote(k)) continue;
    if (st.verbAt(k, qa)) return null;
    if (t[k].kind !== 'word' || !st.lex.isSpeechNoun(t[k].text)) continue;
    if (!/^(der|des)$/.test(t[k + 1]?.lower ?? '')) return null;
    const genitive = st.nounPhrase(k + 1, qa);
    if (!genitive || t[genitive[1] + 1]?.text !== ',' || genitive[1] + 2 >= qa) return null;
    // The content clause: Konjunktiv („es handele sich“) or „dass“ right after the comma.
    const opener = t[genitive[1] + 2];
    const content = opener.lower === 'dass' || t.slice(genitive[1] + 2, qa).some((x) => st.lex.konjunktiv.has(x.lower));
    return content ? attributionOf(st.span(k, k), st.span(genitive[0], genitive[1]), 'sentence-verb') : null;
  }
  return null;
}

/** Adverbs pointing into a document named before: „Darin heißt es“, „Dort steht“. */
export const DOCUMENT_POINTER = /^(darin|hierin|dort|darunter)$/;

/** The last document named in the sentence before sa („… gab eine Stellungnahme ab. Darin …“), within 40 tokens. */
export function documentBefore(st: SentenceTokens, sa: number): [number, number] | null {
  const t = st.tokens;
  for (let k = sa - 1; k >= 0 && k >= sa - 40; k--) {
    if (t[k].kind !== 'word' || !st.lex.isDocumentNoun(t[k].text)) continue;
    let a = k;
    while (a > 0 && k - a < 4 && t[a - 1].kind === 'word' && (DETERMINERS.has(t[a - 1].lower) || (!isCapitalized(t[a - 1]) && /(e|en|er|es|em)$/.test(t[a - 1].lower) && !PREPOSITIONS.has(t[a - 1].lower)))) a--;
    const np = st.nounPhrase(a, sa);
    return np && np[1] >= k ? np : [a, k];
  }
  return null;
}

/** „…“, schrieb „Die Zeit“: a short quoted name right after the verb is the source. */
function quotedName(st: SentenceTokens, i: number, sb: number): [number, number] | null {
  const t = st.tokens;
  let k = i;
  while (k < sb && (ADVERBS.has(t[k].lower) || DETERMINERS.has(t[k].lower) || (t[k].kind === 'word' && !isCapitalized(t[k]) && /(e|en|er|es)$/.test(t[k].lower) && k - i < 3))) k++;
  if (t[k]?.kind !== 'quote') return null;
  for (let e = k + 1; e < Math.min(sb, k + 7); e++) {
    if (t[e].kind === 'quote') return e > k + 1 && isCapitalized(t[k + 1]) ? [i, e] : null;
    if (t[e].kind === 'punct') return null;
  }
  return null;
}

export function prepositionalCue(st: SentenceTokens, sa: number, sb: number, inQuote: (i: number) => boolean): Attribution | null {
  const first = firstPrepositionalCue(st, sa, sb, inQuote);
  // „Nicht näher genannten Quellen zufolge handelt es sich laut „Tagesspiegel“ …“: a named source
  // beats an unnamed one in the same sentence.
  if (first?.speaker && first.cue && VAGUE_SOURCE.test(first.speaker.text)) {
    let after = sa;
    while (after < sb && st.tokens[after].start < first.cue.end) after++;
    const named = firstPrepositionalCue(st, after, sb, inQuote);
    if (named?.speaker && !VAGUE_SOURCE.test(named.speaker.text)) return named;
  }
  return first;
}

/** Sources that name no one: „nicht näher genannten Quellen“, „Insidern“, „aus gut unterrichteten Kreisen“. */
const VAGUE_SOURCE = /(^|\s)(Quellen|Kreisen|Insidern|Informanten)$|ungenannt|nicht näher genannt|anonym/;

function firstPrepositionalCue(st: SentenceTokens, sa: number, sb: number, inQuote: (i: number) => boolean): Attribution | null {
  const t = st.tokens;
  for (let j = sa; j < sb; j++) {
    if (inQuote(j)) continue;
    const w = t[j].lower;
    if (w === 'laut' || w === 'gemäß') {
      const np = st.nounPhrase(j + 1, sb);
      if (np) return attributionOf(st.span(j, j), st.span(np[0], np[1]), 'preposition');
      // Lower-case names of media and sources: „laut taz“, „laut bild.de“.
      // (Not the adverb: „denkt laut über … nach“.)
      const next = t[j + 1];
      // (Nor before a verb: „wird laut aufgerufen“.)
      if (next?.kind === 'word' && !PREPOSITIONS.has(next.lower) && !ADVERBS.has(next.lower) && !CONJUNCTIONS.includes(next.lower) && !isPassiveParticiple(next.lower) && !st.lex.verb(next.lower).length) return attributionOf(st.span(j, j), st.span(j + 1, j + 1), 'preposition');
    }
    if (w === 'zufolge' && j > sa) {
      // The phrase before „zufolge“: back to the clause start.
      const cs = st.clauseStart(j, sa);
      const np = findLastNounPhrase(st, cs, j);
      if (np) return attributionOf(st.span(j, j), st.span(np[0], np[1]), 'preposition');
    }
    // „Dem Vernehmen nach …“, „den Angaben nach …“: „nach“ after its noun (with a dative article, not „die Zahlen nach oben“).
    if (w === 'nach' && j > sa + 1 && /^(dem|den)$/.test(t[j - 2].lower) && (t[j - 1].text === 'Vernehmen' || st.lex.isSourceNoun(t[j - 1].text))) {
      return attributionOf(st.span(j, j), st.span(j - 2, j - 1), 'preposition');
    }
    if (w === 'nach') {
      // „nach (den ersten) Worten / Angaben (von) X“, „nach Polizeiangaben“: the article and
      // adjectives before the noun and „von“ after it are optional.
      let noun = j + 1;
      if (t[noun] && /^(den|der|dem|eigenen|ersten|bisherigen|neuesten|jüngsten|vorläufigen|offiziellen|inoffiziellen|übereinstimmenden)$/.test(t[noun].lower)) noun++;
      while (t[noun] && t[noun].kind === 'word' && !isCapitalized(t[noun]) && /(en|em|er|e)$/.test(t[noun].lower) && noun - j < 4) noun++;
      // „nach Grupps Meinung“: a genitive name before the noun.
      if (t[noun] && isCapitalized(t[noun]) && /s$/.test(t[noun].text) && t[noun + 1] && st.lex.isSourceNoun(t[noun + 1].text)) noun++;
      if (!t[noun] || !st.lex.isSourceNoun(t[noun].text)) continue;
      // The source is the noun with what names whose it is: „Angaben der Polizei“, „Polizeiangaben“,
      // „Artikel 3 der Satzung“.
      const numbered = t[noun + 1]?.kind === 'number' ? noun + 1 : noun;
      const k = t[numbered + 1]?.lower === 'von' ? numbered + 2 : numbered + 1;
      const np = t[numbered + 1] && /^(von|der|des|dem)$/.test(t[numbered + 1].lower) ? st.nounPhrase(k, sb) : null;
      return attributionOf(st.span(j, noun), st.span(noun, np ? np[1] : numbered), 'preposition');
    }
  }
  return null;
}


function findLastNounPhrase(st: SentenceTokens, from: number, to: number): [number, number] | null {
  for (let i = from; i < to; i++) {
    const np = st.nounPhrase(i, to);
    if (np && np[1] === to - 1) return np;
  }
  return null;
}

/** Whether the tokens from j on are the words `parts` (lower case). */
function wordsAt(t: Token[], j: number, parts: readonly string[]): boolean {
  for (let k = 0; k < parts.length; k++) if (t[j + k].lower !== parts[k]) return false;
  return true;
}
