// A small tokenizer: words (letters, digits, inner hyphens, apostrophes and dots of
// abbreviations are kept apart), punctuation and quotation marks, with offsets.
// Hand-written over char codes because it runs over every character of every article: it is
// several times faster than the equivalent Unicode regex (kept in the tests as the reference).

export type TokenKind = 'word' | 'number' | 'punct' | 'quote';

export interface Token {
  start: number;
  end: number;
  text: string;
  kind: TokenKind;
  /** Lower-cased text, computed once. */
  lower: string;
}

const OTHER = 0, LOWER = 1, UPPER = 2, MARK = 3, DIGIT = 4, SPACE = 5;
/** Character classes of the BMP, filled on first sight of each code. 255 = not yet known. */
const classes = new Uint8Array(0x10000).fill(255);
const LETTER_RE = /\p{L}/u, MARK_RE = /\p{M}/u, SPACE_RE = /\s/u;

function classifySlow(code: number): number {
  const ch = String.fromCodePoint(code);
  const c = code >= 0x30 && code <= 0x39 ? DIGIT
    : LETTER_RE.test(ch) ? (ch !== ch.toLowerCase() ? UPPER : LOWER)
    : MARK_RE.test(ch) ? MARK : SPACE_RE.test(ch) ? SPACE : OTHER;
  if (code < 0x10000) classes[code] = c;
  return c;
}

function classify(code: number): number {
  if (code < 0x10000) {
    const known = classes[code];
    if (known !== 255) return known;
  }
  return classifySlow(code);
}

const QUOTE_CHARS = new Set([0x201e, 0x201c, 0x201d, 0x22, 0xbb, 0xab, 0x201a, 0x2018, 0x2019, 0x203a, 0x2039, 0x27]);
const isJoiner = (c: number) => c === 0x2d || c === 0x2010 || c === 0x27 || c === 0x2019; // - ‐ ' ’
const isNumberSeparator = (c: number) => c === 0x2e || c === 0x2c || c === 0x3a; // . , :

/** The code point at i: one UTF-16 unit, or two for a surrogate pair. */
function codeAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff ? (text.codePointAt(i) ?? c) : c;
}
const width = (code: number) => (code > 0xffff ? 2 : 1);
const isWordClass = (k: number) => k === LOWER || k === UPPER || k === MARK || k === DIGIT;

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    const c = codeAt(text, i);
    const k = classify(c);
    if (k === SPACE) { i += width(c); continue; }
    const s = i;
    let kind: TokenKind;
    // Most words have no capital after the first letter: their lower case is computed without a copy.
    let upper = false;
    if (k === LOWER || k === UPPER) {
      kind = 'word';
      upper = k === UPPER;
      i += width(c);
      for (;;) {
        while (i < end) {
          const w = codeAt(text, i);
          const wk = classify(w);
          if (!isWordClass(wk)) break;
          if (wk === UPPER) upper = true;
          i += width(w);
        }
        // An inner hyphen or apostrophe joins when a word character follows: Baden-Württemberg, geht's.
        if (i + 1 < end && isJoiner(text.charCodeAt(i)) && isWordClass(classify(codeAt(text, i + 1)))) { i++; continue; }
        // An inner dot before a lower-case letter joins too: ver.di, ndr.de, bild.de.
        if (i + 1 < end && text.charCodeAt(i) === 0x2e && classify(codeAt(text, i + 1)) === LOWER) { i++; continue; }
        break;
      }
      // A trailing hyphen belongs to the word: „Außen- und Innenpolitik“.
      if (i < end && text.charCodeAt(i) === 0x2d) i++;
    } else if (k === DIGIT) {
      kind = 'number';
      for (;;) {
        while (i < end && isDigit(text.charCodeAt(i))) i++;
        if (i + 1 < end && isNumberSeparator(text.charCodeAt(i)) && isDigit(text.charCodeAt(i + 1))) { i++; continue; }
        break;
      }
    } else {
      kind = QUOTE_CHARS.has(c) ? 'quote' : 'punct';
      i += width(c);
    }
    const t = i - s === 1 && kind !== 'word' ? oneChar(c) : text.slice(s, i);
    const lower = upper ? t.toLowerCase() : t;
    // (Their third letter marks the old spellings, so that other words skip the lookup: „daß“, „sey“.)
    const third = kind === 'word' && lower.length <= 6 ? lower.charCodeAt(2) : 0;
    out.push({ start: s, end: i, text: t, kind, lower: third === 0xdf || third === 0x79 ? (OLD_SPELLINGS.get(lower) ?? lower) : lower });
  }
  return out;
}

/**
 * Spellings of older German that the rules should read as today's (texts before 1996 and historical
 * news): „daß“ opens a content clause like „dass“, „sey“ is Konjunktiv I like „sei“. Only `lower`
 * changes; the text and its offsets stay as written.
 */
const OLD_SPELLINGS = new Map([['daß', 'dass'], ['sey', 'sei'], ['seyen', 'seien'], ['seyn', 'sein'], ['seyest', 'seiest']]);

/**
 * One string per punctuation character, shared by all its tokens: V8 shares one-character
 * strings only below U+0100, and a slice of „ or – is a new string each time (a pasted run of
 * marks made one per character).
 */
const oneCharStrings: string[] = [];
function oneChar(code: number): string {
  return oneCharStrings[code] ??= String.fromCharCode(code);
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

export function isCapitalized(t: Token): boolean {
  if (t.kind !== 'word') return false;
  const c = t.text.charCodeAt(0);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return t.lower.charCodeAt(0) !== c;
}

/**
 * A per-token flag array reused from paragraph to paragraph: allocating a typed array costs
 * about half a microsecond, more than the work it serves on a short paragraph. One instance per
 * caller, used by one call at a time; flags past the requested length always read 0.
 */
export class TokenFlags {
  private buffer = new Uint8Array(256);
  private used = 0;

  /** Flags for n tokens, all 0. */
  cleared(n: number): Uint8Array {
    if (this.buffer.length < n) this.buffer = new Uint8Array(Math.max(n, this.buffer.length * 2));
    else this.buffer.fill(0, 0, Math.max(n, this.used));
    this.used = n;
    return this.buffer;
  }
}

/** Whether the token's first character changes in lower case: a capital, for any token kind (cheaper than isCapitalized). */
export const isCap = (t: Token): boolean => t.text.charCodeAt(0) !== t.lower.charCodeAt(0);
