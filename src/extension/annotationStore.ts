// Sidecar sync: loads each article's sidecar, keeps targets in step with edits, writes decisions
// back (debounced, atomic, merged with outside changes), reloads on outside edits, and shows
// sidecar errors at their line and column. A sidecar that fails to parse is never overwritten.
import * as vscode from 'vscode';
import {
  decodeUtf8, emptySidecar, mergeSidecars, parseSidecar, reanchorAll, serializeSidecar, sha256Hex, shiftAnnotationsBy,
  sidecarPathFor, type Annotation, type ParsedSidecar, type Person, type SidecarData,
} from '../annotations';
import type { AnalysisService } from './analysisService';
import { writeAtomic } from './files';
import { counted } from './labels';

export interface SidecarState {
  article: vscode.Uri;
  sidecar: vscode.Uri;
  data: SidecarData;
  /** What was last read from or written to disk: the base of a merge, and how own writes are recognised. */
  diskText?: string;
  diskData?: SidecarData;
  parsed?: ParsedSidecar;
  /** Why writing is blocked (invalid or newer sidecar, read-only folder). */
  blocked?: string;
  /** The sidecar's folder cannot be written (blocks for good, unlike a broken file). */
  folderReadOnly?: boolean;
  dirty: boolean;
}

const SAVE_DELAY = 300;
/** Decisions that can be undone per article. */
const HISTORY = 100;

export class AnnotationStore implements vscode.Disposable {
  private readonly states = new Map<string, SidecarState>();
  private readonly loading = new Map<string, Promise<SidecarState | undefined>>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly saving = new Map<string, Promise<void>>();
  private readonly history = new Map<string, SidecarData[]>();
  private readonly changed = new vscode.EventEmitter<SidecarState>();
  readonly onDidChange = this.changed.event;
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('zitatlupe-sidecar');
  private readonly disposables: vscode.Disposable[] = [this.changed, this.diagnostics];

