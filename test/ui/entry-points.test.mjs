// Every way a user reaches Accept and Reject, clicked in a real workbench: Command Palette,
// keybinding, hover link, lightbulb, the navigator's inline button and context menu, and the
// editor's context menu; and Mark Selection as Quote with its pickers. On the server route the decision must be in the sidecar on disk, also
// after a reload of the page; on both routes the navigator must show it.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { openWorkbench } from '../../scripts/lib/ui.mjs';
import { route, shoot } from './context.mjs';

const ARTICLE = 'hafenfest.news.txt';

describe(`entry points of the decision commands (${route} route)`, function () {
  let folder, session, wb, text;

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'zitatlupe-entry-'));
    cpSync(join(import.meta.dirname, 'fixtures', ARTICLE), join(folder, ARTICLE));
    text = readFileSync(join(folder, ARTICLE), 'utf8');
    session = await openWorkbench({ route, folder });
    wb = session.wb;
    await wb.openFile(ARTICLE);
    // The extension has analysed the article once the quotes are in the navigator.
    await wb.row('Wir öffnen die Kais');
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await shoot(wb?.page, this.currentTest.title);
    await wb?.page.keyboard.press('Escape');
  });

  after(async () => {
    await session?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  /**
   * The status the navigator shows for a quote: ✓ accepted; a rejected suggestion leaves the list
   * (the editor strikes it through; the filter „Rejected“ lists it).
   */
  const shownStatus = async (needle) => {
    // One snapshot of the rows: a rejected row leaves the list, so a row found a moment ago may be gone.
    const description = await wb.rowDescription(needle);
    if (description === undefined) return 'rejected';
    return description.startsWith('✓') ? 'accepted' : description.startsWith('✗') ? 'rejected' : 'suggested';
  };

  /** The status in the sidecar on disk (server route: real files). */
  const savedStatus = (needle) => {
    const sidecar = join(folder, `${ARTICLE}.annotations.yaml`);
    if (!existsSync(sidecar)) return undefined;
    return parse(readFileSync(sidecar, 'utf8')).annotations?.find((a) => a.target.exact.includes(needle))?.status;
  };

  const decided = async (needle, status) => {
    await wb.until(`the navigator to show „${needle}“ ${status}`, async () => (await shownStatus(needle)) === status);
    if (route === 'server') await wb.until(`the sidecar on disk to hold „${needle}“ ${status}`, async () => savedStatus(needle) === status);
  };

  it('Command Palette: Accept Suggestion at the cursor', async () => {
    await wb.cursorAt(text, 'Wir öffnen die Kais');
    await wb.runCommand('Zitatlupe: Accept Suggestion');
    await decided('Wir öffnen die Kais', 'accepted');
  });

  it('keybinding: Ctrl+Alt+Enter accepts the quote at the cursor', async () => {
    await wb.cursorAt(text, 'Die Fähren fahren');
    await wb.page.keyboard.press('Control+Alt+Enter');
    await decided('Die Fähren fahren', 'accepted');
  });

  it('hover link: Reject in the hover card', async () => {
    await wb.cursorAt(text, 'Es gibt drei Bühnen');
    const card = await wb.hover('Es gibt drei Bühnen');
    await card.locator('a', { hasText: /^Reject$/ }).first().click();
    await decided('Es gibt drei Bühnen', 'rejected');
  });

  it('lightbulb: the quick fix „Accept quote …“', async () => {
    await wb.cursorAt(text, 'Der Eintritt bleibt frei');
    await wb.page.keyboard.press('Control+.');
    await wb.page.locator('.action-widget .monaco-list-row', { hasText: 'Accept quote' }).first().waitFor({ timeout: 15_000 });
    // Down to the action and Enter, as with the keyboard (the widget blocks synthetic clicks).
    await wb.until('„Accept quote …“ to be focused', async () => {
      const label = await wb.page.locator('.action-widget .monaco-list-row.focused').getAttribute('aria-label');
      if (label?.startsWith('Accept quote')) return true;
      await wb.page.keyboard.press('ArrowDown');
      return false;
    });
    await wb.page.keyboard.press('Enter');
    await decided('Der Eintritt bleibt frei', 'accepted');
  });

  it('navigator: the inline ✗ button of a row', async () => {
    const row = await wb.selectRow('Wir rechnen mit vielen Gästen');
    await row.hover();
    await row.locator('.actions .action-label[aria-label^="Reject Suggestion"]').click();
    await decided('Wir rechnen mit vielen Gästen', 'rejected');
  });

  it('navigator: the context menu of a row', async () => {
    await wb.rowMenu('Die Händler sind zufrieden');
    await wb.chooseMenu('Accept Suggestion');
    await decided('Die Händler sind zufrieden', 'accepted');
  });

  it('editor: the context menu at the cursor', async () => {
    await wb.cursorAt(text, 'Am Sonntag gibt es');
    await wb.span('Am Sonntag gibt es').click({ button: 'right' });
    await wb.chooseMenu('Zitatlupe', 'Reject Suggestion');
    await decided('Am Sonntag gibt es', 'rejected');
  });

  it('Mark Selection as Quote asks for the type and the speaker in one flow', async () => {
    await wb.cursorAt(text, 'Hafenfest mit neuem Programm', 0);
    await wb.page.keyboard.press('Shift+End');
    await wb.runCommand('Zitatlupe: Mark Selection as Quote…');
    const picker = wb.page.locator('.quick-input-widget');
    await picker.locator('.quick-input-title', { hasText: 'which type? (1/2)' }).waitFor({ timeout: 10_000 });
    await picker.locator('.monaco-list-row', { hasText: 'direct quote' }).first().click();
    await picker.locator('.quick-input-title', { hasText: 'Who is the speaker? (2/2)' }).waitFor({ timeout: 10_000 });
    // The registry's people are offered, and a new person can be added on the spot.
    assert.ok(await picker.locator('.monaco-list-row', { hasText: 'Lena Brandt' }).count());
    await picker.locator('.monaco-list-row', { hasText: 'New person…' }).first().click();
    await picker.locator('.quick-input-title', { hasText: 'Name of the new person' }).waitFor({ timeout: 10_000 });
    await wb.page.keyboard.type('Eva Muster');
    await wb.page.keyboard.press('Enter');
    await picker.locator('.quick-input-title', { hasText: 'Role (optional)' }).waitFor({ timeout: 10_000 });
    await wb.page.keyboard.type('Festleiterin');
    await wb.page.keyboard.press('Enter');
    await wb.until('the new quote under its speaker in the navigator', async () =>
      (await (await wb.navigator()).locator('.monaco-list-row', { hasText: 'Eva Muster (Festleiterin)' }).count()) > 0);
    if (route === 'server') {
      // (The navigator shows the quote as soon as it is decided; the sidecar is written right after.)
      const markIn = (sidecar) => sidecar.annotations?.find((a) => a.target.exact === 'Hafenfest mit neuem Programm');
      const file = join(folder, `${ARTICLE}.annotations.yaml`);
      await wb.until('the new quote in the sidecar on disk', async () => existsSync(file) && !!markIn(parse(readFileSync(file, 'utf8'))));
      const sidecar = parse(readFileSync(file, 'utf8'));
      const mark = markIn(sidecar);
      assert.equal(mark?.type, 'direct');
      assert.equal(sidecar.speakers.find((p) => p.id === mark.speaker)?.name, 'Eva Muster');
    }
  });

  // (Server route only: the web route keeps the workspace in the page's memory, so a reload
  // starts again from the mounted folder.)
  if (route === 'server') it('keeps every decision after a reload of the page', async () => {
    const expected = { 'Wir öffnen die Kais': 'accepted', 'Die Fähren fahren': 'accepted', 'Es gibt drei Bühnen': 'rejected', 'Der Eintritt bleibt frei': 'accepted', 'Wir rechnen mit vielen Gästen': 'rejected', 'Die Händler sind zufrieden': 'accepted', 'Am Sonntag gibt es': 'rejected' };
    await wb.reload();
    await wb.openFile(ARTICLE);
    for (const [needle, status] of Object.entries(expected)) {
      assert.equal(savedStatus(needle), status, needle);
      await wb.until(`„${needle}“ ${status} after the reload`, async () => (await shownStatus(needle)) === status);
    }
  });
});
