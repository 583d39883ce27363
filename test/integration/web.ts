// Test entry for the web extension host (a worker): mocha's browser build, suites bundled in.
import 'mocha/mocha';

export async function run(): Promise<void> {
  mocha.setup({ ui: 'bdd', reporter: undefined, timeout: 30000 });
  const { runMocha } = await import('./harness');
  return runMocha(mocha);
}
