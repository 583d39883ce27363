// The workspace's persons file, `zitatlupe.persons.yaml`: the editors' decisions about who is who
// across articles. Merging („W. Putin“ is „Wladimir Putin“) adds an alias; keeping apart („Müller“
// is not one person) lists the name under `distinct`. Read with the same care as a sidecar: every
// problem with its line and column, unknown keys kept, a newer version shown read-only; edits go
// into the parsed document, so comments and order survive.
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

export const PERSONS_FILE = 'zitatlupe.persons.yaml';
export const PERSONS_VERSION = 1;
const MAX_PERSONS_BYTES = 5 * 1024 * 1024;

export interface PersonsEntry {
  name: string;
  aliases: string[];
}

export interface PersonsFile {
  persons: PersonsEntry[];
  /** Names never merged with a full name that ends in them (a surname shared by several people). */
  distinct: string[];
}

export interface PersonsIssue {
  message: string;
  line: number;
  col: number;
  severity: 'error' | 'warning';
}

export interface ParsedPersons {
  data?: PersonsFile;
  issues: PersonsIssue[];
  /** Set for a newer version: used, never written. */
  readOnly?: string;
  doc?: Document;
}

export function parsePersons(source: string): ParsedPersons {
  const lines = new LineCounter();
  const issues: PersonsIssue[] = [];
  const at = (offset: number, message: string, severity: PersonsIssue['severity'] = 'error') => {
    const { line, col } = lines.linePos(offset);
    issues.push({ message, line, col, severity });
  };
  if (source.length > MAX_PERSONS_BYTES) {
    return { issues: [{ message: `The persons file has more than ${MAX_PERSONS_BYTES / 1048576} MB; it is not read.`, line: 1, col: 1, severity: 'error' }] };
  }
  const doc = parseDocument(source, { lineCounter: lines, uniqueKeys: true, prettyErrors: false, strict: true, customTags: [], schema: 'core' });
  for (const e of doc.errors) at(e.pos[0], e.message.split('\n')[0]);
  for (const w of doc.warnings) at(w.pos[0], w.message.split('\n')[0], w.code === 'TAG_RESOLVE_FAILED' ? 'error' : 'warning');
  if (issues.some((i) => i.severity === 'error')) return { issues, doc };
  const offsetOf = (path: (string | number)[]): number => {
    const node = doc.getIn(path, true) as Node | undefined;
    return node?.range?.[0] ?? (path.length ? offsetOf(path.slice(0, -1)) : 0);
  };
  const fail = (path: (string | number)[], message: string) => at(offsetOf(path), message);
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (e) {
    at(0, `The persons file cannot be read: ${(e as Error).message}`);
    return { issues, doc };
  }
  if (typeof raw !== 'object' || Array.isArray(raw) || raw === null) {
    fail([], 'The persons file must be a mapping with version, persons and distinct.');
    return { issues, doc };
  }
  const r = raw as Record<string, unknown>;
  if (r.version !== undefined && (typeof r.version !== 'number' || !Number.isInteger(r.version) || r.version < 1)) {
    fail(['version'], '`version` must be a positive whole number.');
    return { issues, doc };
  }
  const version = (r.version as number | undefined) ?? PERSONS_VERSION;
  const readOnly = version > PERSONS_VERSION ? `This persons file uses version ${version}; this Zitatlupe knows version ${PERSONS_VERSION}. It is used but not changed.` : undefined;
  const persons: PersonsEntry[] = [];
  if (r.persons !== undefined && !Array.isArray(r.persons)) fail(['persons'], '`persons` must be a list.');
  for (const [k, p] of (Array.isArray(r.persons) ? r.persons : []).entries()) {
    const entry = p as Record<string, unknown> | null;
    if (!entry || typeof entry !== 'object' || typeof entry.name !== 'string' || !entry.name.trim()) {
      fail(['persons', k], 'Each person needs a `name`.');
      continue;
    }
    const aliases = entry.aliases ?? [];
    if (!Array.isArray(aliases) || aliases.some((a) => typeof a !== 'string')) {
      fail(['persons', k, 'aliases'], '`aliases` must be a list of names.');
      continue;
    }
    persons.push({ name: entry.name, aliases: aliases as string[] });
  }
  if (r.distinct !== undefined && (!Array.isArray(r.distinct) || r.distinct.some((d) => typeof d !== 'string'))) fail(['distinct'], '`distinct` must be a list of names.');
  const distinct = Array.isArray(r.distinct) ? r.distinct.filter((d): d is string => typeof d === 'string') : [];
  for (const key of Object.keys(r)) if (!['version', 'persons', 'distinct'].includes(key)) fail([key], `Unknown key \`${key}\`: kept, not used.`);
  for (const i of issues) if (i.message.startsWith('Unknown key')) i.severity = 'warning';
  if (issues.some((i) => i.severity === 'error')) return { issues, doc };
  return { data: { persons, distinct }, issues, doc, ...(readOnly ? { readOnly } : {}) };
}

