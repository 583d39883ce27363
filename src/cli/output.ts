// Where the CLI writes. Never over one of its inputs; files atomically (the complete new file or
// the old one, never half); every path problem a clear error with the path, never a stack trace.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { FileError, writeFileAtomic } from '../annotations/files';

export interface Output {
  write(line: string): Promise<void>;
  close(): Promise<void>;
}

/** The real path of an existing file or folder, else the resolved path. */
function real(p: string): string {
  try { return realpathSync(p); } catch { return resolve(p); }
}

const within = (child: string, parent: string) => child === parent || child.startsWith(parent.endsWith(sep) ? parent : parent + sep);

/**
 * Refuses an output that would overwrite an input: the same file, or (folder exports) the input
 * folder itself. A distinct subfolder of an input folder is fine — folder commands skip it later.
 */
export function guardOutput(out: string, inputs: readonly string[], folder: boolean): void {
  const o = real(out);
  for (const input of inputs) {
    const i = real(input);
    if (o === i) throw new FileError(`--out ${out} is one of the inputs; choose another ${folder ? 'folder' : 'file'}`);
    if (folder && existsSync(i) && statSync(i).isFile() && dirname(i) === o) {
      throw new FileError(`--out ${out} is the folder of the input ${input}; export into a folder of its own (a subfolder is fine)`);
    }
  }
}

/** Line output to standard output, or to a file that appears whole when the output is closed. */
export function openOutput(path: string | undefined, inputs: readonly string[] = []): Output {
  if (path === undefined) return streamOutput(1, '<stdout>', () => {});
  guardOutput(path, inputs, false);
  if (existsSync(path) && statSync(path).isDirectory()) throw new FileError(`--out ${path} is a folder; give a file name`);
  // Devices and pipes (/dev/null, /dev/stdout) cannot be renamed onto: written directly.
  if (existsSync(path) && !statSync(path).isFile()) return streamOutput(openFor(path, 'w'), path, (fd) => closeSync(fd));
  const dir = dirname(path);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new FileError(`cannot write ${path}: the folder ${dir} does not exist`);
  if (existsSync(path) && (statSync(path).mode & 0o222) === 0) throw new FileError(`${path} is read-only; not overwritten`);
  const tmp = join(dir, `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.zitatlupe.tmp`);
  return streamOutput(openFor(tmp, 'wx'), path, (fd, failed) => {
    closeSync(fd);
    if (failed) { try { unlinkSync(tmp); } catch { /* gone */ } return; }
    renameSync(tmp, path);
  }, tmp);
}

function openFor(path: string, flags: string): number {
  try {
    return openSync(path, flags, 0o644);
  } catch (e) {
    throw new FileError(`cannot write ${path}: ${reason(e)}`);
  }
}

export function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  const words: Record<string, string> = {
    ENOENT: 'no such folder', EACCES: 'permission denied', EPERM: 'not permitted', ENOSPC: 'no space left on the device',
    EISDIR: 'it is a folder', EROFS: 'read-only file system', ENOTDIR: 'a part of the path is not a folder', EEXIST: 'already exists',
  };
  return (code && words[code]) ?? (e as Error).message;
}

/** Writes lines synchronously to a descriptor (a pipe's back-pressure is handled by the OS). */
function streamOutput(fd: number, shown: string, finish: (fd: number, failed: boolean) => void, tmp?: string): Output {
  let failed: FileError | undefined;
  const fail = (e: unknown) => {
    // A reader of standard output that stopped (`… | head`) ends the run quietly, as for any Unix tool.
    if (fd === 1 && (e as NodeJS.ErrnoException).code === 'EPIPE') process.exit(process.exitCode ?? 0);
    failed ??= new FileError(`cannot write ${shown}: ${reason(e)}`);
    throw failed;
  };
  return {
    write: async (line) => {
      if (failed) throw failed;
      const bytes = Buffer.from(line + '\n');
      try {
        for (let off = 0; off < bytes.length;) off += writeSync(fd, bytes, off);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EAGAIN') return writeWhenReady(fd, bytes).catch(fail);
        fail(e);
      }
    },
    close: async () => {
      if (fd === 1) return;
      try {
        if (tmp && !failed) fsyncSync(fd);
      } catch (e) {
        failed ??= new FileError(`cannot write ${shown}: ${reason(e)}`);
      }
      finish(fd, !!failed);
      if (failed) throw failed;
    },
  };
}

/** A non-blocking standard output (a pipe) that is full: wait a moment and go on. */
async function writeWhenReady(fd: number, bytes: Buffer): Promise<void> {
  for (let off = 0; off < bytes.length;) {
    try {
      off += writeSync(fd, bytes, off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
      await new Promise((r) => setTimeout(r, 5));
    }
  }
}

/** The folder all paths have in common (their folders, for files). */
export function commonRoot(paths: readonly string[]): string {
  const dirs = paths.map((p) => real(p)).map((p) => (existsSync(p) && statSync(p).isDirectory() ? p : dirname(p)));
  if (!dirs.length) return process.cwd();
  let root = dirs[0];
  for (const d of dirs.slice(1)) while (!within(d, root)) root = dirname(root);
  return root;
}

/** An article's output folder inside `outDir`: its folder relative to the inputs' common root. */
export function outputFolderFor(file: string, root: string, outDir: string): string {
  const rel = relative(root, dirname(real(file)));
  const dir = rel && !rel.startsWith('..') ? join(outDir, rel) : outDir;
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** One export file, atomically, never replacing the article it comes from. */
export function writeExportFile(path: string, content: string, article: string): void {
  if (real(path) === real(article)) throw new FileError(`${path} is the article itself; not overwritten`);
  writeFileAtomic(path, content);
}

export { FileError };
