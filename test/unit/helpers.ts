import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(__dirname, '..', '..', '..');
export const fixture = (name: string): string => readFileSync(join(repoRoot, 'test', 'fixtures', name), 'utf8');
/** ../shared holds licensed data that never enters the repo; tests using it skip when it is absent. */
export const sharedDir = resolve(repoRoot, process.env.ZITATLUPE_SHARED ?? '../shared');
export const sharedFile = (rel: string): string | undefined => {
  const p = join(sharedDir, rel);
  return existsSync(p) ? p : undefined;
};
