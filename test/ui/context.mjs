// What the UI tests share: the route they run on (set by scripts/test-integration.mjs) and a
// screenshot of the workbench when a test fails, to see what the user would have seen.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../../scripts/lib/workbench.mjs';

export const route = process.env.ZITATLUPE_UI_ROUTE ?? 'server';

export async function shoot(page, title) {
  if (!page) return;
  const dir = join(root, 'out', 'ui-failures');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${route}-${title.replace(/[^\w]+/g, '-').slice(0, 80)}.png`);
  await page.screenshot({ path: file }).catch(() => {});
  console.log(`    (screenshot of the failure: ${file})`);
}
