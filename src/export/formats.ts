// Every export format in one registry: the exporter, the file extension, the unit its offsets
// count in and a label. The CLI and the editor both read it, so a new format is one entry here,
// and an unknown format is an error, never a fall-through to another format.
import { BRAT_CONF, toBrat } from './brat';
import { toCsv } from './csv';
import { toJson } from './json';
import { toMarkdown } from './markdown';
import type { ExportDoc } from './model';
import { toW3c } from './w3c';

export interface OutputFile {
  name: string;
  content: string;
}

export interface FormatOptions {
  /** CSV for Excel: semicolons and a byte order mark. */
  excel?: boolean;
  /** CSV: defuse cells that start like a formula (default: as `excel`). */
  safeFormulas?: boolean;
  /** The article's absolute IRI (W3C `target.source`): its file: URI, or one under a base IRI. */
  source?: string;
}

export interface ExportFormat {
  id: string;
  /** English; the editor shows its translation (l10n). */
  label: string;
  /** The file extension of one article's export (without the dot). */
  extension: string;
  /** What the offsets in the output count: UTF-16 units (JavaScript), code points, or none. */
  offsets: 'utf16' | 'code points' | 'none';
  /** The files of one article; `stem` is the article's file name without `.txt`. */
  files(doc: ExportDoc, stem: string, options?: FormatOptions): OutputFile[];
  /** Whether many articles go into one file (CSV) rather than a file each. */
  oneFileForMany?: (docs: ExportDoc[], options?: FormatOptions) => string;
  /** Files a folder of this format needs once (brat's annotation.conf). */
  folderFiles?: OutputFile[];
}

const jsonLd = (doc: ExportDoc, options?: FormatOptions) => JSON.stringify(toW3c(doc, options?.source), null, 2) + '\n';

const REGISTRY = [
  { id: 'json', label: 'JSON — the native model with decisions', extension: 'json', offsets: 'utf16', files: (d, stem) => [{ name: `${stem}.json`, content: toJson(d) }] },
  {
    id: 'csv', label: 'CSV — one row per quote or hedge (spreadsheets)', extension: 'csv', offsets: 'utf16',
    files: (d, stem, o) => [{ name: `${stem}.csv`, content: toCsv([d], { excel: o?.excel, safeFormulas: o?.safeFormulas }) }],
    oneFileForMany: (docs, o) => toCsv(docs, { excel: o?.excel, safeFormulas: o?.safeFormulas }),
  },
  { id: 'w3c', label: 'W3C Web Annotation (JSON-LD)', extension: 'jsonld', offsets: 'code points', files: (d, stem, o) => [{ name: `${stem}.jsonld`, content: jsonLd(d, o) }] },
  {
    id: 'brat', label: 'brat standoff (.txt + .ann, for brat and INCEpTION)', extension: 'ann', offsets: 'code points',
    files: (d, stem) => { const b = toBrat(d); return [{ name: `${stem}.txt`, content: b.txt }, { name: `${stem}.ann`, content: b.ann }]; },
    folderFiles: [{ name: 'annotation.conf', content: BRAT_CONF }],
  },
  { id: 'md', label: 'Markdown report for the newsroom', extension: 'md', offsets: 'none', files: (d, stem) => [{ name: `${stem}.md`, content: toMarkdown(d) }] },
] as const satisfies readonly ExportFormat[];

export type Format = (typeof REGISTRY)[number]['id'];
export const FORMATS: readonly Format[] = REGISTRY.map((f) => f.id);

export class UnknownFormatError extends Error {}

/** The format of that name; an unknown name is an error that lists the known ones. */
export function exportFormat(id: string): ExportFormat {
  const f = REGISTRY.find((x) => x.id === id);
  if (!f) throw new UnknownFormatError(`unknown export format "${id}" (known: ${FORMATS.join(', ')})`);
  return f;
}

/** Every format's label: the strings the editor translates. */
export function formatLabels(): string[] {
  return REGISTRY.map((f) => f.label);
}
