// Bytes to text without silent damage, for the CLI and the editor alike (no Node imports: the web
// extension uses it too): a UTF-8 byte order mark is dropped, UTF-16 is named, invalid UTF-8 is
// reported with its line and byte offset and never replaced — a sidecar rewritten from replaced
// text would lose the bytes of a note for good.

/** A problem with a path or its bytes, said in words with the path in front. */
export class FileError extends Error {}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Bytes as text: a UTF-8 BOM is dropped, UTF-16 is named (with its byte order mark or its NUL
 * bytes), invalid UTF-8 is reported with its line and byte offset — never replaced silently.
 */
export function decodeUtf8(bytes: Uint8Array, what?: string): string {
  const about = what ? `${what}: ` : '';
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new FileError(`${about}UTF-16 text (byte order mark ${bytes[0] === 0xff ? 'FF FE' : 'FE FF'}); save it as UTF-8`);
  }
  const head = bytes.subarray(0, 64);
  const nuls = head.filter((b) => b === 0).length;
  if (head.length >= 8 && nuls >= head.length / 4 && head.length - nuls > 2) throw new FileError(`${about}looks like UTF-16 text (every other byte is 0); save it as UTF-8`);
  try {
    return UTF8.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const line = bytes.subarray(0, at).reduce((n, b) => n + (b === 0x0a ? 1 : 0), 1);
    throw new FileError(`${about}invalid UTF-8 at line ${line}, byte offset ${at}`);
  }
}

/** Offset of the first byte that starts no valid UTF-8 sequence. */
function firstInvalidUtf8(b: Uint8Array): number {
  for (let i = 0; i < b.length;) {
    const c = b[i];
    const n = c < 0x80 ? 1 : c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    if (!n || i + n > b.length) return i;
    for (let k = 1; k < n; k++) if ((b[i + k] & 0xc0) !== 0x80) return i;
    // (Overlong, surrogate and out-of-range forms are left to the decoder's verdict.)
    try { UTF8.decode(b.subarray(i, i + n)); } catch { return i; }
    i += n;
  }
  return b.length;
}

