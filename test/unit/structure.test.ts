import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';
import { repoRoot } from './helpers';

/** Every TypeScript file under a folder of the repository. */
function sources(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith('.ts')) out.push(p);
    }
  };
  walk(join(repoRoot, dir));
  return out;
}

/** Functions, methods and arrow functions longer than `max` lines, as file:line name (lines). */
function longFunctions(files: string[], max: number): string[] {
  const out: string[] = [];
  for (const file of files) {
    const src = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const visit = (n: ts.Node) => {
      if (ts.isFunctionLike(n) && 'body' in n && n.body) {
        const a = src.getLineAndCharacterOfPosition(n.getStart()).line, b = src.getLineAndCharacterOfPosition(n.getEnd()).line;
        const name = (n as ts.FunctionLikeDeclaration).name?.getText(src) ?? '(anonymous)';
        if (b - a + 1 > max) out.push(`${relative(repoRoot, file)}:${a + 1} ${name} (${b - a + 1} lines)`);
      }
      ts.forEachChild(n, visit);
    };
    visit(src);
  }
  return out;
}

describe('the shape of the analysis core', () => {
  it('has no function longer than a screen (60 lines)', () => {
    assert.deepEqual(longFunctions([...sources('src/core'), ...sources('src/crossArticle')], 60), []);
  });

  it('keeps the pure layers free of vscode', () => {
    const impure = ['src/core', 'src/annotations', 'src/export', 'src/cli', 'src/crossArticle'].flatMap(sources).filter((f) => /from ['"]vscode['"]/.test(readFileSync(f, 'utf8')));
    assert.deepEqual(impure.map((f) => relative(repoRoot, f)), []);
  });
});
