// Node file access for the CLI and tests: atomic writes (temporary file, then rename) and reading
// a sidecar beside its article. The editor uses vscode.workspace.fs with the same steps.
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseSidecar, sidecarPathFor, type ParsedSidecar } from './sidecar';

/** Writes via a temporary file in the same folder and a rename, so readers never see half a file. */
export function writeFileAtomic(path: string, content: string): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  const fd = openSync(tmp, 'w', 0o644);
  try {
    writeSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    renameSync(tmp, path);
  } catch (e) {
    unlinkSync(tmp);
    throw e;
  }
}

export function readSidecarFor(articlePath: string, folder?: string): { path: string; parsed?: ParsedSidecar; source?: string } {
  const path = sidecarPathFor(articlePath, folder);
  if (!existsSync(path)) return { path };
  const source = readFileSync(path, 'utf8');
  return { path, parsed: parseSidecar(source), source };
}
