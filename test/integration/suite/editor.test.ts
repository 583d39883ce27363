// Runs inside a real VS Code (web worker or Node extension host) against real files of the
// workspace: what users see in the editor — language, highlights, hovers, navigator, commands,
// status bar and problems.
import * as vscode from 'vscode';
import type { ZitatlupeApi } from '../../../src/extension/activate';
import { deepEqual, equal, eventually, match, ok } from '../expect';

const EXTENSION_ID = 'zitatlupe.zitatlupe';

async function api(): Promise<ZitatlupeApi> {
  const ext = vscode.extensions.getExtension<ZitatlupeApi>(EXTENSION_ID);
  ok(ext, 'the extension is installed');
  return ext.isActive ? ext.exports : ext.activate();
}

function fixtureUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  ok(folder, 'the test workspace is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

async function open(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(name));
  return vscode.window.showTextDocument(doc);
}

/** Runs the walkthrough's command and returns the editor showing the sample article. */
async function openSample(): Promise<vscode.TextEditor> {
  await vscode.commands.executeCommand('zitatlupe.openSample');
  // A just-discarded untitled document may still flash up as the active editor; wait for the sample.
  await eventually(() => vscode.window.activeTextEditor?.document.getText().includes('Straßenbahnlinie'), 'the sample article to be active');
  return vscode.window.activeTextEditor!;
}

/**
 * Closes a test document without a save prompt (a dialog would stall the next tests). An untitled
 * one is gone at once: wait until the extension host knows, for until then a new untitled document
 * that reuses the freed name is this closed one (seen on the server route). (VS Code keeps other
 * documents a while after their editor closes.)
 */
async function discard(doc: vscode.TextDocument): Promise<void> {
  await vscode.window.showTextDocument(doc);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  if (doc.uri.scheme === 'untitled') await eventually(() => doc.isClosed, 'the discarded untitled document to be closed');
}

const texts = (editor: vscode.TextEditor, ranges: readonly vscode.Range[] | undefined) => (ranges ?? []).map((r) => editor.document.getText(r));

async function painted(z: ZitatlupeApi, editor: vscode.TextEditor) {
  await z.service.whenAnalysed(editor.document);
  let ranges: Record<string, vscode.Range[]> | undefined;
  await eventually(() => (ranges = z.paintedRanges(editor.document.uri)), 'decorations to be painted');
  return ranges!;
}

async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('zitatlupe').update(key, value, vscode.ConfigurationTarget.Global);
}

/** Adds a paragraph at the end of the article, as a user typing it would (undo takes it back). */
async function appendParagraph(editor: vscode.TextEditor, paragraph: string): Promise<void> {
  const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
  ok(await editor.edit((e) => e.insert(end, `\n\n${paragraph}`)), 'edit applied');
}

