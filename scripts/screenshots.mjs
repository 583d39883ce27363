// npm run screenshots: real pictures of the extension for the README, taken in the served VS Code
// (the server route, as `npm start` serves it) with the sample article open, the quote navigator
// beside it and a hover card: media/screenshot-hover.png in English, media/screenshot-de.png in German.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWorkbench } from './lib/ui.mjs';
import { packageExtension } from './lib/vsix.mjs';
import { root } from './lib/workbench.mjs';

const vsix = packageExtension();
for (const [locale, name] of [['en', 'screenshot-hover.png'], ['de', 'screenshot-de.png']]) {
  const folder = mkdtempSync(join(tmpdir(), 'zitatlupe-shots-'));
  copyFileSync(join(root, 'media', 'sample', 'beispiel.news.txt'), join(folder, 'beispiel.news.txt'));
  const { wb, page, close } = await openWorkbench({ route: 'server', folder, locale, vsix, viewport: { width: 1500, height: 760 } });
  try {
    await wb.openFile('beispiel.news.txt');
    await wb.row('Wir werden die Linie bauen');
    await page.waitForTimeout(1000);
    await wb.hover('Jahrzehnt');
    await page.waitForTimeout(800);
    await page.screenshot({ path: join(root, 'media', name) });
    console.log(`wrote media/${name}`);
  } finally {
    await close();
    rmSync(folder, { recursive: true, force: true });
  }
}
