// Debian's Chromium drives the VS Code workbench in tests, screenshots and `npm start`. The project
// installs it itself (apt), so a fresh machine needs nothing done by hand.
import { execFileSync } from 'node:child_process';
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

/** Installs a Debian package with apt-get (as root, or with password-less sudo) unless `binary` exists. */
export function ensureDebianPackage(pkg, binary) {
  if (existsSync(binary)) return;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const sudo = root ? [] : ['sudo', '-n'];
  console.error(`${binary} is missing; installing Debian's ${pkg} package with apt-get…`);
  const run = (args) => {
    const [cmd, ...rest] = [...sudo, ...args];
    execFileSync(cmd, rest, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  };
  try {
    run(['apt-get', 'update', '-q']);
    run(['apt-get', 'install', '-y', '-q', '--no-install-recommends', pkg]);
  } catch (e) {
    throw new Error(`Could not install ${pkg} (${e.message}). Install Debian's "${pkg}" package by hand.`);
  }
  if (!existsSync(binary)) throw new Error(`apt-get finished but ${binary} is still missing.`);
}
