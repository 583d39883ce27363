import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { allRules } from '../../../src/core';
import { repoRoot } from '../helpers';

describe('the rule registry', () => {
  it('gives every rule and stage its own test file of invented sentences', () => {
    const missing = allRules().filter((r) => !existsSync(join(repoRoot, 'test', 'unit', 'rules', `${r.id}.test.ts`))).map((r) => r.id);
    assert.deepEqual(missing, []);
  });

  it('has unique ids, each under its family, each with a description', () => {
    const rules = allRules();
    assert.equal(new Set(rules.map((r) => r.id)).size, rules.length);
    for (const r of rules) {
      assert.ok(r.id.startsWith(r.family.split('/')[0] + '/'), r.id);
      assert.ok(r.description.length > 10, `${r.id} needs a description`);
    }
  });
});
