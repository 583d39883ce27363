// Builds the extension package (.vsix) the way `npm run package` does: vsce runs the build once
// (the vscode:prepublish script) and packs what .vscodeignore lets through.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from './workbench.mjs';

export function packageExtension(out = join(root, 'zitatlupe.vsix')) {
  execFileSync(process.execPath, [join(root, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--out', out], {
    cwd: root, stdio: ['ignore', 'ignore', 'inherit'],
  });
  return out;
}
