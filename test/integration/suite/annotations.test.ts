// Decisions in a real VS Code: accepting writes the sidecar, typing moves targets, an outside edit
// of the sidecar reloads, a broken sidecar is shown and never overwritten. In the web route the
// mounted folder is read-only; there the extension must say so and write nothing.
import * as vscode from 'vscode';
import type { ZitatlupeApi } from '../../../src/extension/activate';
import { equal, eventually, match, ok } from '../expect';

async function api(): Promise<ZitatlupeApi> {
  const ext = vscode.extensions.getExtension<ZitatlupeApi>('zitatlupe.zitatlupe');
  ok(ext, 'the extension is installed');
  return ext.isActive ? ext.exports : ext.activate();
}

const folder = () => vscode.workspace.workspaceFolders![0].uri;
const uriOf = (name: string) => vscode.Uri.joinPath(folder(), name);
const writable = () => vscode.workspace.fs.isWritableFileSystem(folder().scheme) !== false;
const read = async (uri: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
const exists = (uri: vscode.Uri) => vscode.workspace.fs.stat(uri).then(() => true, () => false);

async function openArticle(z: ZitatlupeApi, name: string) {
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uriOf(name)));
  await z.store.ensure(editor.document);
  const r = await z.service.whenAnalysed(editor.document);
  ok(r?.analysis, 'analysed');
  return { editor, analysis: r.analysis };
}

