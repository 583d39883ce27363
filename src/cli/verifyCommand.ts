// `zitatlupe verify ARTICLE [--source FILE…]`: every direct quote of the article against its
// sources, with a verdict; exit 1 when a quote has words changed or is not found, so a newsroom can
// run it in CI. Without --source it checks against the sources recorded in the article's sidecar
// (and says when one changed since); --record writes the sources into the sidecar; --markdown
// prints the report for the desk.
import { dirname, relative, resolve, sep } from 'node:path';
import { Analyzer, bestMatch, SourceIndex, type DiffOp, type SourceMatch } from '../core';
import { FileError, MAX_SIDECAR_BYTES, serializeSidecar, sha256Hex, emptySidecar, type SourceRecord } from '../annotations';
import { readSidecarFor, readTextFile, writeFileAtomic } from '../annotations/files';
import { verificationReport, type CheckedQuote } from '../export';
import { readText } from './tasks';

const LABEL: Record<SourceMatch['verdict'], string> = {
  'exact': 'exact',
  'exact-except-punctuation': 'exact except punctuation/case',
  'shortened': 'shortened',
  'words-changed': 'words changed',
  'not-found': 'not found',
};

/** The diff as text: [-source word-] for one left out or replaced, {+quote word+} for one added or put in. */
export function diffText(diff: DiffOp[]): string {
  return diff.map((d) => (d.op === 'same' ? d.quote : d.op === 'changed' ? `[-${d.source}-]{+${d.quote}+}` : d.op === 'added' ? `{+${d.quote}+}` : `[-${d.source}-]`)).join(' ');
}

export interface VerifyOptions {
  json?: boolean;
  markdown?: boolean;
  /** Record the sources (path, sha256, time) in the article's sidecar. */
  record?: boolean;
  sidecarFolder?: string;
}

export async function verify(article: string, sourcePaths: string[], options: VerifyOptions, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const text = readText(article);
  const sidecar = readSidecarFor(article, options.sidecarFolder);
  if (sidecar.parsed && !sidecar.parsed.data) {
    const i = sidecar.parsed.issues[0];
    throw new FileError(`${sidecar.path}:${i?.line ?? 1}:${i?.col ?? 1}: ${i?.message ?? 'invalid sidecar'}`);
  }
  const recorded = sidecar.parsed?.data?.sources ?? [];
  const folder = dirname(resolve(article));
  const paths = sourcePaths.length ? sourcePaths : recorded.map((s) => resolve(folder, s.path));
  if (!paths.length) throw new FileError(`${article}: no --source given and none recorded in its sidecar (verify --source FILE --record records one)`);
  const sources = await Promise.all(paths.map(async (path) => {
    // (A transcript may be long; it is read with the sidecar's size limit times ten.)
    const raw = readTextFile(path, MAX_SIDECAR_BYTES * 10, path);
    const sha256 = await sha256Hex(raw);
    const rel = relative(folder, resolve(path)).split(sep).join('/');
    const before = recorded.find((s) => s.path === rel);
    const changed = !!before && before.sha256 !== sha256;
    if (changed) err(`zitatlupe: ${path} changed since it was recorded (${before!.checked ?? 'earlier'}); checking against its text now\n`);
    return { path, rel, sha256, changed, index: new SourceIndex(raw) };
  }));
  const quotes = new Analyzer().analyze(text).quotes.filter((q) => q.type === 'direct');
  const results = quotes.map((q) => {
    const { source, match } = bestMatch(sources, q.text);
    return { id: q.id, text: q.text, start: q.start, end: q.end, speaker: q.speaker?.name ?? q.speaker?.text ?? null, source: source.path, ...match };
  });
  if (options.record) record(article, sidecar, sources.map((s) => ({ path: s.rel, sha256: s.sha256, checked: new Date().toISOString() })));
  if (options.json) {
    out(JSON.stringify({ article, sources: sources.map((s) => ({ path: s.path, sha256: s.sha256, changed: s.changed })), quotes: results }, null, 2) + '\n');
  } else if (options.markdown) {
    const checked: CheckedQuote[] = results.map((r) => ({ text: r.text, speaker: r.speaker, verdict: r.verdict, ...(r.line ? { line: r.line } : {}), diff: r.diff, ...(sources.length > 1 ? { source: r.source } : {}) }));
    out(verificationReport(article.split(/[\\/]/).pop()!, sources.map((s) => ({ name: s.rel, sha256: s.sha256, changed: s.changed })), checked) + '\n');
  } else {
    for (const r of results) {
      out(`${LABEL[r.verdict].padEnd(30)} ${r.text}${r.line ? `  (${r.source}:${r.line})` : ''}\n`);
      if (r.verdict === 'shortened' || r.verdict === 'words-changed') out(`${''.padEnd(31)}${diffText(r.diff)}\n`);
    }
    const by = (v: SourceMatch['verdict']) => results.filter((r) => r.verdict === v).length;
    out(`${results.length} direct quotes: ${by('exact')} exact, ${by('exact-except-punctuation')} except punctuation/case, ${by('shortened')} shortened, ${by('words-changed')} words changed, ${by('not-found')} not found\n`);
  }
  return results.some((r) => r.verdict === 'words-changed' || r.verdict === 'not-found') ? 1 : 0;
}

/** Writes the checked sources into the sidecar (replacing earlier records of the same paths). */
function record(article: string, sidecar: ReturnType<typeof readSidecarFor>, sources: SourceRecord[]): void {
  const data = sidecar.parsed?.data ?? emptySidecar(article.split(/[\\/]/).pop()!);
  if (sidecar.parsed?.readOnly) throw new FileError(`${sidecar.path}: ${sidecar.parsed.readOnly}`);
  const kept = (data.sources ?? []).filter((s) => !sources.some((n) => n.path === s.path));
  writeFileAtomic(sidecar.path, serializeSidecar({ ...data, sources: [...kept, ...sources] }, sidecar.parsed?.doc));
}
