import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allRules } from '../../src/core';
import { kindStrings } from '../../src/core/kinds';
import { formatLabels } from '../../src/export';
import { repoRoot } from './helpers';

const read = (p: string) => readFileSync(join(repoRoot, p), 'utf8');

/** Every string literal passed to vscode.l10n.t in the extension sources. */
function l10nStrings(): Set<string> {
  const out = new Set<string>();
  const dir = join(repoRoot, 'src', 'extension');
  for (const f of readdirSync(dir, { recursive: true }).map(String).filter((n) => n.endsWith('.ts'))) {
    for (const m of read(join('src', 'extension', f)).matchAll(/l10n\.t\('((?:[^'\\]|\\.)*)'/g)) out.add(m[1].replace(/\\'/g, "'"));
  }
  return out;
}

describe('localisation', () => {
  it('names every kind in English and German, so that a new kind without its words fails here', () => {
    const de = JSON.parse(read('l10n/bundle.l10n.de.json')) as Record<string, string>;
    const missing = kindStrings().filter((s) => !de[s]);
    assert.deepEqual(missing, []);
  });

  it('has a German translation for every UI string of the extension', () => {
    const de = JSON.parse(read('l10n/bundle.l10n.de.json')) as Record<string, string>;
    // (Kind and format labels and rule descriptions reach l10n.t from tables, not as literals.)
    const strings = new Set([...l10nStrings(), ...kindStrings(), ...formatLabels(), ...allRules().map((r) => r.description)]);
    assert.ok(strings.size > 20, 'the scan found the extension strings');
    const missing = [...strings].filter((s) => !de[s]);
    assert.deepEqual(missing, []);
    const unused = Object.keys(de).filter((k) => !strings.has(k));
    assert.deepEqual(unused, []);
  });

  it('translates every %key% of package.json into English and German', () => {
    const keys = new Set([...read('package.json').matchAll(/"%([\w.]+)%"/g)].map((m) => m[1]));
    const en = JSON.parse(read('package.nls.json'));
    const de = JSON.parse(read('package.nls.de.json'));
    assert.ok(keys.size > 20);
    for (const k of keys) {
      assert.ok(en[k], `package.nls.json lacks ${k}`);
      assert.ok(de[k], `package.nls.de.json lacks ${k}`);
    }
    assert.deepEqual(Object.keys(en).sort(), Object.keys(de).sort());
  });

  it('counts with plural forms: a message with „{0} <nouns>“ has its singular sibling, in both languages', () => {
    const de = JSON.parse(read('l10n/bundle.l10n.de.json')) as Record<string, string>;
    const strings = l10nStrings();
    const nouns = /(\{\d+\} (?:quote|speaker|hedge|annotation|item|article|suggestion|file|person|error))s\b/;
    const plurals = [...strings].filter((s) => nouns.test(s));
    assert.ok(plurals.length >= 5, 'the scan found the counted messages');
    for (const other of plurals) {
      const one = other.replace(nouns, '$1');
      assert.ok(strings.has(one), `„${other}“ has no singular form „${one}“ (it would read „1 …s“)`);
      assert.ok(de[one] && de[other], `both forms of „${one}“ are translated`);
    }
    // The ready-made plural of German nouns the UI counts.
    assert.equal(de['{0} quote'], '{0} Zitat');
    assert.equal(de['{0} hedges'], '{0} Einschränkungen');
  });

  it('keeps the placeholders of each translation', () => {
    const de = JSON.parse(read('l10n/bundle.l10n.de.json')) as Record<string, string>;
    const holes = (s: string) => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort().join();
    for (const [en, tr] of Object.entries(de)) assert.equal(holes(tr), holes(en), en);
  });
});
