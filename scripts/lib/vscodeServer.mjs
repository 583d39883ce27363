// The desktop extension host without VS Code desktop: the VS Code server shipped in the npm package
// code-server (4.100.3 runs on Node 20), with its workbench opened in Chromium. The extension runs
// in a real Node extension host (`main` entry) against a real file:// workspace on disk.
// Installed into .vscode-test/ on first use, without code-server's postinstall (it downloads).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ensureDebianPackage } from './chromium.mjs';
import { freePort, root } from './workbench.mjs';

export const CODE_SERVER_VERSION = '4.100.3';
const home = join(root, '.vscode-test', `code-server-${CODE_SERVER_VERSION}`);
const vscodeDir = join(home, 'node_modules', 'code-server', 'lib', 'vscode');

export function ensureVSCodeServer() {
  const main = join(vscodeDir, 'out', 'server-main.js');
  if (existsSync(join(vscodeDir, 'node_modules.asar'))) {
    linkRipgrep();
    return main;
  }
  mkdirSync(home, { recursive: true });
  const npm = (args, cwd) => execFileSync('npm', [...args, '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
  console.error(`installing the VS Code server from code-server@${CODE_SERVER_VERSION} into ${home} …`);
  npm(['install', '--prefix', home, `code-server@${CODE_SERVER_VERSION}`], root);
  npm(['install', '--omit=dev'], vscodeDir);
  buildNativeModules();
  linkRipgrep();
  // What code-server's postinstall.sh does besides building native modules.
  symlinkSync('node_modules', join(vscodeDir, 'node_modules.asar'));
  return main;
}

/**
 * The server's logger and watchdog are native addons. Built with npm's own node-gyp against the
 * machine's Node headers (npm's `nodedir`); best effort, since the server runs without them.
 */
function buildNativeModules() {
  const gyp = join(dirname(dirname(process.execPath)), 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  let nodedir = '';
  try { nodedir = execFileSync('npm', ['config', 'get', 'nodedir'], { encoding: 'utf8' }).trim(); } catch { /* none set */ }
  for (const mod of ['@vscode/spdlog', 'native-watchdog']) {
    const dir = join(vscodeDir, 'node_modules', mod);
    if (!existsSync(dir) || !existsSync(gyp)) continue;
    try {
      execFileSync(process.execPath, [gyp, 'rebuild', ...(nodedir && nodedir !== 'undefined' && nodedir !== 'null' ? [`--nodedir=${nodedir}`] : [])], { cwd: dir, stdio: 'ignore' });
    } catch {
      console.error(`note: could not build ${mod}; the VS Code server runs without it (log noise only)`);
    }
  }
}

/**
 * Workspace search runs ripgrep, which @vscode/ripgrep downloads in a postinstall step that cannot
 * run offline. Debian's ripgrep package (installed with apt-get when missing) stands in.
 */
function linkRipgrep() {
  const target = join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg');
  if (existsSync(target)) return;
  let rg = '/usr/bin/rg';
  if (!existsSync(rg)) {
    try {
      ensureDebianPackage('ripgrep', rg);
    } catch (e) {
      console.error(`note: no ripgrep (${e.message}); workspace search in the test server stays unavailable`);
      return;
    }
  }
  mkdirSync(dirname(target), { recursive: true });
  symlinkSync(rg, target);
}

/** Starts the server in its own process group with private HOME and data dirs. */
export async function startVSCodeServer({ dataDir }) {
  const main = ensureVSCodeServer();
  const port = await freePort();
  for (const d of ['server', 'user', 'extensions', 'home']) mkdirSync(join(dataDir, d), { recursive: true });
  mkdirSync(join(dataDir, 'user', 'User'), { recursive: true });
  writeFileSync(join(dataDir, 'user', 'User', 'settings.json'), JSON.stringify({
    'chat.disableAIFeatures': true, 'telemetry.telemetryLevel': 'off', 'update.mode': 'none', 'workbench.startupEditor': 'none',
    'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false,
  }));
  const child = spawn(process.execPath, [main,
    '--host', '127.0.0.1', '--port', String(port), '--without-connection-token', '--accept-server-license-terms',
    '--enable-smoke-test-driver', '--disable-telemetry', '--disable-workspace-trust', '--disable-update-check',
    '--server-data-dir', join(dataDir, 'server'), '--user-data-dir', join(dataDir, 'user'),
    '--extensions-dir', join(dataDir, 'extensions'), '--log', 'info',
  ], {
    detached: true, stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, HOME: join(dataDir, 'home'), XDG_CONFIG_HOME: join(dataDir, 'home', '.config'), XDG_DATA_HOME: join(dataDir, 'home', '.local') },
  });
  let output = '';
  const ready = new Promise((resolve, reject) => {
    const onData = (b) => { output += b; if (/Extension host agent listening|Web UI available|listening on/i.test(output)) resolve(); };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the VS Code server exited early (code ${code}):\n${output.slice(-2000)}`)));
    setTimeout(() => reject(new Error(`the VS Code server did not start in 60 s:\n${output.slice(-2000)}`)), 60_000).unref();
  });
  await ready;
  return {
    url: `http://127.0.0.1:${port}/`,
    child,
    stop: () => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ } },
  };
}
