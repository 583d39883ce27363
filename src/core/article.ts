// Article structure: input checks, the optional header, sub-headings and paragraphs.
import type { ArticleHeader, Paragraph } from './types';

export class InputError extends Error {
  constructor(message: string, readonly offset = 0) {
    super(message);
    this.name = 'InputError';
  }
}

/** Articles beyond this size are refused rather than analysed slowly; settings may raise it. */
export const DEFAULT_MAX_LENGTH = 20 * 1024 * 1024;

/** Throws an InputError for text that is not an article: NUL bytes, decoded binary, oversized input. */
export function checkInput(text: string, maxLength = DEFAULT_MAX_LENGTH): void {
  if (text.length > maxLength) {
    throw new InputError(`The text has ${text.length} characters, more than the limit of ${maxLength}.`);
  }
  const nul = text.indexOf('\0');
  if (nul >= 0) throw new InputError(`This looks like a binary file: NUL byte at offset ${nul}.`, nul);
  // Decoded binary shows up as many control or replacement characters near the start.
  const head = text.slice(0, 8192);
  let odd = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) odd++;
  }
  if (head.length >= 64 && odd / head.length > 0.1) {
    throw new InputError(`This looks like a binary file: ${odd} control or undecodable characters in the first ${head.length}.`);
  }
}

const DATE_HEADER = /^[\uFEFF\s]*date[ \t]+(\d{4}-\d{2}-\d{2})\b/;
const FIELD_LINE = /^([a-z][\w-]{0,30})[ \t]+(\S[^\n]{0,200})$/;

/** True when the first line carries the `date YYYY-MM-DD` header of a news file. */
export function hasNewsHeader(text: string): boolean {
  return DATE_HEADER.test(text.slice(0, 200));
}

/**
 * Splits an article into header, headings and paragraphs. Paragraphs are separated by blank
 * lines; a short single line without closing punctuation is a sub-heading.
 */
export function parseArticle(text: string): { header: ArticleHeader; paragraphs: Paragraph[] } {
  const header: ArticleHeader = { fields: {} };
  const paragraphs: Paragraph[] = [];
  let pos = 0;
  const m = DATE_HEADER.exec(text);
  if (m) {
    header.date = m[1];
    header.fields.date = m[1];
    const dateEnd = m[0].length;
    header.range = { start: m[0].indexOf('date'), end: dateEnd };
    pos = dateEnd;
    // More `key value` header lines may follow when the date stands alone on its line.
    const lineEnd = nextLineEnd(text, pos);
    if (text.slice(pos, lineEnd).trim() === '') {
      pos = lineEnd;
      while (pos < text.length) {
        const end = nextLineEnd(text, pos + 1);
        const line = text.slice(pos, end).replace(/^\r?\n/, '').replace(/\r$/, '');
        const f = FIELD_LINE.exec(line);
        if (!f || /[.!?]$/.test(line)) break;
        header.fields[f[1]] = f[2].trim();
        pos = end;
        header.range.end = end;
      }
    }
    paragraphs.push({ start: header.range.start, end: header.range.end, kind: 'header' });
  }
  const blank = /\n[ \t\r\f\v]*\n/g;
  blank.lastIndex = pos;
  let blockStart = pos;
  const pushBlock = (a: number, b: number) => {
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (a < b) paragraphs.push({ start: a, end: b, kind: isHeading(text.slice(a, b)) ? 'heading' : 'paragraph' });
  };
  for (let b = blank.exec(text); b; b = blank.exec(text)) {
    pushBlock(blockStart, b.index);
    blockStart = b.index + b[0].length;
    blank.lastIndex = blockStart - 1; // let the next blank line share this newline
    if (blank.lastIndex <= b.index) blank.lastIndex = b.index + 1;
  }
  pushBlock(blockStart, text.length);
  return { header, paragraphs };
}

function nextLineEnd(text: string, from: number): number {
  const i = text.indexOf('\n', from);
  return i < 0 ? text.length : i;
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0xa0 || c === 0xfeff || c === 0x202f || c === 0x2009;
}

function isHeading(block: string): boolean {
  if (block.includes('\n') || block.length > 120) return false;
  const last = block.replace(/[“”"«»‘’']+$/, '');
  return !/[.!?,;:…]$/.test(last) && /\p{L}/u.test(block);
}