  constructor(private readonly service: AnalysisService) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.annotations.yaml');
    this.disposables.push(
      watcher,
      watcher.onDidChange((uri) => this.onDisk(uri)),
      watcher.onDidCreate((uri) => this.onDisk(uri)),
      watcher.onDidDelete((uri) => this.onDisk(uri)),
      vscode.workspace.onDidOpenTextDocument((d) => void this.ensure(d)),
      vscode.workspace.onDidChangeTextDocument((e) => this.onEdit(e)),
      vscode.workspace.onDidCloseTextDocument((d) => { void this.flush(d.uri); }),
      // Trust granted, or the sidecar folder changed: load every open article's sidecar afresh.
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.reloadAll()),
      vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('zitatlupe.sidecarFolder')) this.reloadAll(); }),
    );
    for (const d of vscode.workspace.textDocuments) void this.ensure(d);
  }

  private reloadAll(): void {
    for (const [key, state] of [...this.states]) {
      // (A state with unsaved decisions keeps them; it is saved where it was loaded from.)
      if (state.dirty) continue;
      this.states.delete(key);
      this.diagnostics.delete(state.sidecar);
    }
    for (const d of vscode.workspace.textDocuments) void this.ensure(d).then((s) => s && this.changed.fire(s));
  }

  /** The loaded state for an article, if any. */
  get(article: vscode.Uri): SidecarState | undefined {
    return this.states.get(article.toString());
  }

  sidecarUri(article: vscode.Uri): vscode.Uri {
    const folder = sidecarFolderSetting(article);
    if (!folder) return article.with({ path: sidecarPathFor(article.path) });
    // (joinPath resolves „..“, so the check below sees where the path really leads.)
    const base = folder.startsWith('/') ? article.with({ path: folder }) : vscode.Uri.joinPath(article, '..', folder);
    return vscode.Uri.joinPath(base, `${article.path.split('/').pop()}.annotations.yaml`);
  }

  /**
   * Why the sidecar may not be used: zitatlupe.sidecarFolder leads outside the article's workspace
   * folder (settings travel with repositories; a folder of sidecars must not read or write
   * elsewhere), or the workspace is not trusted (analysis only, no writes).
   */
  refusal(article: vscode.Uri): string | undefined {
    if (!vscode.workspace.isTrusted) return vscode.l10n.t('This workspace is not trusted: Zitatlupe analyses it but saves no decisions. Trust the workspace to save them.');
    if (!sidecarFolderSetting(article)) return undefined;
    const ws = vscode.workspace.getWorkspaceFolder(article);
    const sidecar = this.sidecarUri(article);
    if (!ws || (sidecar.path !== ws.uri.path && !sidecar.path.startsWith(ws.uri.path.replace(/\/?$/, '/')))) {
      return vscode.l10n.t('zitatlupe.sidecarFolder leads outside the workspace ({0}): Zitatlupe neither reads nor writes sidecars there.', sidecar.path);
    }
    return undefined;
  }

  /** Loads (once) the sidecar of an article that Zitatlupe analyses; files only, not untitled documents. */
  ensure(doc: vscode.TextDocument): Promise<SidecarState | undefined> {
    if (!this.service.isEnabledFor(doc) || doc.uri.scheme === 'untitled' || doc.uri.path.endsWith('.annotations.yaml')) return Promise.resolve(undefined);
    const key = doc.uri.toString();
    const have = this.states.get(key);
    if (have) return Promise.resolve(have);
    let p = this.loading.get(key);
    if (!p) {
      p = this.load(doc).finally(() => this.loading.delete(key));
      this.loading.set(key, p);
    }
    return p;
  }

  private async load(doc: vscode.TextDocument): Promise<SidecarState | undefined> {
    const sidecar = this.sidecarUri(doc.uri);
    const state: SidecarState = { article: doc.uri, sidecar, data: emptySidecar(doc.uri.path.split('/').pop()!), dirty: false };
    const refused = this.refusal(doc.uri);
    let text: string | undefined;
    try {
      // (Outside the workspace nothing is read either; untrusted: read, never written.)
      if (!refused || vscode.workspace.isTrusted === false) text = await readText(sidecar);
    } catch (e) {
      this.unreadable(state, e as Error);
    }
    if (text !== undefined) this.applyDisk(state, text);
    if (refused && !state.blocked) state.blocked = refused;
    if (!state.blocked && vscode.workspace.fs.isWritableFileSystem(sidecar.scheme) === false) {
      state.folderReadOnly = true;
      state.blocked = readOnlyFolder(sidecar);
    }
    if (state.parsed?.data && !state.blocked) {
      // Changed outside VS Code since the last save: re-anchor and say what happened.
      const hash = await sha256Hex(doc.getText());
      if (state.data.document.sha256 && state.data.document.sha256 !== hash) {
        const { annotations, report } = reanchorAll(doc.getText(), state.data.annotations);
        state.data = { ...state.data, document: { ...state.data.document, sha256: hash }, annotations };
        if (report.moved.length || report.orphaned.length) {
          state.dirty = true;
          void vscode.window.showInformationMessage(vscode.l10n.t('Zitatlupe: the article changed outside the editor. Moved: {0}; orphaned (kept under "Orphaned"): {1}.', counted.annotations(report.moved.length), counted.annotations(report.orphaned.length)));
        }
      }
    }
    if (state.parsed?.readOnly) void vscode.window.showWarningMessage(state.parsed.readOnly);
    this.states.set(doc.uri.toString(), state);
    this.changed.fire(state);
    if (state.dirty) this.schedule(state);
    return state;
  }

  /** Bytes that are not UTF-8 (or are UTF-16): shown in Problems, and the file is never rewritten. */
  private unreadable(state: SidecarState, e: Error): void {
    const at = /line (\d+)/.exec(e.message);
    const line = at ? Number(at[1]) - 1 : 0;
    const d = new vscode.Diagnostic(new vscode.Range(line, 0, line, 1), e.message, vscode.DiagnosticSeverity.Error);
    d.source = 'Zitatlupe';
    this.diagnostics.set(state.sidecar, [d]);
    state.parsed = undefined;
    state.blocked = vscode.l10n.t('The sidecar {0} has errors (see Problems). Zitatlupe will not write it until they are fixed; the article shows automatic suggestions only.', basename(state.sidecar));
  }

  /** Reads disk text into the state: parse, validate, and show problems at their place. */
  private applyDisk(state: SidecarState, text: string): void {
    const parsed = parseSidecar(text);
    state.parsed = parsed;
    state.diskText = text;
    this.diagnostics.set(state.sidecar, parsed.issues.map((i) => {
      const pos = new vscode.Position(i.line - 1, i.col - 1);
      const d = new vscode.Diagnostic(new vscode.Range(pos, pos.translate(0, 1)), i.message, i.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
      d.source = 'Zitatlupe';
      return d;
    }));
    if (!parsed.data) {
      state.blocked = vscode.l10n.t('The sidecar {0} has errors (see Problems). Zitatlupe will not write it until they are fixed; the article shows automatic suggestions only.', basename(state.sidecar));
      return;
    }
    state.blocked = parsed.readOnly ?? (state.folderReadOnly ? readOnlyFolder(state.sidecar) : undefined);
    state.data = parsed.data;
    state.diskData = parsed.data;
  }

  private async onDisk(uri: vscode.Uri): Promise<void> {
    const state = [...this.states.values()].find((s) => s.sidecar.toString() === uri.toString());
    if (!state) return;
    await this.saving.get(state.article.toString());
    await this.reload(state);
  }

  /** Takes in what is on disk now: nothing new, deleted, or changed (merged with unsaved decisions). */
  private async reload(state: SidecarState): Promise<void> {
    let text: string | undefined;
    try {
      text = await readText(state.sidecar);
    } catch (e) {
      this.unreadable(state, e as Error);
      this.changed.fire(state);
      return;
    }
    if (text === state.diskText) return; // our own write
    if (text === undefined) {
      // Deleted (git checkout, by hand): without unsaved decisions the article has none; with them, they are written anew.
      state.diskText = undefined;
      state.diskData = undefined;
      state.parsed = undefined;
      this.diagnostics.delete(state.sidecar);
      if (!state.folderReadOnly) state.blocked = undefined;
      if (state.dirty) this.schedule(state);
      else state.data = emptySidecar(state.article.path.split('/').pop()!);
      this.changed.fire(state);
      return;
    }
    const mine = state.data;
    const base = state.diskData;
    const wasDirty = state.dirty;
    this.applyDisk(state, text);
    if (wasDirty && base && state.parsed?.data) {
      const { merged, conflicts } = mergeSidecars(base, mine, state.parsed.data);
      state.data = merged;
      if (conflicts.length) {
        const keepMine = vscode.l10n.t('Keep mine');
        const takeTheirs = vscode.l10n.t('Take the file\'s');
        const choice = await vscode.window.showWarningMessage(
          vscode.l10n.t('The sidecar {0} changed on disk while you had unsaved decisions. Different in both: {1}.', basename(state.sidecar), counted.annotations(conflicts.length)),
          { modal: true }, keepMine, takeTheirs);
        const mineById = new Map(mine.annotations.map((a) => [a.id, a]));
        if (choice === keepMine) {
          state.data = { ...merged, annotations: merged.annotations.filter((a) => !a.id.endsWith('-mine')).map((a) => mineById.get(a.id) ?? a) };
        } else if (choice === takeTheirs) {
          state.data = { ...merged, annotations: merged.annotations.filter((a) => !a.id.endsWith('-mine')) };
        }
        // No choice: both versions stay, nothing is lost.
      }
      state.dirty = true;
      this.schedule(state);
    } else {
      state.dirty = false;
    }
    this.changed.fire(state);
  }

  private onEdit(e: vscode.TextDocumentChangeEvent): void {
    if (!e.contentChanges.length) return;
    const state = this.get(e.document.uri);
    if (!state || !state.data.annotations.length) return;
    const changes = e.contentChanges.map((c) => ({ start: c.rangeOffset, end: c.rangeOffset + c.rangeLength, text: c.text }));
    const next = shiftAnnotationsBy(state.data.annotations, changes, e.document.getText());
    if (next.every((a, i) => a === state.data.annotations[i])) return;
    state.data = { ...state.data, annotations: next };
    this.markDirty(state);
  }

  /** Applies a change to an article's annotations and schedules the save. */
  async update(article: vscode.TextDocument, change: (data: SidecarData) => SidecarData): Promise<SidecarState> {
    const state = await this.ensure(article);
    if (!state && article.uri.scheme === 'untitled') throw new Error(vscode.l10n.t('Save the article as a file first: decisions are kept in a sidecar file beside it.'));
    if (!state) throw new Error(vscode.l10n.t('Zitatlupe does not analyse this document.'));
    if (state.blocked) throw new Error(state.blocked);
    // The sidecar's own history: decisions can be undone one by one, independent of text undo.
    const history = this.history.get(state.article.toString()) ?? [];
    history.push(state.data);
    if (history.length > HISTORY) history.shift();
    this.history.set(state.article.toString(), history);
    state.data = change(state.data);
    this.markDirty(state);
    return state;
  }

  /** Takes back the last decision for the article; false when there is none. */
  undo(article: vscode.Uri): boolean {
    const state = this.get(article);
    const previous = this.history.get(article.toString())?.pop();
    if (!state || !previous || state.blocked) return false;
    // Targets moved by typing since then are kept: only the decisions go back.
    const current = new Map(state.data.annotations.map((a) => [a.id, a]));
    state.data = { ...previous, annotations: previous.annotations.map((a) => { const now = current.get(a.id); return now ? { ...a, target: now.target, ...(now.orphaned ? { orphaned: true } : {}) } : a; }) };
    this.markDirty(state);
    return true;
  }

  private markDirty(state: SidecarState): void {
    state.dirty = true;
    this.changed.fire(state);
    this.schedule(state);
  }

  private schedule(state: SidecarState): void {
    const key = state.article.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => { this.timers.delete(key); void this.save(state); }, SAVE_DELAY));
  }

  /** Writes pending decisions now (tests, closing documents). */
  async flush(article: vscode.Uri): Promise<void> {
    const state = this.get(article);
    const key = article.toString();
    if (this.timers.has(key)) {
      clearTimeout(this.timers.get(key));
      this.timers.delete(key);
      if (state) await this.save(state);
    }
    await this.saving.get(key);
  }

  private save(state: SidecarState): Promise<void> {
    const key = state.article.toString();
    const run = (this.saving.get(key) ?? Promise.resolve()).then(() => this.write(state)).catch((e) => {
      void vscode.window.showErrorMessage(vscode.l10n.t('Zitatlupe could not save {0}: {1}', basename(state.sidecar), (e as Error).message));
    });
    this.saving.set(key, run);
    return run;
  }

  private async write(state: SidecarState): Promise<void> {
    if (!state.dirty || state.blocked) return;
    // Someone else wrote the file since we read it: merge first (onDisk does), never clobber.
    const onDisk = await readText(state.sidecar);
    if (onDisk !== undefined && onDisk !== state.diskText) {
      // (reload, not onDisk: this runs inside the save chain that onDisk waits for.)
      await this.reload(state);
      if (state.blocked) return;
    }
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === state.article.toString());
    if (doc) state.data = { ...state.data, document: { ...state.data.document, sha256: await sha256Hex(doc.getText()) } };
    const text = serializeSidecar(state.data, state.parsed?.doc);
    await writeAtomic(state.sidecar, text);
    state.diskText = text;
    state.diskData = state.data;
    // The document was updated in place and now describes the file; parsing the file again would
    // cost more than a second for ten thousand annotations (the yaml parser reads ~2 MB/s).
    state.parsed = { data: state.data, issues: state.parsed?.issues ?? [], doc: state.parsed?.doc };
    state.dirty = false;
    this.changed.fire(state);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}

/** The sidecar's text, or undefined when there is none; bytes that are not UTF-8 throw (FileError). */
async function readText(uri: vscode.Uri): Promise<string | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch {
    return undefined;
  }
  return decodeUtf8(bytes, basename(uri));
}

function readOnlyFolder(sidecar: vscode.Uri): string {
  return vscode.l10n.t('The folder of {0} is read-only: decisions cannot be saved there. Set zitatlupe.sidecarFolder to a writable folder.', basename(sidecar));
}

function basename(uri: vscode.Uri): string {
  return uri.path.split('/').pop() ?? uri.path;
}

export type { Annotation, Person };

/** The zitatlupe.sidecarFolder setting for an article, or undefined when sidecars sit beside it. */
function sidecarFolderSetting(article: vscode.Uri): string | undefined {
  return vscode.workspace.getConfiguration('zitatlupe', article).get<string>('sidecarFolder', '') || undefined;
}
