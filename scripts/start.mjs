// npm start [-- DIR] [--locale de|en] [--port N] [--host H] [--profile DIR] [--no-serve]
// Builds and packages Zitatlupe, shows what it finds in the articles, installs the package into a
// VS Code server and serves that VS Code on DIR, a real folder on disk: decisions, edits, sidecars
// and exports persist across reloads and restarts. Without DIR: a sample workspace, created once
// and never wiped. Open the printed address in a browser; Ctrl+C stops the server.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { installExtension, installGermanSwitch, startVSCodeServer } from './lib/vscodeServer.mjs';
import { packageExtension } from './lib/vsix.mjs';
import { root } from './lib/workbench.mjs';

const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    locale: { type: 'string' }, port: { type: 'string', default: process.env.PORT ?? '3000' },
    host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' }, 'no-serve': { type: 'boolean', default: false },
    profile: { type: 'string', default: join(root, '.vscode-test', 'start-profile') },
  },
});
const fail = (message) => { console.error(`npm start: ${message}`); process.exit(2); };
if (positionals.length > 1) fail(`one folder at a time (got ${positionals.join(', ')})`);
if (opts.locale && !/^(de|en)(-[a-z]{2})?$/i.test(opts.locale)) fail(`--locale takes de or en (got ${opts.locale})`);

const SAMPLE_WORKSPACE = join(root, 'sample-workspace');
const folder = positionals[0] ? resolve(positionals[0]) : sampleWorkspace();
if (!existsSync(folder) || !statSync(folder).isDirectory()) fail(`${folder} is not a folder`);

/** The project's sample articles in a folder of their own; made once, then left as the user leaves it. */
function sampleWorkspace() {
  if (existsSync(SAMPLE_WORKSPACE)) return SAMPLE_WORKSPACE;
  mkdirSync(SAMPLE_WORKSPACE, { recursive: true });
  copyFileSync(join(root, 'media', 'sample', 'beispiel.news.txt'), join(SAMPLE_WORKSPACE, 'beispiel.news.txt'));
  // The licensed sample stays outside the repository; it is copied into the ignored sample workspace only.
  const shared = resolve(root, process.env.ZITATLUPE_SHARED ?? '../shared', 'samples', 'alaska-summit.txt');
  if (existsSync(shared)) copyFileSync(shared, join(SAMPLE_WORKSPACE, 'alaska-gipfel.news.txt'));
  return SAMPLE_WORKSPACE;
}

console.log('Building and packaging Zitatlupe …');
const vsix = packageExtension();
const cli = join(root, 'dist', 'cli.js');
const articles = readdirSync(folder).filter((f) => /\.(news\.)?txt$/.test(f));
// A few articles: every quote; a newsroom folder: the statistics.
if (articles.length && articles.length <= 3) execFileSync(process.execPath, [cli, 'analyze', '--pretty', ...articles.map((f) => join(folder, f))], { stdio: 'inherit' });
else execFileSync(process.execPath, [cli, 'stats', folder], { stdio: 'inherit' });
if (opts['no-serve']) process.exit(0);

// The served VS Code keeps its settings and state here between runs; delete the folder to start afresh.
const profile = resolve(opts.profile);
console.log('\nInstalling the package into the VS Code server …');
installExtension(profile, vsix);
installGermanSwitch(profile);
const server = await startVSCodeServer({ dataDir: profile, port: Number(opts.port), host: opts.host, locale: opts.locale, folder })
  .catch((e) => fail(`${e.message}\n(Is port ${opts.port} taken? npm start -- --port 3001)`));
const language = opts.locale ? (opts.locale.startsWith('de') ? 'Deutsch (--locale de)' : 'English (--locale en)') : 'the browser\'s language (npm start -- --locale de for German)';
console.log(`
VS Code with Zitatlupe:  ${server.url}?folder=${encodeURI(folder)}
Articles:                ${folder}
                         Decisions are saved beside each article as <article>.annotations.yaml.
Language:                ${language}
VS Code profile:         ${profile}
Open the address in a browser (Chromium or Chrome work best). Ctrl+C stops the server.`);
const stop = () => { server.stop(); process.exit(0); };
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.child.once('exit', (code) => { console.error(`The VS Code server stopped (code ${code}).`); process.exit(1); });
