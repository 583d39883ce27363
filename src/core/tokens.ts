// A small tokenizer: words (letters, digits, inner hyphens, apostrophes and dots of
// abbreviations are kept apart), punctuation and quotation marks, with offsets.

export type TokenKind = 'word' | 'number' | 'punct' | 'quote';

export interface Token {
  start: number;
  end: number;
  text: string;
  kind: TokenKind;
  /** Lower-cased text, computed once. */
  lower: string;
}

const TOKEN = /(\p{L}[\p{L}\p{M}\d]*(?:[-‐'’][\p{L}\p{M}\d]+)*-?)|(\d+(?:[.,:]\d+)*)|([„“”"»«‚‘’›‹'])|([^\s\p{L}\d])/gu;

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = start;
  for (let m = TOKEN.exec(text); m && m.index < end; m = TOKEN.exec(text)) {
    const s = m.index;
    const e = Math.min(s + m[0].length, end);
    const t = text.slice(s, e);
    const kind: TokenKind = m[1] ? 'word' : m[2] ? 'number' : m[3] ? 'quote' : 'punct';
    out.push({ start: s, end: e, text: t, kind, lower: t.toLowerCase() });
  }
  return out;
}

export function isCapitalized(t: Token): boolean {
  const c = t.text.charAt(0);
  return t.kind === 'word' && c !== c.toLowerCase();
}
