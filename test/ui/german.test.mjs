// The German workbench of the web route (the extension in a web worker), whose workbench takes its
// language from the page as vscode.dev does: the extension's own strings on screen are German —
// hover card, navigator rows, the messages of its commands. (Titles from package.nls.de.json are
// checked on the server route in start.test.mjs: the web test server scans an extension under
// development without its package.nls files, so there every manifest title stays English.)
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWorkbench } from '../../scripts/lib/ui.mjs';
import { route, shoot } from './context.mjs';

const ARTICLE = 'hafenfest.news.txt';

if (route === 'web') describe('the German workbench (web route)', function () {
  let folder, session, wb, text;

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'zitatlupe-de-'));
    cpSync(join(import.meta.dirname, 'fixtures', ARTICLE), join(folder, ARTICLE));
    text = readFileSync(join(folder, ARTICLE), 'utf8');
    session = await openWorkbench({ route, folder, locale: 'de' });
    wb = session.wb;
    await wb.openFile(ARTICLE);
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await shoot(wb?.page, this.currentTest.title);
    await wb?.page.keyboard.press('Escape');
  });

  after(async () => {
    await session?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('shows the hover card in German', async () => {
    const card = await wb.hover('Es gibt drei Bühnen');
    const hover = await card.innerText();
    assert.match(hover, /direktes Zitat/, hover);
    assert.match(hover, /Annehmen/, hover);
  });

  it('describes the navigator rows in German', async () => {
    const row = await wb.row('Wir öffnen die Kais');
    assert.match(await row.innerText(), /direktes Zitat/);
  });

  it('speaks German in the pickers of its commands', async () => {
    await wb.runCommand('Zitatlupe: Choose Highlight Layers…');
    const picker = wb.page.locator('.quick-input-widget');
    await picker.locator('.quick-input-title', { hasText: 'Hervorhebungsebenen' }).waitFor({ timeout: 10_000 });
    assert.match(await picker.innerText(), /Direkte Zitate/);
    await wb.page.keyboard.press('Escape');
  });
});
