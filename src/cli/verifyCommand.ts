// `zitatlupe verify ARTICLE --source FILE`: every direct quote of the article against its source,
// with a verdict; exit 1 when a quote has words changed or is not found, so a newsroom can run it in CI.
import { Analyzer, SourceIndex, type DiffOp, type SourceMatch } from '../core';
import { MAX_SIDECAR_BYTES } from '../annotations';
import { readTextFile } from '../annotations/files';
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

export function verify(article: string, source: string, asJson: boolean, out: (s: string) => void): number {
  const text = readText(article);
  // (A transcript may be long; it is read with the sidecar's size limit times ten.)
  const index = new SourceIndex(readTextFile(source, MAX_SIDECAR_BYTES * 10, source));
  const quotes = new Analyzer().analyze(text).quotes.filter((q) => q.type === 'direct');
  const results = quotes.map((q) => ({ id: q.id, text: q.text, start: q.start, end: q.end, speaker: q.speaker?.name ?? q.speaker?.text ?? null, ...index.check(q.text) }));
  if (asJson) {
    out(JSON.stringify({ article, source, quotes: results }, null, 2) + '\n');
  } else {
    for (const r of results) {
      out(`${LABEL[r.verdict].padEnd(30)} ${r.text}${r.line ? `  (${source}:${r.line})` : ''}\n`);
      if (r.verdict === 'shortened' || r.verdict === 'words-changed') out(`${''.padEnd(31)}${diffText(r.diff)}\n`);
    }
    const by = (v: SourceMatch['verdict']) => results.filter((r) => r.verdict === v).length;
    out(`${results.length} direct quotes: ${by('exact')} exact, ${by('exact-except-punctuation')} except punctuation/case, ${by('shortened')} shortened, ${by('words-changed')} words changed, ${by('not-found')} not found\n`);
  }
  return results.some((r) => r.verdict === 'words-changed' || r.verdict === 'not-found') ? 1 : 0;
}
