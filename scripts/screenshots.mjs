// npm run screenshots: real pictures of the extension for the README. Serves the web workbench with
// the sample article, opens it, shows the quote navigator and a hover card, and saves PNGs to media/.
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, root, serveWorkbench } from './lib/workbench.mjs';

const folder = mkdtempSync(join(tmpdir(), 'zitatlupe-shots-'));
copyFileSync(join(root, 'media', 'sample', 'beispiel.news.txt'), join(folder, 'beispiel.news.txt'));
const server = await serveWorkbench({ folder });
const browser = await launchBrowser({ viewport: { width: 1500, height: 760 } });
const page = browser.pages()[0] ?? (await browser.newPage());
try {
  await page.goto(server.url);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
  await page.waitForTimeout(2500);
  // Open the article from the Explorer, as a user would.
  await page.locator('.monaco-list-row', { hasText: 'beispiel.news.txt' }).first().click({ timeout: 30000 });
  await page.locator('.view-lines').first().waitFor();
  await page.waitForTimeout(1500);
  await page.locator('.activitybar [aria-label^="Zitatlupe"]').first().click();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: join(root, 'media', 'screenshot-editor.png') });
  const quote = page.locator('.view-lines span', { hasText: 'Jahrzehnt' }).first();
  const box = await quote.boundingBox();
  await page.mouse.move(box.x + 5, box.y + box.height / 2);
  await page.mouse.move(box.x + 12, box.y + box.height / 2);
  await page.locator('.monaco-hover:not(.hidden)').first().waitFor({ timeout: 10000 });
  await page.waitForTimeout(800);
  await page.screenshot({ path: join(root, 'media', 'screenshot-hover.png') });
  console.log('wrote media/screenshot-editor.png and media/screenshot-hover.png');
} finally {
  await browser.close();
  await server.close();
}
