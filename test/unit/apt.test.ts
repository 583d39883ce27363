import * as assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './helpers';

// (The scripts are ES modules; this CommonJS test loads them with a real dynamic import.)
const importEsm = new Function('p', 'return import(p)') as (p: string) => Promise<{ ensureDebianPackage: (pkg: string, binary: string, o?: object) => void }>;

describe('installing Debian packages for the tests (scripts/lib/chromium.mjs)', () => {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;

  it(root ? 'waits while another apt holds the dpkg lock, then installs' : 'names the packages to install when it cannot be root', async () => {
    const { ensureDebianPackage } = await importEsm(pathToFileURL(join(repoRoot, 'scripts', 'lib', 'chromium.mjs')).href);
    const dir = mkdtempSync(join(tmpdir(), 'zitatlupe-apt-'));
    const binary = join(dir, 'installed-binary');
    if (!root) {
      assert.throws(() => ensureDebianPackage('chromium', binary), /sudo apt-get install chromium ripgrep/);
      return;
    }
    // A stand-in apt-get on PATH: the first two calls find the lock taken, as with a running upgrade.
    const log = join(dir, 'calls');
    writeFileSync(join(dir, 'apt-get'), `#!/bin/sh
echo "$*" >> ${log}
n=$(wc -l < ${log})
if [ "$n" -le 2 ]; then echo "E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 1 (apt-get)" >&2; exit 100; fi
case "$*" in *install*) touch ${binary};; esac
exit 0
`);
    chmodSync(join(dir, 'apt-get'), 0o755);
    const path = process.env.PATH;
    process.env.PATH = `${dir}:${path}`;
    try {
      ensureDebianPackage('chromium', binary, { lockWaitMs: 5000, retryMs: 50, log: () => {} });
    } finally {
      process.env.PATH = path;
    }
    assert.ok(existsSync(binary));
    const calls = readFileSync(log, 'utf8').trim().split('\n');
    assert.deepEqual(calls.map((c) => c.split(' ')[0]), ['update', 'update', 'update', 'install']);
    assert.match(calls[3], /DPkg::Lock::Timeout=5 chromium/);
  });

  // (Without root the first test checks the message; the wait needs a stand-in apt-get run as root.)
  if (root) it('gives up after the bounded wait and says why', async () => {
    const { ensureDebianPackage } = await importEsm(pathToFileURL(join(repoRoot, 'scripts', 'lib', 'chromium.mjs')).href);
    const dir = mkdtempSync(join(tmpdir(), 'zitatlupe-apt-'));
    writeFileSync(join(dir, 'apt-get'), '#!/bin/sh\necho "E: Could not get lock /var/lib/dpkg/lock-frontend" >&2\nexit 100\n');
    chmodSync(join(dir, 'apt-get'), 0o755);
    const path = process.env.PATH;
    process.env.PATH = `${dir}:${path}`;
    try {
      assert.throws(() => ensureDebianPackage('chromium', join(dir, 'never'), { lockWaitMs: 300, retryMs: 50, log: () => {} }), /still holds its lock.*sudo apt-get install chromium ripgrep/);
    } finally {
      process.env.PATH = path;
    }
  });
});
