// Bundles the CLI (Node) and, once present, the desktop and web extension entries.
import * as esbuild from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

const watch = process.argv.includes('--watch');
// --production (the package build): minified, no source maps; a third of the size to download.
const production = process.argv.includes('--production');
const common = { bundle: true, sourcemap: !production, minify: production, logLevel: 'warning', target: 'es2022' };

const builds = [
  { ...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs',
    banner: { js: '#!/usr/bin/env node' }, define: { __VERSION__: JSON.stringify(version) } },
];
if (existsSync('src/extension/extension.node.ts')) {
  builds.push({ ...common, entryPoints: ['src/extension/extension.node.ts'], outfile: 'dist/extension.js',
    platform: 'node', format: 'cjs', external: ['vscode'] });
}
// The analysis workers, one per host (see src/extension/worker).
builds.push({ ...common, entryPoints: ['src/extension/worker/worker.node.ts'], outfile: 'dist/analysisWorker.js', platform: 'node', format: 'cjs' });
builds.push({ ...common, entryPoints: ['src/extension/worker/worker.browser.ts'], outfile: 'dist/web/analysisWorker.js', platform: 'browser', format: 'iife', define: { global: 'globalThis' } });
if (existsSync('src/extension/extension.browser.ts')) {
  builds.push({ ...common, entryPoints: ['src/extension/extension.browser.ts'], outfile: 'dist/web/extension.js',
    platform: 'browser', format: 'cjs', external: ['vscode'], define: { global: 'globalThis' } });
}

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
