// `zitatlupe import`: a brat .ann or a W3C Web Annotation file back into an article's sidecar,
// through the same path as every other write: parsed, merged by id, validated, written atomically.
import { basename } from 'node:path';
import { MAX_SIDECAR_BYTES, parseSidecar, planImport, serializeSidecar, type ImportMode } from '../annotations';
import { FileError, readSidecarFor, readTextFile, writeFileAtomic } from '../annotations/files';
import { fromBrat, fromW3c, type ImportResult } from '../export';
import { readText } from './tasks';

export interface ImportOptions { article: string; mode: ImportMode; dryRun: boolean; sidecarFolder?: string }

/** Reads the import file by its kind: .ann is brat, .json/.jsonld is W3C. */
function readImport(file: string, article: string, text: string): ImportResult {
  const source = readTextFile(file, MAX_SIDECAR_BYTES * 4, file);
  if (/\.ann$/i.test(file)) return fromBrat(basename(article), text, source);
  if (/\.json(ld)?$/i.test(file)) {
    let json: unknown;
    try { json = JSON.parse(source); } catch (e) { throw new FileError(`${file}: not JSON: ${(e as Error).message}`); }
    return fromW3c(basename(article), text, json);
  }
  throw new FileError(`${file}: import reads brat (.ann) or W3C Web Annotation (.json, .jsonld)`);
}

/** Prints what the import does (or would do); 0 when all was imported, 1 when something was reported and left out. */
export function importAnnotations(file: string, opts: ImportOptions, out: (s: string) => void, err: (s: string) => void): number {
  const text = readText(opts.article);
  const imported = readImport(file, opts.article, text);
  for (const p of imported.problems) err(`${file}: ${p}\n`);
  const { path, parsed, source } = readSidecarFor(opts.article, opts.sidecarFolder);
  if (parsed) {
    for (const i of parsed.issues) err(`${path}:${i.line}:${i.col}: ${i.severity}: ${i.message}\n`);
    if (parsed.issues.some((i) => i.severity === 'error') || !parsed.data) throw new FileError(`${path} has errors; fix them first: nothing imported`);
    if (parsed.readOnly && !opts.dryRun) throw new FileError(`${path}: not written: ${parsed.readOnly}`);
  }
  const plan = planImport(parsed?.data, imported.data, opts.mode);
  const next = serializeSidecar(plan.data, parsed?.doc);
  // (What is written must read back without an error, or it is not written at all.)
  const check = parseSidecar(next);
  const bad = check.issues.find((i) => i.severity === 'error');
  if (bad || !check.data) throw new FileError(`the imported sidecar would be invalid (${bad?.line}:${bad?.col}: ${bad?.message}): nothing written`);
  const orphans = plan.data.annotations.filter((a) => a.orphaned && imported.data.annotations.some((b) => b.id === a.id)).length;
  const verb = opts.dryRun ? 'would import' : 'imported';
  out(`${opts.article}: ${verb} ${plan.added.length} new, ${plan.replaced.length} changed, ${plan.unchanged.length} unchanged${plan.removed.length ? `, ${plan.removed.length} removed (--replace)` : ''}${orphans ? `; ${orphans} not found in the article (kept as orphans)` : ''}\n`);
  if (opts.dryRun) {
    for (const id of plan.added) out(`  + ${id}\n`);
    for (const id of plan.replaced) out(`  ~ ${id}\n`);
    for (const id of plan.removed) out(`  - ${id}\n`);
  } else if (next !== source) {
    writeFileAtomic(path, next);
    out(`  wrote ${path}\n`);
  }
  return imported.problems.length ? 1 : 0;
}
