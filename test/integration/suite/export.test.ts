// The export command in a real VS Code, run with arguments (the pickers and dialogs are skipped):
// one article to CSV, the whole workspace to Markdown and brat files.
import * as vscode from 'vscode';
import type { ZitatlupeApi } from '../../../src/extension/activate';
import { equal, eventually, match, ok } from '../expect';

const folder = () => vscode.workspace.workspaceFolders![0].uri;
const read = async (uri: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));

describe('Zitatlupe export', function () {
  afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('exports the open article as CSV with its speakers', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder(), 'editor.news.txt')));
    const target = vscode.Uri.joinPath(folder(), 'export-editor.csv');
    const result = await vscode.commands.executeCommand<{ items: number; articles: number; skipped: string[] }>('zitatlupe.export', { format: 'csv', scope: 'article', include: 'suggestions', target: target.toString() });
    equal(result.articles, 1);
    const csv = await read(target);
    match(csv, /^file,id,kind,type,status,speaker_name,speaker_role,cue,text,start,end,hedge_kind,in_quote,note,medium\r\n/);
    match(csv, /editor\.news\.txt,q-[a-z0-9]+,quote,direct,suggested,Lena Brandt,Hafenmeisterin,sagte,„Die neue Fähre fährt ab Juli im Stundentakt“/);
  });

  it('exports the workspace as Markdown reports and brat files, reporting what it skipped', async () => {
    // An article whose sidecar is broken is skipped with the reason, not exported half-right.
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder(), 'header-only.txt.annotations.yaml'), new TextEncoder().encode('version: 1\ndocument: [kaputt\n'));
    const md = vscode.Uri.joinPath(folder(), 'export-md');
    await vscode.workspace.fs.createDirectory(md);
    const r = await vscode.commands.executeCommand<{ items: number; articles: number; skipped: string[] }>('zitatlupe.export', { format: 'md', scope: 'workspace', include: 'suggestions', target: md.toString() });
    ok(r.articles >= 5, `articles: ${r.articles}`);
    ok(r.skipped.some((x) => /header-only\.txt: its sidecar is invalid \(line \d+\)/.test(x)), r.skipped.join('; '));
    // Plain text without the date line is no article for the editor, so not for the export either.
    ok(r.skipped.some((x) => /plain\.txt: plain text without a „date YYYY-MM-DD“ first line/.test(x)), r.skipped.join('; '));
    // A sidecar with bytes that are no UTF-8 is reported with its line, never exported as if it held nothing.
    ok(r.skipped.some((x) => /bad-bytes\.news\.txt: its sidecar: invalid UTF-8 at line \d+/.test(x)), r.skipped.join('; '));
    ok(r.skipped.every((x) => /sidecar is invalid|plain text without|its sidecar: invalid UTF-8/.test(x)), r.skipped.join('; '));
    const names = (await vscode.workspace.fs.readDirectory(md)).map(([n]) => n);
    ok(names.includes('editor.news.md'), names.join(', '));
    match(await read(vscode.Uri.joinPath(md, 'editor.news.md')), /## Lena Brandt — Hafenmeisterin/);
    const brat = vscode.Uri.joinPath(folder(), 'export-brat');
    await vscode.workspace.fs.createDirectory(brat);
    await vscode.commands.executeCommand('zitatlupe.export', { format: 'brat', scope: 'workspace', include: 'suggestions', target: brat.toString() });
    const files = (await vscode.workspace.fs.readDirectory(brat)).map(([n]) => n);
    ok(files.includes('annotation.conf') && files.includes('editor.news.ann') && files.includes('editor.news.txt'), files.join(', '));
    // The brat folder holds copies of the articles; the next export leaves it out and says so.
    const again = await vscode.commands.executeCommand<{ items: number; articles: number; skipped: string[] }>('zitatlupe.export', { format: 'md', scope: 'workspace', include: 'suggestions', target: md.toString() });
    equal(again.articles, r.articles);
    ok(again.skipped.some((x) => /export-brat: export output \(holds annotation\.conf\)/.test(x)), again.skipped.join('; '));
  });

  it('exports decisions where their text is now after an outside edit, and leaves orphans out', async () => {
    const article = vscode.Uri.joinPath(folder(), 'reanchor.news.txt');
    const before = 'date 2026-03-01\n\nDie Kosten dürften steigen. Das ist noch offen.\n';
    const note = (id: string, words: string) => {
      const s = before.indexOf(words);
      return `  - id: ${id}\n    kind: note\n    status: accepted\n    target: { start: ${s}, end: ${s + words.length}, exact: ${JSON.stringify(words)}, prefix: "", suffix: "" }\n`;
    };
    const sidecar = `version: 1\ndocument:\n  file: reanchor.news.txt\nspeakers: []\nannotations:\n${note('r-1', 'dürften')}${note('r-2', 'Das ist noch offen.')}`;
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder(), 'reanchor.news.txt.annotations.yaml'), new TextEncoder().encode(sidecar));
    // Edited by someone else (git pull): a line above, the last sentence gone.
    const after = before.replace('Die Kosten', 'Neu: Die Kosten').replace(' Das ist noch offen.', '');
    await vscode.workspace.fs.writeFile(article, new TextEncoder().encode(after));
    const out = vscode.Uri.joinPath(folder(), 'export-json');
    await vscode.workspace.fs.createDirectory(out);
    const r = await vscode.commands.executeCommand<{ moved: number; orphans: number }>('zitatlupe.export', { format: 'json', scope: 'workspace', include: 'accepted', target: out.toString() });
    ok(r.moved >= 1 && r.orphans >= 1, `moved ${r.moved}, orphans ${r.orphans}`);
    const json = JSON.parse(await read(vscode.Uri.joinPath(out, 'reanchor.news.json')));
    equal(json.items.map((i: { id: string }) => i.id).join(), 'r-1', 'the orphan is no live item');
    equal(after.slice(json.items[0].start, json.items[0].end), 'dürften');
  });

  it('imports a brat file into the open article\'s sidecar and reports what it left out', async () => {
    const article = vscode.Uri.joinPath(folder(), 'import.news.txt');
    const text = 'date 2026-03-02\n\nDie Kosten dürften steigen.\n';
    await vscode.workspace.fs.writeFile(article, new TextEncoder().encode(text));
    const ann = vscode.Uri.joinPath(folder(), 'import-hand.ann');
    const s = [...text.slice(0, text.indexOf('Kosten'))].length;
    await vscode.workspace.fs.writeFile(ann, new TextEncoder().encode(`T1\tNote ${s} ${s + 6}\tKosten\n#1\tAnnotatorNotes T1\t[n-imp] Zahl prüfen\nR1\tSaid Arg1:T1 Arg2:T1\n`));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(article));
    const r = await vscode.commands.executeCommand<{ added: number; problems: string[] }>('zitatlupe.importAnnotations', { file: ann.toString(), article: article.toString(), mode: 'merge' });
    equal(r.added, 1);
    ok(r.problems.length === 1 && /line 3: relation Said, not imported/.test(r.problems[0]), r.problems.join('; '));
    const sidecar = await read(vscode.Uri.joinPath(folder(), 'import.news.txt.annotations.yaml'));
    match(sidecar, /id: n-imp\n    kind: note\n    status: accepted\n    note: Zahl prüfen/);
  });

  it('checks the quotes against a transcript: verdicts as diagnostics with a link to the passage', async () => {
    const article = vscode.Uri.joinPath(folder(), 'quelle.news.txt');
    await vscode.workspace.fs.writeFile(article, new TextEncoder().encode('date 2026-07-03\n\n„Wir öffnen den neuen Kai am Montag“, sagte die Hafenmeisterin Lena Brandt. „Wir rechnen mit vielen Touristen“, sagte der Planer Ole Sander. „Das Feuerwerk fällt aus“, sagte Brandt.\n'));
    const transcript = vscode.Uri.joinPath(folder(), 'pk-transkript.md');
    await vscode.workspace.fs.writeFile(transcript, new TextEncoder().encode('# Pressekonferenz\n\nLena Brandt: Wir öffnen den neuen Kai am Montag.\nOle Sander: Wir rechnen mit vielen Gästen.\n'));
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(article));
    const results = await vscode.commands.executeCommand<{ text: string; verdict: string }[]>('zitatlupe.checkAgainstSource', { source: transcript.toString(), article: article.toString() });
    equal(results.map((r) => r.verdict).join(), 'exact,words-changed,not-found');
    const diags = vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === 'Zitatlupe' && typeof d.code === 'string' && ['exact', 'words-changed', 'not-found'].includes(d.code));
    equal(diags.length, 3);
    const changed = diags.find((d) => d.code === 'words-changed')!;
    match(changed.message, /words changed — .*\[gästen → touristen\]/);
    equal(changed.severity, vscode.DiagnosticSeverity.Warning);
    equal(changed.relatedInformation?.[0].location.uri.toString(), transcript.toString());
    equal(changed.relatedInformation?.[0].location.range.start.line, 3, 'the passage is on line 4 of the transcript');
    // The verdicts show on the navigator's rows too.
    const z = vscode.extensions.getExtension<ZitatlupeApi>('zitatlupe.zitatlupe')!.exports;
    await eventually(() => z.navigatorGroups().flatMap((g) => (g.kind === 'group' ? g.items : [])).some((n) => n.kind === 'quote' && /Ole Sander|Sander/.test(n.quote.speaker?.name ?? '')
      && /(source|Quelle): (words changed|Wörter geändert)/.test(String(z.navigator.getTreeItem(n).description))), 'the verdict on the navigator row');
    // The source is recorded in the sidecar, so the check reruns and a reviewer sees it.
    await eventually(async () => /sources:\n {2}- path: pk-transkript\.md\n {4}sha256: [0-9a-f]{64}/.test(await read(vscode.Uri.joinPath(folder(), 'quelle.news.txt.annotations.yaml'))), 'the source in the sidecar');
    const report = await vscode.commands.executeCommand<string>('zitatlupe.saveSourceReport', article.toString(), vscode.Uri.joinPath(folder(), 'quelle-bericht.md').toString());
    match(await read(vscode.Uri.parse(report)), /^## Wörter geändert \(1\)\n\n- „Wir rechnen mit vielen Touristen“ — Ole Sander, Zeile 4\n {2}- Abweichung: wir rechnen mit vielen ~~gästen~~ \*\*touristen\*\*/m);
    // A verdict is about the text it was made on: after an edit the check reruns on the recorded source.
    const at = editor.document.getText().indexOf('Touristen');
    await editor.edit((e) => e.replace(new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + 'Touristen'.length)), 'Gästen'));
    await eventually(() => {
      const now = vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === 'Zitatlupe' && typeof d.code === 'string' && ['exact', 'exact-except-punctuation', 'words-changed', 'not-found'].includes(d.code));
      return now.length === 3 && !now.some((d) => d.code === 'words-changed');
    }, 'fresh verdicts on the edited text');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