async function hoverText(editor: vscode.TextEditor, needle: string): Promise<string> {
  const offset = editor.document.getText().indexOf(needle);
  ok(offset >= 0, `${needle} is in the article`);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(offset + 1));
  return hovers.map((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n')).join('\n---\n');
}

describe('Zitatlupe in VS Code', function () {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('gives *.news.txt and files starting with a date header the german-news language', async () => {
    const news = await open('editor.news.txt');
    equal(news.document.languageId, 'german-news');
    const headed = await open('header-only.txt');
    await eventually(() => headed.document.languageId === 'german-news' || vscode.window.activeTextEditor?.document.languageId === 'german-news', 'a .txt file with a date header to become german-news');
    const plain = await open('plain.txt');
    equal(plain.document.languageId, 'plaintext');
  });

  it('paints quotes, speakers and cues at the right places', async () => {
    const z = await api();
    const editor = await open('editor.news.txt');
    const r = await painted(z, editor);
    deepEqual(texts(editor, r.directQuotes), [
      '„Die neue Fähre fährt ab Juli im Stundentakt“', '„Wir haben lange darauf gewartet“', '„Die Tickets werden nicht teurer.“',
    ]);
    deepEqual(texts(editor, r.speakers), ['die Hafenmeisterin Lena Brandt', 'Haas', 'Brandt']);
    deepEqual(texts(editor, r.cues), ['sagte', 'sagte', 'ergänzte']);
    deepEqual(texts(editor, r.hedgesAuthor), []);
  });

  it('re-analyses only the edited paragraph and never paints a stale version', async () => {
    const z = await api();
    const editor = await open('editor.news.txt');
    await painted(z, editor);
    const doc = editor.document;
    await appendParagraph(editor, '„Wir sind bereit“, sagte Haas.');
    const result = await z.service.whenAnalysed(doc);
    equal(result?.version, doc.version, 'analysis is for the edited version');
    equal(z.service.lastComputed(doc.uri), 1, 'paragraphs recomputed after one edit');
    await eventually(() => texts(editor, z.paintedRanges(doc.uri)?.directQuotes).includes('„Wir sind bereit“'), 'the new quote to be painted');
    // Each painted range lies on the current text: the quote range still covers a quote.
    for (const text of texts(editor, z.paintedRanges(doc.uri)?.directQuotes)) match(text, /^„[^„]*“$/);
    await vscode.commands.executeCommand('undo');
  });

  it('shows a hover card with speaker, role, counts, cue and trusted links', async () => {
    await api();
    const editor = await open('editor.news.txt');
    const text = await hoverText(editor, 'Die neue Fähre');
    match(text, /Lena Brandt/);
    match(text, /Hafenmeisterin/);
    match(text, /Quoted 2 times/);
    match(text, /direct quote/);
    match(text, /cue „sagte“/);
    match(text, /command:zitatlupe\.goToFirstMention/);
    match(text, /command:zitatlupe\.showQuotesBySpeaker/);
    // Why: the rule behind the quote and behind its speaker, described in the UI language.
    match(text, /Why:.*A frame right after the quote/);
    match(text, /Speaker:.*a verb of saying right after the quote/);
    const onSpeaker = await hoverText(editor, 'sagte Haas');
    match(onSpeaker, /Tom Haas/);
  });

  it('names who passed a quote on apart from its speaker („erklärte laut dem Sender …“)', async () => {
    const z = await api();
    const editor = await open('editor.news.txt');
    await painted(z, editor);
    await appendParagraph(editor, 'Der Hafenmeister Jan Ohm erklärte laut dem Sender Radio Nordwelle, der Kai sei zu kurz.');
    await z.service.whenAnalysed(editor.document);
    const text = await hoverText(editor, 'der Kai sei zu kurz');
    match(text, /Jan Ohm/);
    match(text, /via Radio Nordwelle/);
    await vscode.commands.executeCommand('undo');
  });

  it('groups the navigator by speaker and by type, with counts', async () => {
    const z = await api();
    const editor = await open('editor.news.txt');
    await painted(z, editor);
    await z.setGrouping('speaker');
    await eventually(() => z.navigatorGroups().length === 2, 'speaker groups');
    const labels = z.navigatorGroups().map((g) => (g.kind === 'group' ? `${g.label}:${g.items.length}` : ''));
    deepEqual(labels, ['Lena Brandt (Hafenmeisterin):2', 'Tom Haas (Reeder):1']);
    await z.setGrouping('type');
    deepEqual(z.navigatorGroups().map((g) => (g.kind === 'group' ? `${g.label}:${g.items.length}` : '')), ['Direct:3']);
    await z.setGrouping('speaker');
  });

  it('jumps to the next and previous quote and to a first mention', async () => {
    const z = await api();
    const editor = await open('editor.news.txt');
    await painted(z, editor);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('zitatlupe.nextQuote');
    equal(editor.document.getText(editor.selection), '„Die neue Fähre fährt ab Juli im Stundentakt“');
    await vscode.commands.executeCommand('zitatlupe.nextQuote');
    equal(editor.document.getText(editor.selection), '„Wir haben lange darauf gewartet“');
    await vscode.commands.executeCommand('zitatlupe.previousQuote');
    equal(editor.document.getText(editor.selection), '„Die neue Fähre fährt ab Juli im Stundentakt“');
    await vscode.commands.executeCommand('zitatlupe.goToFirstMention', editor.document.uri.toString(), 'tom-haas');
    equal(vscode.window.activeTextEditor?.document.getText(vscode.window.activeTextEditor.selection), 'Reeder Tom Haas');
  });

  it('switches a highlight layer off and on through its command', async () => {
    const z = await api();
    const editor = await open('editor.news.txt');
    await painted(z, editor);
    await vscode.commands.executeCommand('zitatlupe.toggle.speakers');
    try {
      await eventually(() => z.paintedRanges(editor.document.uri)?.speakers.length === 0, 'speakers layer off');
      equal(z.paintedRanges(editor.document.uri)?.directQuotes.length, 3, 'other layers stay');
    } finally {
      await vscode.commands.executeCommand('zitatlupe.toggle.speakers');
    }
    await eventually(() => z.paintedRanges(editor.document.uri)?.speakers.length === 3, 'speakers layer back on');
  });

  it('reports unclosed quotation marks in the Problems panel, with a severity setting', async () => {
    const z = await api();
    const editor = await open('unclosed-editor.news.txt');
    await z.service.whenAnalysed(editor.document);
    const ours = () => vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === 'Zitatlupe' && d.code === 'unclosed-quote');
    await eventually(() => ours().length === 1, 'an unclosed-quote diagnostic');
    const d = ours()[0];
    equal(d.severity, vscode.DiagnosticSeverity.Warning);
    equal(editor.document.getText(d.range), '„');
    equal(d.range.start.line, 2);
    await setSetting('diagnostics.unbalancedQuote', 'off');
    try {
      await eventually(() => ours().length === 0, 'the diagnostic to disappear');
    } finally {
      await setSetting('diagnostics.unbalancedQuote', undefined);
    }
    await eventually(() => ours().length === 1, 'the diagnostic to return');
  });

  it('analyses plain text only when the languages setting includes it', async () => {
    const z = await api();
    const editor = await open('plain.txt');
    equal(await z.service.whenAnalysed(editor.document), undefined, 'plain text is left alone by default');
    await setSetting('languages', ['german-news', 'plaintext']);
    try {
      await eventually(async () => (await z.service.whenAnalysed(editor.document))?.analysis?.quotes.filter((q) => q.type === 'direct').length === 1, 'plain text analysed');
      await eventually(() => texts(editor, z.paintedRanges(editor.document.uri)?.speakers).join() === 'die Ministerin Eva Roth', 'speaker painted');
    } finally {
      await setSetting('languages', undefined);
    }
    await eventually(() => !z.paintedRanges(editor.document.uri), 'highlights removed again');
  });

  it('marks the turns of an interview as quotes of their speakers when the setting asks for it', async () => {
    const z = await api();
    const doc = await vscode.workspace.openTextDocument({ language: 'german-news', content: 'date 2026-01-01\n\nSTANDARD: Wie geht es der Reederei?\n\nRoth: Die Lage ist ernst.\n\nSTANDARD: Und der Kai?\n\nRoth: Der ist zu kurz.\n' });
    const editor = await vscode.window.showTextDocument(doc);
    try {
      deepEqual(texts(editor, (await painted(z, editor)).directQuotes), [], 'turns are no quotes by default');
      await setSetting('interviewTurns', true);
      await eventually(() => texts(editor, z.paintedRanges(doc.uri)?.directQuotes).length === 4, 'the four turns to be painted');
      deepEqual(texts(editor, z.paintedRanges(doc.uri)?.directQuotes), ['Wie geht es der Reederei?', 'Die Lage ist ernst.', 'Und der Kai?', 'Der ist zu kurz.']);
      deepEqual(texts(editor, z.paintedRanges(doc.uri)?.speakers), ['STANDARD', 'Roth', 'STANDARD', 'Roth']);
    } finally {
      await setSetting('interviewTurns', undefined);
      await discard(doc);
    }
  });

  it('turns binary content into one clear error instead of garbage', async () => {
    const z = await api();
    const doc = await vscode.workspace.openTextDocument({ language: 'german-news', content: 'date 2026-01-01\n\nAb\u0000cd' });
    await vscode.window.showTextDocument(doc);
    const r = await z.service.whenAnalysed(doc);
    ok(r?.error, 'an error result');
    match(r.error.message, /NUL byte at offset 19/);
    await eventually(() => vscode.languages.getDiagnostics(doc.uri).some((d) => d.severity === vscode.DiagnosticSeverity.Error && /NUL byte/.test(d.message)), 'an error diagnostic');
    await eventually(() => /not analysed/.test(z.statusText()), 'the status bar to say so');
    await discard(doc);
  });

  it('keeps a closed untitled document from standing in for the one reusing its name', async () => {
    const z = await api();
    const first = await vscode.workspace.openTextDocument({ language: 'german-news', content: '„Der Kai hält“, sagte die Lotsin.' });
    await z.service.whenAnalysed(first);
    await discard(first);
    const second = await vscode.workspace.openTextDocument({ language: 'german-news', content: '„Die Fähre wartet“, sagte der Kapitän.' });
    try {
      equal(second.uri.toString(), first.uri.toString(), 'VS Code reuses the freed untitled name');
      equal((await z.service.whenAnalysed(second))?.document, second, 'the result of the open document');
      // Asked for the closed one (as a late hover or timer might): the answer is not stored over it.
      z.service.current(first);
      equal(z.service.get(second.uri)?.document, second, 'the stored result is still the open document\'s');
    } finally {
      await discard(second);
    }
  });

  it('lists the sample article in the navigator, grouped by speaker', async () => {
    const z = await api();
    const sample = await openSample();
    await z.service.whenAnalysed(sample.document);
    await z.setGrouping('speaker');
    const shown = () => z.navigatorGroups().map((g) => (g.kind === 'group' ? `${g.label}:${g.items.length}` : '')).join(' | ');
    await eventually(() => z.navigatorGroups().length >= 3, 'speaker groups for the sample').catch((e) => {
      const r = z.service.get(sample.document.uri);
      throw new Error(`${e.message}; shown: ${shown()}; active: ${vscode.window.activeTextEditor?.document.uri.toString()} ${vscode.window.activeTextEditor?.document.languageId}; sample v${sample.document.version} len ${sample.document.getText().length} closed ${sample.document.isClosed}; stored v${r?.version} same doc ${r?.document === sample.document} speakers ${r?.analysis?.speakers.map((x) => x.name).join(',')}; active is sample ${vscode.window.activeTextEditor?.document === sample.document}`);
    });
    const labels = z.navigatorGroups().map((g) => (g.kind === 'group' ? `${g.label}:${g.items.length}` : ''));
    // Direct, indirect and reported speech together: Weber's opinion „hält das Projekt für überhastet“,
    // his „Er sagte, die Stadt habe …“ and his quote; Holm's „Sie gehe davon aus, dass …“.
    ok(labels.includes('Katrin Albers (Oberbürgermeisterin):2'), labels.join(' | '));
    ok(labels.includes('Jonas Weber (Fraktionschef):3'), labels.join(' | '));
    ok(labels.includes('Mira Holm (Sprecherin):2'), labels.join(' | '));
    ok(labels.some((l) => l.startsWith('Paul Lindner (Verkehrsdezernent)')), labels.join(' | '));
    await discard(sample.document);
  });

  it('shows the article counts in the status bar and opens the sample article', async () => {
    const z = await api();
    const editor = await open('editor.news.txt');
    await painted(z, editor);
    await eventually(() => z.statusText().includes('$(quote) 3'), 'quote count in the status bar');
    match(z.statusText(), /\$\(person\) 2/);
    const sample = await openSample();
    equal(sample.document.languageId, 'german-news', 'sample opened as german-news');
    const r = await z.service.whenAnalysed(sample.document);
    ok((r?.analysis?.quotes.length ?? 0) >= 3, 'the sample has quotes');
    await discard(sample.document);
  });
  // Last: a discarded untitled document can linger in the workbench and be handed out again.
  it('still responds after a 1 MB article is opened', async () => {
    const z = await api();
    const paragraph = '„Wir bauen weiter“, sagte die Ministerin Eva Roth am Montag. Der Sprecher erklärte, man prüfe alles.\n\n';
    const big = await vscode.workspace.openTextDocument({ language: 'german-news', content: 'date 2026-01-01\n\n' + paragraph.repeat(Math.ceil(1_000_000 / paragraph.length)) });
    ok(big.getText().length >= 1_000_000, 'the article has 1 MB');
    const editor = await vscode.window.showTextDocument(big);
    const r = await z.service.whenAnalysed(big);
    ok((r?.analysis?.quotes.length ?? 0) > 9000, 'every quote found');
    ok(z.service.analysedInWorker(big.uri), 'analysed in the worker, off the extension host\'s thread');
    // Typing still gets a fresh analysis, and hovers and commands still answer.
    ok(await editor.edit((e) => e.insert(new vscode.Position(2, 1), 'Ja, ')), 'edit applied');
    const after = await z.service.whenAnalysed(big);
    equal(after?.version, big.version);
    equal(z.service.lastComputed(big.uri), 1, `one paragraph recomputed (${big.uri.toString()} v${big.version}, result v${after?.version})`);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('zitatlupe.nextQuote');
    match(big.getText(editor.selection), /^„Ja, Wir bauen weiter“$/);
    const small = await open('editor.news.txt');
    match(await hoverText(small, 'Die neue Fähre'), /Lena Brandt/);
    await discard(big);
  });

  it('keeps answering while a pasted 1 MB hostile article is analysed in its worker', async function () {
    // (The browser's worker shares two cores with the workbench and the test server: generous.)
    this.timeout(120_000);
    const z = await api();
    const small = await open('editor.news.txt');
    await painted(z, small);
    const commandTime = async () => { const t = performance.now(); await vscode.commands.executeCommand('zitatlupe.nextQuote'); return performance.now() - t; };
    const idle = await commandTime();
    // A sentence of 400,000 ASCII quotation marks in 1 MB: the slowest shape there is for the
    // analysis (seconds of linear work, the paragraph's work budget included; bench/hostile.bench.mjs).
    const hostile = await vscode.workspace.openTextDocument({ language: 'german-news', content: 'Er sagte ' + '"'.repeat(400_000) + '.\n\n' + 'Der Rat tagt. '.repeat(43_000) });
    await vscode.window.showTextDocument(hostile, { preview: false });
    let analysedAt = 0;
    const analysed = z.service.whenAnalysed(hostile).then((r) => { analysedAt = performance.now(); return r; });
    // Meanwhile other work runs at once: a hover and a command on the small article.
    await vscode.window.showTextDocument(small.document);
    const asked = performance.now();
    const busy = await commandTime();
    match(await hoverText(small, 'Die neue Fähre'), /Lena Brandt/);
    const answered = performance.now();
    const r = await analysed;
    ok(z.service.analysedInWorker(hostile.uri), 'the long article went to the worker');
    ok(r?.analysis, 'the hostile article was analysed');
    ok(answered < analysedAt, `the hover and the command answered (after ${(answered - asked).toFixed(0)} ms) before the analysis ended (after ${(analysedAt - asked).toFixed(0)} ms)`);
    console.log(`      (a command took ${idle.toFixed(0)} ms idle and ${busy.toFixed(0)} ms during the hostile analysis; command and hover answered after ${(answered - asked).toFixed(0)} ms; the analysis took ${(analysedAt - asked).toFixed(0)} ms)`);
    await discard(hostile);
  });

});
