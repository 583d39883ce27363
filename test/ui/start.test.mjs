// `npm start -- DIR --locale de` as a user runs it: it packages the extension, installs the .vsix
// into the VS Code server (no development path) and serves VS Code on DIR, a real folder. The
// installed extension activates and paints the quotes, speaks German, and a decision made in the
// browser is in DIR's sidecar on disk, also after a reload.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { freePort, launchBrowser, root } from '../../scripts/lib/workbench.mjs';
import { Workbench } from '../../scripts/lib/ui.mjs';
import { route, shoot } from './context.mjs';

const ARTICLE = 'hafenfest.news.txt';

if (route === 'server') describe('npm start -- DIR --locale de (server route, the installed .vsix)', function () {
  let folder, profile, start, output = '', browser, wb, text;

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'zitatlupe-start-dir-'));
    profile = mkdtempSync(join(tmpdir(), 'zitatlupe-start-profile-'));
    cpSync(join(import.meta.dirname, 'fixtures', ARTICLE), join(folder, ARTICLE));
    text = readFileSync(join(folder, ARTICLE), 'utf8');
    const port = await freePort();
    start = spawn(process.execPath, [join(root, 'scripts', 'start.mjs'), folder, '--locale', 'de', '--port', String(port), '--profile', profile], { detached: true });
    const url = await new Promise((resolve, reject) => {
      const onData = (b) => { output += b; const m = /VS Code with Zitatlupe:\s+(\S+)/.exec(output); if (m) resolve(m[1]); };
      start.stdout.on('data', onData);
      start.stderr.on('data', onData);
      start.once('exit', (code) => reject(new Error(`npm start exited (code ${code}):\n${output.slice(-3000)}`)));
      setTimeout(() => reject(new Error(`npm start printed no address in 240 s:\n${output.slice(-3000)}`)), 240_000).unref();
    });
    browser = await launchBrowser({ locale: 'de' });
    wb = new Workbench(browser.pages()[0] ?? (await browser.newPage()), url);
    await wb.load();
    await wb.openFile(ARTICLE);
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await shoot(wb?.page, this.currentTest.title);
  });

  after(async () => {
    await browser?.close().catch(() => {});
    try { process.kill(-start.pid, 'SIGTERM'); } catch { /* gone */ }
    // (The start script stops its server on SIGTERM; the profile goes after it.)
    await new Promise((r) => setTimeout(r, 1000));
    rmSync(folder, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  });

  it('says where the articles and the profile live', () => {
    assert.match(output, new RegExp(`Articles:\\s+${folder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    assert.match(output, /Language:\s+Deutsch/);
    assert.match(output, /7 quotes by 7 speakers/, 'the analysis of the article comes first');
  });

  it('runs the installed extension: it paints the quotes', async () => {
    // A decoration of the installed package, not of a development path: the direct quote gets its
    // solid 2px underline, drawn by the editor as an overlay under the quote's text.
    const underlined = await wb.until('the quote to be painted', async () => {
      const box = await wb.span('Wir öffnen die Kais').boundingBox();
      return box && wb.page.evaluate(({ x, y, height }) => {
        const overlays = [...document.querySelectorAll('.editor-group-container.active .view-overlays div[class*="ced-"]')];
        return overlays.some((el) => {
          const r = el.getBoundingClientRect(), cs = getComputedStyle(el);
          return cs.borderBottomStyle === 'solid' && cs.borderBottomWidth === '2px' && Math.abs(r.top - y) < height && r.left <= x + 5 && r.right > x + 5;
        });
      }, box);
    }, 30_000);
    assert.ok(underlined);
  });

  it('ships the command-line tool it declares (bin → dist/cli.js) in the package', () => {
    const installed = readdirSync(join(profile, 'extensions')).find((d) => d.startsWith('zitatlupe.zitatlupe-0'));
    assert.ok(installed, 'the package is installed in the server\'s extensions');
    const cli = join(profile, 'extensions', installed, 'dist', 'cli.js');
    const listing = execFileSync(process.execPath, [cli, 'analyze', '--pretty', join(folder, ARTICLE)], { encoding: 'utf8' });
    assert.match(listing, /Lena Brandt\s+sagte\s+„Wir öffnen die Kais für alle“/);
  });

  it('speaks German: hover card, navigator title and command titles', async () => {
    const card = await wb.hover('Es gibt drei Bühnen');
    const hover = await card.innerText();
    assert.match(hover, /direktes Zitat/, hover);
    assert.match(hover, /Annehmen/, hover);
    await wb.page.keyboard.press('Escape');
    const view = await wb.navigator();
    assert.match(await view.locator('.pane-header').innerText(), /ZITATE/i);
    assert.ok((await wb.paletteTitles('Zitatlupe: Vorschlag')).some((t) => t.includes('Vorschlag annehmen')), 'the German command title');
  });

  it('keeps a decision made in the browser in DIR\'s sidecar, also after a reload', async () => {
    await wb.cursorAt(text, 'Die Fähren fahren');
    await wb.page.keyboard.press('Control+Alt+Enter');
    const sidecar = join(folder, `${ARTICLE}.annotations.yaml`);
    const saved = () => existsSync(sidecar) && parse(readFileSync(sidecar, 'utf8')).annotations?.find((a) => a.target.exact.includes('Die Fähren fahren'))?.status;
    await wb.until('the sidecar on disk', async () => saved() === 'accepted');
    await wb.reload();
    await wb.openFile(ARTICLE);
    await wb.until('✓ after the reload', async () => (await wb.rowDescription('Die Fähren fahren'))?.startsWith('✓'));
    assert.equal(saved(), 'accepted');
  });
});
