// npm start: prints what Zitatlupe finds in the sample articles, then serves VS Code (the web
// workbench) with the extension loaded and a workspace holding those articles. Open the printed
// address in a browser; Ctrl+C stops the server.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { root, serveWorkbench } from './lib/workbench.mjs';

const workspace = join(root, 'out', 'start-workspace');
rmSync(workspace, { recursive: true, force: true });
mkdirSync(workspace, { recursive: true });
copyFileSync(join(root, 'media', 'sample', 'beispiel.news.txt'), join(workspace, 'beispiel.news.txt'));
for (const f of readdirSync(join(root, 'test', 'fixtures'))) copyFileSync(join(root, 'test', 'fixtures', f), join(workspace, f));
// The licensed sample stays outside the repository; it is copied into the (ignored) out/ folder only.
const shared = resolve(root, process.env.ZITATLUPE_SHARED ?? '../shared', 'samples', 'alaska-summit.txt');
if (existsSync(shared)) copyFileSync(shared, join(workspace, 'alaska-summit.txt'));
else console.log(`(${shared} is absent: the workspace holds the project's own articles only)\n`);

const articles = readdirSync(workspace).filter((f) => f.endsWith('.txt')).map((f) => join(workspace, f));
execFileSync(process.execPath, [join(root, 'dist', 'cli.js'), 'analyze', '--pretty', ...articles], { stdio: 'inherit' });

if (process.argv.includes('--no-serve')) process.exit(0);
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';
const server = await serveWorkbench({ folder: workspace, port, host });
console.log(`\nVS Code with Zitatlupe: ${server.url}\nOpen it in a browser (Chromium or Chrome work best). Ctrl+C stops the server.`);
const stop = () => server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