describe('Zitatlupe decisions and the sidecar', function () {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('shows hostile names, roles and notes from a sidecar as text, with only its own command links', async () => {
    const z = await api();
    const { editor, analysis } = await openArticle(z, 'hostile-sidecar.news.txt');
    const uri = editor.document.uri;
    await eventually(() => (z.service.get(uri)?.review?.status.size ?? 0) > 0, 'the sidecar\'s decision to apply');
    const quote = analysis.quotes[0];
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, editor.document.positionAt(quote.start + 2));
    const md = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    match(md, /Jana Ott X/);
    // Every link is one of Zitatlupe's own commands, about this article; the sidecar's text adds none.
    const links = [...md.matchAll(/\]\((command:[^?)]+)\?([^)]*)\)/g)];
    ok(links.length >= 3, md);
    for (const [, command, args] of links) {
      ok(['command:zitatlupe.reject', 'command:zitatlupe.accept', 'command:zitatlupe.goToFirstMention', 'command:zitatlupe.showQuotesBySpeaker'].includes(command), command);
      equal(JSON.parse(decodeURIComponent(args))[0], uri.toString());
    }
    ok(!/(^|\n)\s*#|(?<!\\)<img/.test(md), 'no heading or tag from the note or the role');
    // A link made elsewhere that names a file outside the workspace is refused, and nothing is opened.
    const foreign = vscode.Uri.parse('file:///etc/zitatlupe-not-an-article.news.txt');
    await vscode.commands.executeCommand('zitatlupe.reject', foreign.toString(), quote.id);
    ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === foreign.toString()), 'the foreign file was not opened');
  });

  it('shows a sidecar that is not UTF-8 in Problems, with its line, and never rewrites its bytes', async () => {
    const z = await api();
    const { editor, analysis } = await openArticle(z, 'bad-bytes.news.txt');
    const sidecar = z.store.sidecarUri(editor.document.uri);
    const before = await vscode.workspace.fs.readFile(sidecar);
    await eventually(() => vscode.languages.getDiagnostics(sidecar).some((d) => /invalid UTF-8 at line 10, byte offset \d+/.test(d.message) && d.range.start.line === 9), 'the encoding error in Problems');
    match(z.store.get(editor.document.uri)?.blocked ?? '', /has errors/);
    await vscode.commands.executeCommand('zitatlupe.accept', editor.document.uri.toString(), analysis.quotes[0].id);
    await z.store.flush(editor.document.uri);
    const after = await vscode.workspace.fs.readFile(sidecar);
    equal(after.length === before.length && after.every((b, i) => b === before[i]), true, 'the bytes stay as they were');
  });

  it('refuses a sidecar folder outside the workspace: nothing read or written there', async () => {
    const z = await api();
    await vscode.workspace.getConfiguration('zitatlupe').update('sidecarFolder', '../../außerhalb', vscode.ConfigurationTarget.Global);
    try {
      const { editor, analysis } = await openArticle(z, 'decisions-c.news.txt');
      const sidecar = z.store.sidecarUri(editor.document.uri);
      // (A workspace mounted at the root, as in the web route, cannot be left: „..“ stops there.)
      const outside = !sidecar.path.startsWith(folder().path.replace(/\/?$/, '/'));
      if (outside) await eventually(() => /leads outside the workspace/.test(z.store.get(editor.document.uri)?.blocked ?? ''), 'the refusal');
      await vscode.commands.executeCommand('zitatlupe.accept', editor.document.uri.toString(), analysis.quotes[0].id);
      await z.store.flush(editor.document.uri);
      if (outside) equal(await exists(sidecar), false, 'nothing written outside the workspace');
      else ok(sidecar.path.startsWith(folder().path), 'the path stays inside the workspace');
    } finally {
      await vscode.workspace.getConfiguration('zitatlupe').update('sidecarFolder', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('accepting a suggestion writes the sidecar (or, in a read-only folder, says why not)', async () => {
    const z = await api();
    const { editor, analysis } = await openArticle(z, 'decisions-a.news.txt');
    const quote = analysis.quotes.find((q) => q.text.startsWith('„Die Fähre'));
    ok(quote, 'the quote is suggested');
    const sidecar = z.store.sidecarUri(editor.document.uri);
    if (!writable()) {
      match(z.store.get(editor.document.uri)?.blocked ?? '', /read-only/);
      await vscode.commands.executeCommand('zitatlupe.accept', editor.document.uri.toString(), quote.id);
      equal(await exists(sidecar), false, 'nothing written');
      return;
    }
    await vscode.commands.executeCommand('zitatlupe.accept', editor.document.uri.toString(), quote.id);
    await z.store.flush(editor.document.uri);
    const yaml = await read(sidecar);
    match(yaml, new RegExp(`id: ${quote.id}\\n    kind: quote\\n    status: accepted`));
    match(yaml, /exact: „Die Fähre fährt ab Juli“/);
    await eventually(() => (z.service.get(editor.document.uri)?.review?.status.get(quote.id)) === 'accepted', 'the decision to show');
    await eventually(() => (z.paintedRanges(editor.document.uri)?.accepted.length ?? 0) === 1, 'the accepted mark to be painted');
  });

  it('typing above an annotation moves its target, live and on disk', async function () {
    if (!writable()) return this.skip();
    const z = await api();
    const { editor, analysis } = await openArticle(z, 'decisions-b.news.txt');
    const quote = analysis.quotes[0];
    await vscode.commands.executeCommand('zitatlupe.reject', editor.document.uri.toString(), quote.id);
    await z.store.flush(editor.document.uri);
    const before = z.store.get(editor.document.uri)!.data.annotations.find((a) => a.id === quote.id)!;
    ok(await editor.edit((e) => e.insert(new vscode.Position(2, 0), 'Ein neuer erster Satz. ')), 'typed');
    const after = z.store.get(editor.document.uri)!.data.annotations.find((a) => a.id === quote.id)!;
    equal(after.target.start, before.target.start + 'Ein neuer erster Satz. '.length, 'shifted live');
    equal(editor.document.getText().slice(after.target.start, after.target.end), before.target.exact);
    await z.store.flush(editor.document.uri);
    match(await read(z.store.sidecarUri(editor.document.uri)), new RegExp(`start: ${after.target.start}, end: ${after.target.end}`));
    // The rejected suggestion stays rejected: it does not come back after re-analysis.
    const r = await z.service.whenAnalysed(editor.document);
    ok(!r?.analysis?.quotes.some((q) => q.text === quote.text), 'rejected quote stays out');
    // Its hover says so and offers the way back.
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(after.target.start + 2));
    match(hovers.map((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)).join('')).join('\n'), /rejected.*command:zitatlupe\.accept/);
    // Undo takes the decision back (from the sidecar's own history), keeping nothing stale.
    await vscode.commands.executeCommand('zitatlupe.undoDecision');
    await z.store.flush(editor.document.uri);
    equal(z.store.get(editor.document.uri)!.data.annotations.some((a) => a.id === quote.id), false, 'the decision is gone');
    const back = await z.service.whenAnalysed(editor.document);
    ok(back?.analysis?.quotes.some((q) => q.text === quote.text), 'the suggestion is back');
  });

  it('reloads when the sidecar changes on disk', async function () {
    if (!writable()) return this.skip();
    const z = await api();
    const { editor, analysis } = await openArticle(z, 'decisions-c.news.txt');
    const quote = analysis.quotes[0];
    await vscode.commands.executeCommand('zitatlupe.accept', editor.document.uri.toString(), quote.id);
    await z.store.flush(editor.document.uri);
    const sidecar = z.store.sidecarUri(editor.document.uri);
    const edited = (await read(sidecar)).replace('status: accepted', 'status: rejected # von Hand');
    await vscode.workspace.fs.writeFile(sidecar, new TextEncoder().encode(edited));
    await eventually(() => z.service.get(editor.document.uri)?.review?.status.get(quote.id) === 'rejected', 'the outside change to load', 15000);
    await eventually(() => !(z.paintedRanges(editor.document.uri)?.directQuotes ?? []).some((r) => editor.document.getText(r) === quote.text), 'the rejected quote to disappear');
    // Deleting the sidecar (git checkout of an older state) leaves the article without decisions.
    await vscode.workspace.fs.delete(sidecar);
    await eventually(() => z.service.get(editor.document.uri)?.review?.status.get(quote.id) === undefined, 'the deletion to load', 15000);
    equal(z.store.get(editor.document.uri)?.blocked, undefined, 'not blocked');
  });

  it('never leaves the article without its sidecar while rewriting it', async function () {
    if (!writable()) return this.skip();
    const z = await api();
    const { editor, analysis } = await openArticle(z, 'decisions-a.news.txt');
    const uri = editor.document.uri;
    const quote = analysis.quotes[0];
    await vscode.commands.executeCommand('zitatlupe.accept', uri.toString(), quote.id);
    await z.store.flush(uri);
    const sidecar = z.store.sidecarUri(uri);
    // A reader (git, a second window) looks at the file all the while the decision flips.
    let looks = 0;
    let missing = 0;
    let writing = true;
    const reader = (async () => {
      while (writing) {
        looks++;
        if (!(await exists(sidecar))) missing++;
      }
    })();
    for (let i = 0; i < 12; i++) {
      await vscode.commands.executeCommand(i % 2 ? 'zitatlupe.accept' : 'zitatlupe.reject', uri.toString(), quote.id);
      await z.store.flush(uri);
    }
    writing = false;
    await reader;
    ok(looks > 12, `the reader looked ${looks} times`);
    equal(missing, 0, `the sidecar was missing ${missing} of ${looks} times`);
    match(await read(sidecar), /status: accepted/);
  });

  it('shows a broken sidecar at its line and never overwrites it', async function () {
    if (!writable()) return this.skip();
    const z = await api();
    const broken = 'version: 1\ndocument: {file: decisions-d.news.txt}\nannotations:\n  - id: x\n    kind: quote\n    status: vielleicht\n    target: {start: 0, end: 4, exact: date}\n';
    const article = uriOf('decisions-d.news.txt');
    const sidecar = vscode.Uri.joinPath(folder(), 'decisions-d.news.txt.annotations.yaml');
    await vscode.workspace.fs.writeFile(sidecar, new TextEncoder().encode(broken));
    const { editor, analysis } = await openArticle(z, 'decisions-d.news.txt');
    equal(editor.document.uri.toString(), article.toString());
    await eventually(() => vscode.languages.getDiagnostics(sidecar).some((d) => d.range.start.line === 5 && /status/.test(d.message)), 'the sidecar diagnostic at line 6');
    ok(analysis.quotes.length > 0, 'suggestions still shown');
    match(z.store.get(article)?.blocked ?? '', /errors/);
    await vscode.commands.executeCommand('zitatlupe.accept', article.toString(), analysis.quotes[0].id);
    await z.store.flush(article);
    equal(await read(sidecar), broken, 'the file is untouched');
  });
});
