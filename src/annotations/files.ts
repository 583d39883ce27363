// Node file access for the CLI and tests: atomic writes (a temporary file of our own, then a
// rename) that respect read-only files, write through symbolic links and clear away temporaries a
// killed run left behind; and strict reading (size checked before reading, UTF-8 checked, UTF-16
// named). The editor uses vscode.workspace.fs with the same steps.
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, lstatSync, openSync, readdirSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { decodeUtf8, FileError } from './encoding';
import { MAX_SIDECAR_BYTES, parseSidecar, sidecarPathFor, type ParsedSidecar } from './sidecar';

export { decodeUtf8, FileError } from './encoding';

const TMP_SUFFIX = '.zitatlupe.tmp';

/**
 * Writes via a uniquely named temporary file in the target's folder and a rename, so readers never
 * see half a file and two writers never share a temporary. A read-only target is refused, not
 * replaced; a symbolic link is written through (its target changes, the link stays); the
 * temporaries of dead writers of the same file are removed first.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  const target = existsSync(path) && lstatSync(path).isSymbolicLink() ? realpathSync(path) : path;
  let mode = 0o644;
  if (existsSync(target)) {
    const st = statSync(target);
    if (!st.isFile()) throw new FileError(`${path} is not a regular file; not written`);
    if ((st.mode & 0o222) === 0) throw new FileError(`${path} is read-only; not written (make it writable to let Zitatlupe save it)`);
    mode = st.mode & 0o777;
  }
  removeStaleTemporaries(target);
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}${TMP_SUFFIX}`);
  const fd = openSync(tmp, 'wx', mode);
  try {
    try {
      const bytes = typeof content === 'string' ? Buffer.from(content) : content;
      for (let off = 0; off < bytes.length;) off += writeSync(fd, bytes, off);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, target);
  } catch (e) {
    try { unlinkSync(tmp); } catch { /* already gone */ }
    throw e;
  }
}

/** Temporaries `.<name>.<pid>-<random>.zitatlupe.tmp` whose writing process no longer runs. */
function removeStaleTemporaries(target: string): void {
  const prefix = `.${basename(target)}.`;
  let names: string[];
  try { names = readdirSync(dirname(target)); } catch { return; }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith(TMP_SUFFIX)) continue;
    const pid = Number(name.slice(prefix.length).split('-')[0]);
    if (Number.isInteger(pid) && pid !== process.pid && !alive(pid)) {
      try { unlinkSync(join(dirname(target), name)); } catch { /* someone else did */ }
    }
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Reads a text file whole after checking its size, strictly as UTF-8 (`what` prefixes errors). */
export function readTextFile(path: string, maxBytes: number, what?: string): string {
  const about = what ? `${what}: ` : '';
  const st = statSync(path);
  if (st.isDirectory()) throw new FileError(`${about}a folder, not a file`);
  if (st.size > maxBytes) throw new FileError(`${about}${st.size} bytes, more than the ${maxBytes} Zitatlupe reads`);
  return decodeUtf8(readFileSync(path), what);
}

export function readSidecarFor(articlePath: string, folder?: string): { path: string; parsed?: ParsedSidecar; source?: string } {
  const path = sidecarPathFor(articlePath, folder);
  if (!existsSync(path)) return { path };
  const source = readTextFile(path, MAX_SIDECAR_BYTES, path);
  return { path, parsed: parseSidecar(source), source };
}
