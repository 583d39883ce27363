// Wires the features. Every registration is a disposable owned by the extension context.
// Shared by the desktop (Node) and web (worker) entries; nothing here needs Node.
import * as vscode from 'vscode';
import type { GroupBy } from '../core';
import { AnalysisService } from './analysisService';
import { DecisionCodeActions, registerAnnotationCommands } from './annotationCommands';
import { AnnotationStore } from './annotationStore';
import { Decorations, registerLayerCommands } from './decorations';
import { ArticleDiagnostics } from './diagnostics';
import { QuoteHoverProvider } from './hover';
import { registerExportCommand } from './exportCommand';
import { registerImportCommand } from './importCommand';
import { registerSourceCheck, SourceVerdicts } from './sourceCheck';
import { registerHeaderDetection } from './languageDetection';
import { registerNavigation } from './navigation';
import { QuoteNavigator, type NavigatorNode } from './navigator';
import { settings } from './settings';
import { CountsStatusBar } from './statusBar';
import { CrossArticleIndex } from './crossArticleIndex';
import { SpeakersView } from './speakersView';
import { VariantDiagnostics } from './variantDiagnostics';
import type { WorkerTransport } from './worker/protocol';

/** What activate() returns: lets integration tests read what VS Code cannot report back. */
export interface ZitatlupeApi {
  service: AnalysisService;
  paintedRanges(uri: vscode.Uri): Record<string, vscode.Range[]> | undefined;
  navigatorGroups(): readonly NavigatorNode[];
  setGrouping(by: GroupBy): Promise<void>;
  statusText(): string;
  store: AnnotationStore;
  navigator: QuoteNavigator;
  /** The workspace's speaker index and its view (issue 20). */
  across: CrossArticleIndex;
  speakers: SpeakersView;
}

/** Activation with the host's way of starting the analysis worker (see extension.node.ts / .browser.ts). */
export function activateWith(context: vscode.ExtensionContext, worker?: () => Promise<WorkerTransport>): ZitatlupeApi {
  const service = new AnalysisService(worker);
  const store = new AnnotationStore(service);
  service.setDecisionSource((uri) => store.get(uri)?.data);
  const decorations = new Decorations(service);
  const verdicts = new SourceVerdicts();
  const navigator = new QuoteNavigator(service, context.workspaceState, verdicts);
  const status = new CountsStatusBar(service);
  const across = new CrossArticleIndex(store, context.storageUri, String(context.extension.packageJSON.version ?? ''));
  const speakers = new SpeakersView(across);
  context.subscriptions.push(
    across, speakers, new VariantDiagnostics(across),
    registerHeaderDetection(),
    service, store, decorations, navigator, status, new ArticleDiagnostics(service),
    store.onDidChange((state) => service.refresh(state.article)),
    registerForLanguages((selector) => vscode.languages.registerCodeActionsProvider(selector, new DecisionCodeActions(service), { providedCodeActionKinds: DecisionCodeActions.kinds })),
    ...registerAnnotationCommands(service, store),
    registerExportCommand(store),
    registerImportCommand(store),
    verdicts, ...registerSourceCheck(service, store, verdicts),
    registerForLanguages((selector) => vscode.languages.registerHoverProvider(selector, new QuoteHoverProvider(service, across))),
    ...registerLayerCommands(),
    ...registerNavigation(service),
    vscode.commands.registerCommand('zitatlupe.openSample', () => openSample(context)),
    // Keybindings and menu entries apply only in editors Zitatlupe analyses.
    vscode.window.onDidChangeActiveTextEditor((e) => setEditorContext(service, e)),
    vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('zitatlupe.languages')) setEditorContext(service, vscode.window.activeTextEditor); }),
    vscode.workspace.onDidOpenTextDocument(() => setEditorContext(service, vscode.window.activeTextEditor)),
  );
  setEditorContext(service, vscode.window.activeTextEditor);
  return {
    service,
    paintedRanges: (uri) => decorations.paintedFor(uri),
    navigatorGroups: () => navigator.groups,
    setGrouping: (by) => navigator.setGroupBy(by),
    statusText: () => status.text,
    store,
    navigator,
    across,
    speakers,
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}

/** Registers a provider for the languages in `zitatlupe.languages`, again whenever that changes. */
function registerForLanguages(register: (selector: vscode.DocumentSelector) => vscode.Disposable): vscode.Disposable {
  let current = register(settings().languages.map((language) => ({ language })));
  const listener = vscode.workspace.onDidChangeConfiguration((e) => {
    if (!e.affectsConfiguration('zitatlupe.languages')) return;
    current.dispose();
    current = register(settings().languages.map((language) => ({ language })));
  });
  return { dispose: () => { current.dispose(); listener.dispose(); } };
}

function setEditorContext(service: AnalysisService, editor: vscode.TextEditor | undefined): void {
  void vscode.commands.executeCommand('setContext', 'zitatlupe.enabledEditor', !!editor && service.isEnabledFor(editor.document));
}

/**
 * The walkthrough's sample as a real file in the extension's storage, so that decisions on it are
 * saved beside it like on any article. Copied once; later runs open the same file with its sidecar.
 */
async function openSample(context: vscode.ExtensionContext): Promise<void> {
  const target = vscode.Uri.joinPath(context.globalStorageUri, 'beispiel.news.txt');
  const exists = await vscode.workspace.fs.stat(target).then(() => true, () => false);
  if (!exists) {
    await vscode.workspace.fs.createDirectory(context.globalStorageUri);
    await vscode.workspace.fs.copy(vscode.Uri.joinPath(context.extensionUri, 'media', 'sample', 'beispiel.news.txt'), target);
  }
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(target));
}
