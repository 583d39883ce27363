// A few assertions that run in both extension hosts (the web worker has no node:assert).
export function ok(value: unknown, message = 'expected a truthy value'): asserts value {
  if (!value) throw new Error(message);
}

export function equal<T>(actual: T, expected: T, message?: string): void {
  if (actual !== expected) throw new Error(`${message ? message + ': ' : ''}expected ${show(expected)}, got ${show(actual)}`);
}

export function deepEqual(actual: unknown, expected: unknown, message?: string): void {
  const a = JSON.stringify(actual), e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${message ? message + ': ' : ''}expected ${e}, got ${a}`);
}

export function match(actual: string, re: RegExp, message?: string): void {
  if (!re.test(actual)) throw new Error(`${message ? message + ': ' : ''}${show(actual)} does not match ${re}`);
}

/** Polls until the check passes: VS Code applies settings and views asynchronously. */
export async function eventually(check: () => unknown | Promise<unknown>, what: string, timeoutMs = 10000): Promise<void> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      if (await check()) return;
    } catch (e) {
      last = e;
    }
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const show = (x: unknown) => (typeof x === 'string' ? JSON.stringify(x) : String(x));
