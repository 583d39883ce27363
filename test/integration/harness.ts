// Shared by both test entries: registers the suites with mocha, runs them, and prints one sentinel
// line with the counts. The outer runner fails when that line is missing or reports no tests,
// so a run that silently ran nothing can never pass.
import './suite/editor.test';
import './suite/annotations.test';
import './suite/export.test';
import './suite/across.test';

export const SENTINEL = 'ZITATLUPE_INTEGRATION';

/** Set at bundle time from ZITATLUPE_TEST_GREP, to run a subset while developing. */
declare const __TEST_GREP__: string;

export function runMocha(mocha: Mocha): Promise<void> {
  if (__TEST_GREP__) mocha.grep(__TEST_GREP__);
  return new Promise((resolve, reject) => {
    let passed = 0, failed = 0, skipped = 0;
    const runner = mocha.run(() => {
      console.log(`${SENTINEL} passed=${passed} failed=${failed} skipped=${skipped}`);
      if (failed) reject(new Error(`${failed} integration tests failed`)); else resolve();
    });
    runner.on('pass', (t) => { passed++; console.log(`  ✓ ${t.fullTitle()}`); });
    runner.on('pending', (t) => { skipped++; console.log(`  - ${t.fullTitle()} (skipped: not possible in this route)`); });
    runner.on('fail', (t, err) => {
      failed++;
      // The message first: errors from the workbench carry stacks without it.
      console.log(`  ✗ ${t.fullTitle()}\n    ${err?.name ?? 'Error'}: ${err?.message ?? err}\n    ${String(err?.stack ?? '').split('\n').slice(1, 6).join('\n    ')}`);
    });
  });
}
