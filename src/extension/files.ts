// Writing files through vscode.workspace.fs the safe way (sidecars, exports): whole or not at all.
import * as vscode from 'vscode';

/** Replaces `to` by `from` in one step (rename(2)); the Node host provides it for file: URIs. */
export type AtomicReplace = (fromPath: string, toPath: string) => Promise<void>;
let atomicReplace: AtomicReplace | undefined;

/** Called by the desktop entry, whose files are on a disk it can reach with Node. */
export function useAtomicReplace(replace: AtomicReplace): void {
  atomicReplace = replace;
}

/**
 * Whole or not at all, and never missing. On disk: a temporary file beside the target, then
 * rename(2); its name is unique (two windows never share one). Not `workspace.fs.rename(…,
 * { overwrite: true })`: VS Code's file service deletes the target before it moves, so a reader
 * (git, another window) would find no sidecar, and a crash in between would leave none. Elsewhere
 * (the web host, other file systems) one `writeFile`: the provider writes the whole file in one
 * call, and the browser's File System Access API commits it whole. A read-only sidecar is
 * refused; a symbolic link is written through, so the link and the file it points to stay one.
 */
export async function writeAtomic(uri: vscode.Uri, text: string): Promise<void> {
  if (vscode.workspace.fs.isWritableFileSystem(uri.scheme) === false) {
    throw new Error(vscode.l10n.t('the folder is read-only'));
  }
  const stat = await vscode.workspace.fs.stat(uri).then((s) => s, () => undefined);
  if (stat && ((stat.permissions ?? 0) & vscode.FilePermission.Readonly)) throw new Error(vscode.l10n.t('the file is read-only'));
  const bytes = new TextEncoder().encode(text);
  if (!atomicReplace || uri.scheme !== 'file' || (stat && (stat.type & vscode.FileType.SymbolicLink))) {
    return vscode.workspace.fs.writeFile(uri, bytes);
  }
  const unique = Array.from(crypto.getRandomValues(new Uint8Array(6)), (b) => b.toString(16).padStart(2, '0')).join('');
  const tmp = uri.with({ path: uri.path.replace(/[^/]+$/, (name) => `.${name}.${unique}.zitatlupe.tmp`) });
  await vscode.workspace.fs.writeFile(tmp, bytes);
  try {
    await atomicReplace(tmp.fsPath, uri.fsPath);
  } catch (e) {
    await vscode.workspace.fs.delete(tmp).then(undefined, () => undefined);
    throw e;
  }
}
