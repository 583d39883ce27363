// Test entry for the desktop (Node) extension host: @vscode/test-electron and the server route.
import Mocha from 'mocha';

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 30000, reporter: 'dot' });
  mocha.suite.emit('pre-require', globalThis, 'suite', mocha);
  const { runMocha } = await import('./harness');
  return runMocha(mocha);
}