/** The persons file with `alias` merged into `name` (a new entry when `name` has none). */
export function mergePersons(source: string, name: string, alias: string): string {
  const parsed = parsePersons(source);
  if (!parsed.data || parsed.readOnly) throw new Error(parsed.readOnly ?? `The persons file has errors: ${parsed.issues.map((i) => `${i.line}:${i.col} ${i.message}`).join('; ')}`);
  const doc = parsed.doc!;
  if (!source.trim()) doc.contents = doc.createNode({ version: PERSONS_VERSION, persons: [] }) as never;
  if (!doc.has('version')) doc.set('version', PERSONS_VERSION);
  if (!isSeq(doc.get('persons'))) doc.set('persons', doc.createNode([]));
  const seq = doc.get('persons') as import('yaml').YAMLSeq;
  const k = parsed.data.persons.findIndex((p) => p.name === name || p.aliases.includes(name));
  if (k < 0) {
    seq.add(doc.createNode({ name, aliases: [alias] }));
  } else if (!parsed.data.persons[k].aliases.includes(alias) && parsed.data.persons[k].name !== alias) {
    const item = seq.items[k];
    if (isMap(item) && isSeq(item.get('aliases'))) (item.get('aliases') as import('yaml').YAMLSeq).add(alias);
    else if (isMap(item)) item.set('aliases', doc.createNode([alias]));
  }
  // (A merge undoes an earlier „keep apart“ of the same name.)
  const distinct = doc.get('distinct');
  if (isSeq(distinct)) distinct.items = distinct.items.filter((n) => String((n as { value?: unknown }).value ?? n) !== alias);
  return doc.toString();
}

/** The persons file with `name` kept apart: out of every alias list, into `distinct`. */
export function separatePerson(source: string, name: string): string {
  const parsed = parsePersons(source);
  if (!parsed.data || parsed.readOnly) throw new Error(parsed.readOnly ?? `The persons file has errors: ${parsed.issues.map((i) => `${i.line}:${i.col} ${i.message}`).join('; ')}`);
  const doc = parsed.doc!;
  if (!source.trim()) doc.contents = doc.createNode({ version: PERSONS_VERSION }) as never;
  if (!doc.has('version')) doc.set('version', PERSONS_VERSION);
  const seq = doc.get('persons');
  if (isSeq(seq)) {
    for (const item of seq.items) {
      const aliases = isMap(item) ? item.get('aliases') : undefined;
      if (isSeq(aliases)) aliases.items = aliases.items.filter((n) => String((n as { value?: unknown }).value ?? n) !== name);
    }
  }
  if (!isSeq(doc.get('distinct'))) doc.set('distinct', doc.createNode([]));
  const distinct = doc.get('distinct') as import('yaml').YAMLSeq;
  if (!parsed.data.distinct.includes(name)) distinct.add(name);
  return doc.toString();
}
