// Debian's Chromium drives the VS Code workbench in tests, screenshots and `npm start`. The project
// installs it itself (apt), so a fresh machine needs nothing done by hand.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.ZITATLUPE_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

export function ensureChromium() {
  if (existsSync(CHROMIUM)) return CHROMIUM;
  if (process.env.ZITATLUPE_CHROMIUM) throw new Error(`ZITATLUPE_CHROMIUM points to ${CHROMIUM}, which does not exist.`);
  ensureDebianPackage('chromium', CHROMIUM);
  return CHROMIUM;
}

/** The Debian packages the tests and screenshots need, for messages that name them all. */
export const DEBIAN_PACKAGES = ['chromium', 'ripgrep'];

/**
 * Installs a Debian package with apt-get (as root, or with password-less sudo) unless `binary`
 * exists. Another apt or dpkg holding the lock (unattended upgrades, a second install) is waited
 * for up to two minutes; without root or sudo the error names the packages to install.
 */
export function ensureDebianPackage(pkg, binary, { lockWaitMs = 120_000, retryMs = 5000, log = console.error } = {}) {
  if (existsSync(binary)) return;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const canSudo = !root && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
  const byHand = `sudo apt-get install ${DEBIAN_PACKAGES.join(' ')}`;
  if (!root && !canSudo) throw new Error(`${binary} is missing, and installing it needs root or password-less sudo. Install Debian's packages by hand: ${byHand}`);
  log(`${binary} is missing; installing Debian's ${pkg} package with apt-get…`);
  const sudo = root ? [] : ['sudo', '-n'];
  const run = (args) => {
    const deadline = Date.now() + lockWaitMs;
    for (;;) {
      const [cmd, ...rest] = [...sudo, ...args];
      const r = spawnSync(cmd, rest, { encoding: 'utf8', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
      if (r.status === 0) return;
      const locked = /Could not get lock|Unable to lock|is another process using it/i.test(r.stderr ?? '');
      if (!locked || Date.now() > deadline) throw new Error(`${args.slice(0, 2).join(' ')} failed${locked ? ' (another apt or dpkg still holds its lock)' : ''}: ${(r.stderr ?? '').trim().split('\n').slice(-3).join(' ')}`);
      log('another apt or dpkg is running; waiting for its lock …');
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, retryMs);
    }
  };
  try {
    run(['apt-get', 'update', '-q']);
    run(['apt-get', 'install', '-y', '-q', '--no-install-recommends', '-o', `DPkg::Lock::Timeout=${Math.ceil(lockWaitMs / 1000)}`, pkg]);
  } catch (e) {
    throw new Error(`Could not install ${pkg}: ${e.message}. Install Debian's packages by hand: ${byHand}`);
  }
  if (!existsSync(binary)) throw new Error(`apt-get finished but ${binary} is still missing.`);
}
