// JSON Lines read as bytes, so that what a text stream would hide is said: a UTF-8 byte order mark
// is dropped, UTF-16 input is named, invalid UTF-8 is reported with its line and byte offset (never
// replaced), and a line longer than any article can be is skipped without holding it in memory.
import { DEFAULT_MAX_LENGTH } from '../core';
import { decodeUtf8 } from '../annotations/files';
import type { AnalyzeInput } from './tasks';

/** Bytes a line may have: the longest article (4 bytes per character at most) and its JSON. */
export const MAX_LINE_BYTES = 4 * DEFAULT_MAX_LENGTH + 64 * 1024;

export async function* jsonlLines(source: AsyncIterable<Buffer>, maxLineBytes = MAX_LINE_BYTES): AsyncGenerator<AnalyzeInput> {
  let line = 0;
  let offset = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let skipping = false;
  let first = true;
  const emit = (bytes: Buffer, at: number): AnalyzeInput | undefined => {
    line++;
    if (skipping) return { line, raw: '', error: `line longer than ${maxLineBytes} bytes (at byte offset ${at}): skipped` };
    let raw: string;
    try {
      raw = decodeUtf8(bytes);
    } catch (e) {
      return { line, raw: '', error: `${(e as Error).message.replace(/ at line \d+, byte offset (\d+)/, (_m, o) => ` at byte offset ${at + Number(o)}`)}` };
    }
    return raw.trim() ? { line, raw } : undefined;
  };
  let lineStart = 0;
  for await (let chunk of source) {
    if (first) {
      first = false;
      if ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff)) {
        yield { line: 1, raw: '', error: 'the input is UTF-16 text; save it as UTF-8 (one JSON object per line)' };
        return;
      }
      if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) { chunk = chunk.subarray(3); offset = 3; lineStart = 3; }
    }
    let from = 0;
    for (let nl = chunk.indexOf(0x0a); nl >= 0; nl = chunk.indexOf(0x0a, from)) {
      const part = chunk.subarray(from, nl);
      const whole = pending.length ? Buffer.concat([...pending, part]) : part;
      const item = emit(stripCr(whole), lineStart);
      if (item) yield item;
      pending = []; pendingBytes = 0; skipping = false;
      lineStart = offset + nl + 1;
      from = nl + 1;
    }
    const rest = chunk.subarray(from);
    if (!skipping && rest.length) {
      pendingBytes += rest.length;
      if (pendingBytes > maxLineBytes) { skipping = true; pending = []; } else pending.push(Buffer.from(rest));
    }
    offset += chunk.length;
  }
  if (pending.length || skipping) {
    const item = emit(stripCr(Buffer.concat(pending)), lineStart);
    if (item) yield item;
  }
}

const stripCr = (b: Buffer) => (b.length && b[b.length - 1] === 0x0d ? b.subarray(0, b.length - 1) : b);
