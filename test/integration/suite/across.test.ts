// Across articles, in a real VS Code: the speaker index over the workspace's files, the Speakers
// view, the hover's „also quoted in other articles“ and other wordings, variant diagnostics, and
// the persons file.
import * as vscode from 'vscode';
import type { ZitatlupeApi } from '../../../src/extension/activate';
import type { SpeakerNode } from '../../../src/extension/speakersView';
import { deepEqual, equal, eventually, match, ok } from '../expect';

const FIRST = 'date 2025-03-01\n\nStreit um die Seilbahn\n\n„Wir werden die Seilbahn bis zum Sommer wieder in Betrieb nehmen und keine Kosten scheuen“, sagte die Senatorin Eva Brandner. Ein Sprecher des Sägewerks sagte, man sei skeptisch.\n';
const SECOND = 'date 2025-03-04\n\nSeilbahn: Kritik wächst\n\nBrandner bekräftigte: „Wir werden die Seilbahn bis zum Herbst wieder in Betrieb nehmen und keine Kosten scheuen.“ Ein Sprecher des Sägewerks sagte, man warte ab.\n';

async function api(): Promise<ZitatlupeApi> {
  const ext = vscode.extensions.getExtension<ZitatlupeApi>('zitatlupe.zitatlupe');
  ok(ext, 'the extension is installed');
  return ext.isActive ? ext.exports : ext.activate();
}

describe('across articles (speaker index, Speakers view, variants)', function () {
  this.timeout(60_000);
  const folder = () => vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'across');
  const write = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));

  before(async () => {
    await write(vscode.Uri.joinPath(folder(), 'seilbahn-1.news.txt'), FIRST);
    await write(vscode.Uri.joinPath(folder(), 'seilbahn-2.news.txt'), SECOND);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(folder(), { recursive: true }).then(undefined, () => undefined);
    const persons = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'zitatlupe.persons.yaml');
    await vscode.workspace.fs.delete(persons).then(undefined, () => undefined);
  });

  it('merges „Brandner“ with „Eva Brandner“ across two articles and keeps each article\'s spokesman apart', async () => {
    const z = await api();
    await z.across.rebuild();
    const person = (name: string) => z.speakers.nodes.find((n): n is Extract<SpeakerNode, { kind: 'person' }> => n.kind === 'person' && n.person.name === name);
    const brandner = person('Eva Brandner');
    ok(brandner, 'Eva Brandner is in the Speakers view');
    deepEqual(brandner.person.names, ['Eva Brandner', 'Brandner']);
    equal(brandner.person.articles.filter((a) => a.includes('/across/')).length, 2);
    const roles = z.speakers.nodes.find((n) => n.kind === 'roles');
    ok(roles && roles.kind === 'roles' && roles.persons.filter((p) => p.name === 'Sprecher des Sägewerks' && p.articles[0].includes('/across/')).length === 2, 'one role-only spokesman per article');
    const variants = z.speakers.nodes.find((n) => n.kind === 'variants');
    ok(variants && variants.kind === 'variants' && variants.groups.some((g) => g.members.length === 2 && g.wordings === 2 && g.members.every((m) => m.article.includes('/across/'))), 'the two wordings form a variant group');
  });

  it('jumps from the Speakers view\'s timeline to the quote in the other article', async () => {
    const z = await api();
    await z.across.ensureBuilt();
    const brandner = z.speakers.nodes.find((n): n is Extract<SpeakerNode, { kind: 'person' }> => n.kind === 'person' && n.person.name === 'Eva Brandner');
    ok(brandner, 'Eva Brandner is listed');
    const timeline = z.speakers.getChildren(brandner).filter((n): n is Extract<SpeakerNode, { kind: 'quote' }> => n.kind === 'quote' && n.quote.article.includes('/across/'));
    deepEqual(timeline.map((n) => n.quote.date), ['2025-03-01', '2025-03-04']);
    const item = z.speakers.getTreeItem(timeline[1]);
    ok(item.command, 'a quote row opens its article');
    await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? []));
    await eventually(() => vscode.window.activeTextEditor?.document.uri.path.endsWith('/across/seilbahn-2.news.txt'), 'the other article to be open');
    const editor = vscode.window.activeTextEditor!;
    match(editor.document.getText(editor.selection), /^„Wir werden die Seilbahn bis zum Herbst/);
  });

  it('says in the hover where else the speaker is quoted and how the other wording differs; Problems lists the variant', async () => {
    const z = await api();
    await z.across.ensureBuilt();
    const uri = vscode.Uri.joinPath(folder(), 'seilbahn-1.news.txt');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await z.service.whenAnalysed(editor.document);
    const offset = editor.document.getText().indexOf('Seilbahn bis zum Sommer');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, editor.document.positionAt(offset));
    const text = hovers.map((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n')).join('\n');
    match(text, /Also quoted in 1 other article|Auch in 1 weiteren Artikel zitiert/);
    match(text, /command:zitatlupe\.showSpeakerAcrossArticles\?/);
    match(text, /~~sommer~~ \*\*herbst\*\*/);
    await eventually(() => vscode.languages.getDiagnostics(uri).some((d) => d.code === 'quote-variant'), 'a variant diagnostic on the quote');
    const d = vscode.languages.getDiagnostics(uri).find((x) => x.code === 'quote-variant')!;
    equal(editor.document.getText(d.range).startsWith('„Wir werden die Seilbahn bis zum Sommer'), true);
    match(d.relatedInformation?.[0].location.uri.path ?? '', /seilbahn-2\.news\.txt$/);
  });

  it('applies the persons file: a name kept apart becomes its own person', async () => {
    const z = await api();
    await write(vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'zitatlupe.persons.yaml'), 'version: 1\ndistinct: [Brandner]\n');
    await z.across.reloadPersons();
    const names = z.speakers.nodes.flatMap((n) => (n.kind === 'person' ? [n.person.name] : []));
    ok(names.includes('Eva Brandner') && names.includes('Brandner'), `persons: ${names.join(', ')}`);
  });

  it('keeps the index current: an article written to disk joins it without a rebuild', async () => {
    const z = await api();
    await z.across.ensureBuilt();
    const third = 'date 2025-03-09\n\nSeilbahn fährt wieder\n\n„Die Seilbahn fährt ab Montag wieder nach Fahrplan“, sagte Eva Brandner.\n';
    await write(vscode.Uri.joinPath(folder(), 'seilbahn-3.news.txt'), third);
    await eventually(() => z.across.index?.personNamed('Eva Brandner')?.articles.some((a) => a.endsWith('seilbahn-3.news.txt')), 'the new article to be indexed', 20_000);
  });
});
