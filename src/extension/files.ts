// Writing files through vscode.workspace.fs the safe way (sidecars, exports): whole or not at all.
import * as vscode from 'vscode';

/**
 * A temporary file beside the target, then a rename: readers never see half a sidecar. The
 * temporary's name is unique (two windows never share one); a read-only sidecar is refused; a
 * symbolic link is written through, so the link and the file it points to stay one.
 */
export async function writeAtomic(uri: vscode.Uri, text: string): Promise<void> {
  if (vscode.workspace.fs.isWritableFileSystem(uri.scheme) === false) {
    throw new Error(vscode.l10n.t('the folder is read-only'));
  }
  const stat = await vscode.workspace.fs.stat(uri).then((s) => s, () => undefined);
  if (stat && ((stat.permissions ?? 0) & vscode.FilePermission.Readonly)) throw new Error(vscode.l10n.t('the file is read-only'));
  const bytes = new TextEncoder().encode(text);
  if (stat && (stat.type & vscode.FileType.SymbolicLink)) return vscode.workspace.fs.writeFile(uri, bytes);
  const unique = Array.from(crypto.getRandomValues(new Uint8Array(6)), (b) => b.toString(16).padStart(2, '0')).join('');
  const tmp = uri.with({ path: uri.path.replace(/[^/]+$/, (name) => `.${name}.${unique}.zitatlupe.tmp`) });
  await vscode.workspace.fs.writeFile(tmp, bytes);
  try {
    await vscode.workspace.fs.rename(tmp, uri, { overwrite: true });
  } catch (e) {
    await vscode.workspace.fs.delete(tmp).then(undefined, () => undefined);
    throw e;
  }
}

