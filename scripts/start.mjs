// npm start: analyse the sample articles and print what Zitatlupe finds.
// (The issue "Editor experience" turns this into serving VS Code with the extension.)
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const files = readdirSync(join(root, 'test', 'fixtures')).filter((f) => f.endsWith('.txt')).map((f) => join('test', 'fixtures', f));
const shared = resolve(root, process.env.ZITATLUPE_SHARED ?? '../shared', 'samples', 'alaska-summit.txt');
if (existsSync(shared)) files.unshift(shared);
else console.log(`(${shared} is absent: showing the project's own fixtures only)\n`);
execFileSync(process.execPath, [join(root, 'dist', 'cli.js'), 'analyze', '--pretty', ...files], { cwd: root, stdio: 'inherit' });
