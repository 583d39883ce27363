// The desktop extension host without VS Code desktop: the VS Code server shipped in the npm package
// code-server (4.100.3 runs on Node 20), with its workbench opened in Chromium. The extension runs
// in a real Node extension host (`main` entry) against a real file:// workspace on disk.
// Installed into .vscode-test/ on first use, without code-server's postinstall (it downloads).
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
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

const dirsOf = (dataDir) => ({
  server: join(dataDir, 'server'), user: join(dataDir, 'user'), extensions: join(dataDir, 'extensions'), home: join(dataDir, 'home'),
});

/** The server's own command line, for one-off jobs such as installing an extension. */
function serverCli(dataDir, args) {
  const dirs = dirsOf(dataDir);
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  execFileSync(process.execPath, [ensureVSCodeServer(), ...args, '--accept-server-license-terms',
    '--server-data-dir', dirs.server, '--user-data-dir', dirs.user, '--extensions-dir', dirs.extensions], {
    stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, HOME: dirs.home },
  });
}

/** Installs a .vsix into the server's extensions, as a user's `code --install-extension` does. */
export function installExtension(dataDir, vsix) {
  serverCli(dataDir, ['--install-extension', vsix, '--force']);
}

/**
 * A German language switch for the served VS Code: a language pack with no translations of its own.
 * It makes `de` an installed display language (`--locale de`, the browser's language, or
 * "Configure Display Language"), so extensions show their German strings; VS Code's own texts stay
 * English, since Microsoft's German pack comes only from the Marketplace, which this machine cannot reach.
 */
export function installGermanSwitch(dataDir) {
  const dir = join(dataDir, 'locale-de');
  const vsix = join(dataDir, 'zitatlupe-locale-de.vsix');
  if (!existsSync(vsix)) {
    mkdirSync(join(dir, 'translations'), { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({
      name: 'zitatlupe-locale-de', displayName: 'Deutsch (Sprachumschaltung)', publisher: 'zitatlupe', version: '1.0.0', license: 'MIT',
      description: 'Makes German a display language of this VS Code server, so extensions speak German. VS Code\'s own texts stay English.',
      engines: { vscode: '^1.90.0' }, categories: ['Language Packs'],
      contributes: { localizations: [{ languageId: 'de', languageName: 'German', localizedLanguageName: 'Deutsch', translations: [{ id: 'vscode', path: './translations/main.i18n.json' }] }] },
    }, null, 2));
    writeFileSync(join(dir, 'translations', 'main.i18n.json'), JSON.stringify({ version: '1.0.0', contents: {} }));
    writeFileSync(join(dir, 'README.md'), '# Deutsch\n\nSprachumschaltung für den VS-Code-Server der Zitatlupe.\n');
    writeFileSync(join(dir, 'LICENSE'), 'MIT\n');
    execFileSync(process.execPath, [join(root, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--allow-missing-repository', '--out', vsix], { cwd: dir, stdio: 'ignore' });
  }
  installExtension(dataDir, vsix);
  // The server reads its display languages from languagepacks.json, which it writes itself only once
  // a client has asked for the installed languages; written here, `--locale de` works on first start.
  const installed = join(dirsOf(dataDir).extensions, 'zitatlupe.zitatlupe-locale-de-1.0.0');
  writeFileSync(join(dirsOf(dataDir).user, 'languagepacks.json'), JSON.stringify({
    de: {
      hash: createHash('md5').update('zitatlupe.zitatlupe-locale-de@1.0.0').digest('hex'), label: 'Deutsch',
      extensions: [{ extensionIdentifier: { id: 'zitatlupe.zitatlupe-locale-de' }, version: '1.0.0' }],
      translations: { vscode: join(installed, 'translations', 'main.i18n.json') },
    },
  }));
}

/**
 * Starts the server in its own process group with private HOME and data dirs. With `testDriver`
 * the workbench URL can load the extension from the source tree and run tests (`payload`);
 * without, only installed extensions run (`npm start`, the .vsix test).
 */
export async function startVSCodeServer({ dataDir, port, host = '127.0.0.1', locale, folder, settings = {}, testDriver = false }) {
  const main = ensureVSCodeServer();
  port ??= await freePort();
  const dirs = dirsOf(dataDir);
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  mkdirSync(join(dirs.user, 'User'), { recursive: true });
  const settingsFile = join(dirs.user, 'User', 'settings.json');
  // (A kept profile keeps the user's own settings; the quiet defaults are written once.)
  if (!existsSync(settingsFile)) {
    writeFileSync(settingsFile, JSON.stringify({
      'chat.disableAIFeatures': true, 'telemetry.telemetryLevel': 'off', 'update.mode': 'none', 'workbench.startupEditor': 'none',
      'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false, ...settings,
    }, null, 2));
  }
  const child = spawn(process.execPath, [main,
    '--host', host, '--port', String(port), '--without-connection-token', '--accept-server-license-terms',
    // (The smoke-test driver makes the workbench read test paths from the URL, and refuse modal dialogs.)
    ...(testDriver ? ['--enable-smoke-test-driver'] : []), '--disable-telemetry', '--disable-workspace-trust', '--disable-update-check',
    '--server-data-dir', dirs.server, '--user-data-dir', dirs.user, '--extensions-dir', dirs.extensions, '--log', 'info',
    ...(locale ? ['--locale', locale] : []), ...(folder ? ['--default-folder', folder] : []),
  ], {
    detached: true, stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, HOME: dirs.home, XDG_CONFIG_HOME: join(dirs.home, '.config'), XDG_DATA_HOME: join(dirs.home, '.local') },
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
    url: `http://${host}:${port}/`,
    child,
    stop: () => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ } },
  };
}
