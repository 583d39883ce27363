// The walkthrough „Get started with Zitatlupe“ done step by step as a new user does it: it shows
// its media, „Open Sample Article“ opens a real file (in the extension's storage), and the
// accept/reject step can be done on it: the decision is saved and the step is checked off.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWorkbench } from '../../scripts/lib/ui.mjs';
import { route, shoot } from './context.mjs';

describe(`the walkthrough (${route} route)`, function () {
  let folder, session, wb;

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'zitatlupe-walk-'));
    session = await openWorkbench({ route, folder });
    wb = session.wb;
    await openWalkthrough();
  });

  const openWalkthrough = async () => {
    await wb.runCommand('Welcome: Open Walkthrough...');
    await wb.page.locator('.quick-input-list .monaco-list-row', { hasText: 'Get started with Zitatlupe' }).first().click();
    await step('Open a sample article').waitFor({ timeout: 30_000 });
  };

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await shoot(wb?.page, this.currentTest.title);
  });

  after(async () => {
    await session?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  const step = (title) => wb.page.locator('.gettingStartedContainer .getting-started-step', { hasText: title }).first();

  // (The media are Markdown, shown in a webview. The web route's test server serves webviews from
  // {{uuid}}.127.0.0.1, which resolves nowhere offline, so there only the server route can show them.)
  if (route === 'server') it('shows the media of a step', async () => {
    const media = await wb.until('the step\'s media in its webview', async () => {
      for (const frame of wb.page.frames()) {
        const text = await frame.locator('body').innerText({ timeout: 500 }).catch(() => '');
        if (text.includes('Highlights, by layer')) return text;
      }
      return false;
    }, 30_000);
    assert.match(media, /direct quote\s+yellow background, solid underline/);
  });

  it('opens the sample article as a real file', async () => {
    await step('Open a sample article').locator('a.monaco-button', { hasText: 'Open Sample Article' }).click();
    const tab = wb.page.locator('.tab.active', { hasText: 'beispiel.news.txt' });
    await tab.waitFor({ timeout: 20_000 });
    // A file, not an untitled copy: its tab has a path (no „Untitled“) and the editor analyses it.
    assert.doesNotMatch(await tab.innerText(), /Untitled/i);
    await wb.row('Wir werden die Linie bauen');
  });

  it('lets the user accept a suggestion in the sample and checks off the step', async () => {
    await wb.editorText().locator('span', { hasText: 'Wir werden die Linie bauen' }).last().click();
    await wb.page.keyboard.press('Control+Alt+Enter');
    // The decision is saved (no „Save the article as a file first“): the navigator shows ✓.
    await wb.until('the sample\'s quote to be accepted', async () => (await wb.rowDescription('Wir werden die Linie bauen'))?.startsWith('✓'));
    assert.equal(await wb.page.locator('.notification-list-item', { hasText: 'Save the article' }).count(), 0);
    // (The sample opened in the walkthrough's preview tab; the user opens the walkthrough again.)
    await openWalkthrough();
    await wb.until('the step „Accept, reject, correct“ to be checked', async () =>
      (await step('Accept, reject, correct').locator('[role="checkbox"]').getAttribute('aria-checked')) === 'true');
  });
});
