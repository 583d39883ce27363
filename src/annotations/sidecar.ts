// The sidecar YAML file: reading (safe: no custom tags, alias limit, size limit, validation with
// line and column), and writing through the `yaml` library's Document API, so that comments and
// key order written by hand survive a save and a diff shows only what changed.
import { CST, Document, isMap, isScalar, isSeq, LineCounter, Pair, parseDocument, Scalar, YAMLMap, YAMLSeq, type Node, type Schema } from 'yaml';
import { HEDGE_KINDS, isHedgeKind, isSpeechType, SPEECH_TYPES } from '../core/kinds';
import { compareAnnotations, SCHEMA_VERSION, STATUSES, type Annotation, type Person, type SidecarData, type SourceRecord, type Target } from './model';

/** Larger sidecars are refused unread: no newsroom article has that many decisions. */
export const MAX_SIDECAR_BYTES = 10 * 1024 * 1024;
const MAX_ALIASES = 100;

export interface SidecarIssue {
  message: string;
  /** 1-based, as editors show them. */
  line: number;
  col: number;
  offset: number;
  severity: 'error' | 'warning';
}

export interface ParsedSidecar {
  data?: SidecarData;
  /** Errors make the sidecar unusable and block writes; warnings do not. */
  issues: SidecarIssue[];
  /** Set for a newer schema version: shown, never written. */
  readOnly?: string;
  /** The parsed document, kept to write changes back into it. */
  doc?: Document;
}


export function parseSidecar(source: string): ParsedSidecar {
  const issues: SidecarIssue[] = [];
  const at = (offset: number, message: string, severity: SidecarIssue['severity'] = 'error') => {
    const { line, col } = lineCounter.linePos(offset);
    issues.push({ message, line, col, offset, severity });
  };
  const lineCounter = new LineCounter();
  if (source.length > MAX_SIDECAR_BYTES) {
    return { issues: [{ message: `The sidecar has ${(source.length / 1048576).toFixed(1)} MB, more than the limit of ${MAX_SIDECAR_BYTES / 1048576} MB; it is not read.`, line: 1, col: 1, offset: 0, severity: 'error' }] };
  }
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true, customTags: [], schema: 'core' });
  for (const e of doc.errors) at(e.pos[0], e.message.split('\n')[0]);
  // Unknown tags (!!js/function, !custom) are refused, not resolved.
  for (const w of doc.warnings) at(w.pos[0], w.message.split('\n')[0], w.code === 'TAG_RESOLVE_FAILED' ? 'error' : 'warning');
  if (issues.some((i) => i.severity === 'error')) return { issues, doc };
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    at(0, `The sidecar cannot be read: ${(e as Error).message}`);
    return { issues, doc };
  }
  const nodeAt = (path: (string | number)[]): number => {
    const node = doc.getIn(path, true) as Node | undefined;
    return node?.range?.[0] ?? (path.length ? nodeAt(path.slice(0, -1)) : 0);
  };
  const fail = (path: (string | number)[], message: string) => at(nodeAt(path), message);
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    fail([], 'The sidecar must be a mapping with version, document, speakers and annotations.');
    return { issues, doc };
  }
  const r = raw as Record<string, unknown>;
  if (typeof r.version !== 'number' || !Number.isInteger(r.version) || r.version < 1) {
    fail(['version'], '`version` must be a positive whole number.');
    return { issues, doc };
  }
  const readOnly = r.version > SCHEMA_VERSION
    ? `This sidecar uses schema version ${r.version}; this Zitatlupe knows version ${SCHEMA_VERSION}. It is shown read-only, so nothing written by a newer version is lost.`
    : undefined;
  const document = r.document as Record<string, unknown> | undefined;
  if (!document || typeof document !== 'object' || typeof document.file !== 'string') fail(['document'], '`document.file` must name the article file.');
  const speakers: Person[] = [];
  if (r.speakers !== undefined && !Array.isArray(r.speakers)) fail(['speakers'], '`speakers` must be a list.');
  const personIds = new Set<string>();
  (Array.isArray(r.speakers) ? r.speakers : []).forEach((p: unknown, i) => {
    const o = p as Record<string, unknown>;
    if (!o || typeof o !== 'object' || typeof o.id !== 'string' || typeof o.name !== 'string') return fail(['speakers', i], 'A speaker needs `id` and `name` (text).');
    if (personIds.has(o.id)) return fail(['speakers', i, 'id'], `Duplicate speaker id ${o.id}.`);
    personIds.add(o.id);
    if (o.aliases !== undefined && (!Array.isArray(o.aliases) || o.aliases.some((x) => typeof x !== 'string'))) return fail(['speakers', i, 'aliases'], '`aliases` must be a list of names.');
    speakers.push({ id: o.id, name: o.name, ...(typeof o.role === 'string' ? { role: o.role } : {}), aliases: (o.aliases as string[] | undefined) ?? [] });
  });
  const annotations: Annotation[] = [];
  if (r.annotations !== undefined && !Array.isArray(r.annotations)) fail(['annotations'], '`annotations` must be a list.');
  const ids = new Set<string>();
  (Array.isArray(r.annotations) ? r.annotations : []).forEach((x: unknown, i) => {
    const path = ['annotations', i];
    const o = x as Record<string, unknown>;
    if (!o || typeof o !== 'object' || Array.isArray(o)) return fail(path, 'An annotation must be a mapping.');
    if (typeof o.id !== 'string' || !o.id) return fail([...path, 'id'], 'An annotation needs an `id` (text).');
    if (ids.has(o.id)) return fail([...path, 'id'], `Duplicate annotation id ${o.id}: ids must be unique.`);
    ids.add(o.id);
    if (typeof o.kind !== 'string' || !o.kind) return fail([...path, 'kind'], '`kind` must be text (quote, hedge, speaker, note or a label from the settings).');
    // The design sketch lists `orphaned` as a status; it is read as the orphaned flag with the decision kept as suggested.
    const status = o.status === 'orphaned' ? 'suggested' : o.status;
    if (!STATUSES.includes(status as never)) return fail([...path, 'status'], `\`status\` must be one of ${STATUSES.join(', ')}.`);
    if (o.type !== undefined && !isSpeechType(o.type)) return fail([...path, 'type'], `\`type\` must be one of ${SPEECH_TYPES.join(', ')}.`);
    if (o.hedgeKind !== undefined && !isHedgeKind(o.hedgeKind)) return fail([...path, 'hedgeKind'], `\`hedgeKind\` must be one of ${HEDGE_KINDS.join(', ')}.`);
    for (const key of ['speaker', 'cue', 'note', 'author', 'created', 'modified'] as const) {
      if (o[key] !== undefined && typeof o[key] !== 'string') return fail([...path, key], `\`${key}\` must be text.`);
    }
    const t = o.target as Record<string, unknown> | undefined;
    if (!t || typeof t !== 'object') return fail([...path, 'target'], 'An annotation needs a `target` with start, end and exact.');
    const int = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;
    if (!int(t.start) || !int(t.end) || (t.end as number) < (t.start as number)) return fail([...path, 'target'], '`target.start` and `target.end` must be whole numbers with start ≤ end.');
    if (typeof t.exact !== 'string') return fail([...path, 'target'], '`target.exact` must be the annotated text.');
    const target: Target = { start: t.start as number, end: t.end as number, exact: t.exact, prefix: typeof t.prefix === 'string' ? t.prefix : '', suffix: typeof t.suffix === 'string' ? t.suffix : '' };
    annotations.push({
      id: o.id, kind: o.kind, status: status as Annotation['status'],
      ...(o.type ? { type: o.type as Annotation['type'] } : {}),
      ...(o.speaker ? { speaker: o.speaker as string } : {}),
      ...(o.cue ? { cue: o.cue as string } : {}),
      ...(o.hedgeKind ? { hedgeKind: o.hedgeKind as Annotation['hedgeKind'] } : {}),
      ...(o.note ? { note: o.note as string } : {}),
      ...(o.author ? { author: o.author as string } : {}),
      ...(o.created ? { created: o.created as string } : {}),
      ...(o.modified ? { modified: o.modified as string } : {}),
      ...(o.orphaned === true || o.status === 'orphaned' ? { orphaned: true } : {}),
      target,
    });
  });
  const sources = readSources(r.sources, fail);
  if (issues.some((i) => i.severity === 'error')) return { issues, doc };
  const data: SidecarData = {
    version: r.version,
    document: { file: (document!.file as string), ...(typeof document!.sha256 === 'string' ? { sha256: document!.sha256 } : {}), ...(typeof document!.date === 'string' ? { date: document!.date } : {}) },
    speakers, annotations, ...(sources ? { sources } : {}),
  };
  // Remember what each annotation node held as read, and the text it came from, so that a save
  // passes unchanged entries through untouched (see render()).
  const seq = doc.get('annotations', true);
  if (isSeq(seq)) {
    sourceOf.set(doc, source);
    seq.items.forEach((item, i) => {
      if (!isMap(item) || !annotations[i]) return;
      const key = JSON.stringify(annotations[i]);
      written.set(item, key);
      asRead.set(item, key);
    });
  }
  return { data, issues, doc, ...(readOnly ? { readOnly } : {}) };
}

/** The `sources:` list the source check records; undefined when the sidecar has none. */
function readSources(raw: unknown, fail: (path: (string | number)[], message: string) => void): SourceRecord[] | undefined {
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw)) { fail(['sources'], '`sources` must be a list.'); return undefined; }
  const out: SourceRecord[] = [];
  raw.forEach((x: unknown, i) => {
    const o = x as Record<string, unknown> | null;
    if (!o || typeof o !== 'object' || typeof o.path !== 'string' || !o.path) return fail(['sources', i], 'A source needs a `path` (text, relative to the article).');
    if (typeof o.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(o.sha256)) return fail(['sources', i, 'sha256'], '`sha256` must be 64 lower-case hex digits.');
    if (o.checked !== undefined && typeof o.checked !== 'string') return fail(['sources', i, 'checked'], '`checked` must be text (a date and time).');
    out.push({ path: o.path, sha256: o.sha256, ...(typeof o.checked === 'string' ? { checked: o.checked } : {}) });
  });
  return out;
}

// ---- writing ----

const ANNOTATION_KEYS = ['id', 'kind', 'status', 'type', 'speaker', 'cue', 'hedgeKind', 'note', 'author', 'created', 'modified', 'orphaned', 'target'] as const;
const TARGET_KEYS = ['start', 'end', 'exact', 'prefix', 'suffix'] as const;

function plainAnnotation(a: Annotation): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of ANNOTATION_KEYS) if (a[k] !== undefined && a[k] !== false) out[k] = a[k];
  return out;
}

function plainPerson(p: Person): Record<string, unknown> {
  return { id: p.id, name: p.name, ...(p.role ? { role: p.role } : {}), aliases: p.aliases };
}

/**
 * Serialises the data. With the previously read document, changes are written into it, so hand
 * comments, key order and formatting of untouched entries stay as they were.
 */
export function serializeSidecar(data: SidecarData, previous?: Document): string {
  // The previous document is updated in place: it then describes what was written, for the next save.
  const doc = previous ?? new Document({});
  if (!previous) doc.commentBefore = ' Zitatlupe sidecar: the editors\' decisions about the article beside it. Hand edits are fine; see schemas/sidecar.schema.json.';
  if (!isMap(doc.contents)) doc.contents = doc.createNode({}) as never;
  setIfChanged(doc, doc.contents as YAMLMap, 'version', data.version);
  const root = doc.contents as YAMLMap;
  let docNode: unknown = root.get('document', true);
  if (!isMap(docNode)) { docNode = doc.createNode({}); root.set('document', docNode); }
  const docMap = docNode as YAMLMap;
  for (const k of ['file', 'sha256', 'date'] as const) {
    if (data.document[k] !== undefined) setIfChanged(doc, docMap, k, data.document[k]);
    else docMap.delete(k);
  }
  writeList(doc, 'speakers', data.speakers, (p) => p.id, plainPerson, updatePerson);
  // (Only a sidecar with recorded sources gets the key: the others stay byte for byte as they were.)
  if (data.sources?.length) setIfChanged(doc, root, 'sources', data.sources.map((x) => ({ path: x.path, sha256: x.sha256, ...(x.checked ? { checked: x.checked } : {}) })));
  else root.delete('sources');
  const sorted = [...data.annotations].sort(compareAnnotations);
  const fresh = !previous && sorted.length >= SPLICE_FROM ? renderNew(doc, sorted) : undefined;
  if (fresh !== undefined) return fresh;
  writeList(doc, 'annotations', sorted, (a) => a.id, (a) => {
    const node = annotationNode(a);
    const key = JSON.stringify(a);
    written.set(node, key);
    const text = newItemText(a, doc.schema);
    if (text !== undefined) rendered.set(node, { key, text });
    return node;
  }, updateAnnotation);
  return render(doc);
}

/**
 * A new file's long annotation list, printed without building its nodes (nobody keeps this
 * document): what `render()` prints for the same list.
 */
function renderNew(doc: Document, sorted: readonly Annotation[]): string | undefined {
  (doc.contents as YAMLMap).set('annotations', new YAMLSeq());
  const head = doc.toString(OUTPUT);
  if (!head.endsWith('annotations: []\n')) return undefined;
  const body = sorted.map((a) => newItemText(a, doc.schema) ?? itemText(annotationNode(a)));
  return head.slice(0, -'[]\n'.length).trimEnd() + '\n' + body.join('');
}

const OUTPUT = { lineWidth: 0 } as const;
/** Below this many annotations the whole document is rendered at once. */
const SPLICE_FROM = 200;
/** Each list item's rendered text, valid while its written content (see `written`) is the same. */
const rendered = new WeakMap<YAMLMap, { key: string; text: string }>();
/** The text a document was parsed from; node ranges point into it. */
const sourceOf = new WeakMap<Document, string>();
/** What each annotation node held when read from the file. */
const asRead = new WeakMap<YAMLMap, string>();

/**
 * Renders the document. For long annotation lists, each item is rendered by the `yaml` library on
 * its own and its text reused while the item does not change, so saving one decision among
 * thousands re-renders one item, not all. The result is the same text as a whole-document render
 * (a unit test holds both paths to that).
 */
export function render(doc: Document, whole = false): string {
  const root = doc.contents;
  const last = isMap(root) ? root.items[root.items.length - 1] : undefined;
  // The key is a Scalar when read from a file and a plain string when this writer added the list.
  const key = last && (isScalar(last.key) ? last.key.value : last.key);
  const seq = key === 'annotations' ? last!.value : undefined;
  if (whole || !isSeq(seq) || seq.items.length < SPLICE_FROM || seq.comment || doc.comment || seq.items.some((i) => !isMap(i))) return doc.toString(OUTPUT);
  const items = seq.items as YAMLMap[];
  seq.items = [];
  let head: string;
  try {
    head = doc.toString(OUTPUT);
  } finally {
    seq.items = items;
  }
  if (!head.endsWith('annotations: []\n')) return doc.toString(OUTPUT);
  const source = sourceOf.get(doc);
  const body = items.map((item, i) => {
    const key = written.get(item);
    const cached = rendered.get(item);
    if (key !== undefined && cached?.key === key) return cached.text;
    // Unchanged since it was read: its own lines from the file, hand formatting and comments included.
    // (Not the first item: comments above it may belong to the list itself.)
    const original = i > 0 && source !== undefined && key !== undefined && asRead.get(item) === key ? sourceLines(source, item, items[i + 1]) : undefined;
    if (original !== undefined) {
      rendered.set(item, { key: key!, text: original });
      return original;
    }
    const text = itemText(item);
    if (key !== undefined) rendered.set(item, { key, text });
    return text;
  });
  return head.slice(0, -'[]\n'.length).trimEnd() + '\n' + body.join('');
}

/** The node of a new annotation, built directly (what `createNode` builds, without its generic reflection). */
function annotationNode(a: Annotation): YAMLMap {
  const node = new YAMLMap();
  for (const [k, v] of Object.entries(plainAnnotation(a))) {
    if (k !== 'target') {
      const value = new Scalar(v);
      quoteWhereUnsafe(value, false);
      node.items.push(new Pair(new Scalar(k), value));
      continue;
    }
    const target = new YAMLMap();
    target.flow = true;
    for (const t of TARGET_KEYS) target.items.push(new Pair(new Scalar(t), new Scalar(a.target[t])));
    quoteLineBreaks(target);
    node.items.push(new Pair(new Scalar(k), target));
  }
  return node;
}

/**
 * The list item text of a new annotation, as `render()` would have the library print it: the
 * library's generic printer costs about 40 µs per annotation, too slow for saving ten thousand at
 * once. Every string still goes through the library's own scalar printer (`CST.createScalarToken`);
 * only the fixed layout of keys is written here. Undefined for values where the layout could differ
 * (line breaks, control characters, a plain text the schema would read as another type): those
 * items are printed by the library. A property test holds this to the library's output.
 */
export function newItemText(a: Annotation, schema: Schema): string | undefined {
  const lines: string[] = [];
  for (const [k, v] of Object.entries(plainAnnotation(a))) {
    if (k === 'target') continue;
    const text = typeof v === 'string' ? scalarText(v, false, schema) : v === true ? 'true' : undefined;
    if (text === undefined) return undefined;
    lines.push(`${lines.length ? '    ' : '  - '}${k}: ${text}`);
  }
  const t = a.target;
  if (!Number.isSafeInteger(t.start) || !Number.isSafeInteger(t.end)) return undefined;
  const exact = scalarText(t.exact, true, schema);
  const prefix = scalarText(t.prefix, true, schema);
  const suffix = scalarText(t.suffix, true, schema);
  if (exact === undefined || prefix === undefined || suffix === undefined) return undefined;
  lines.push(`${lines.length ? '    ' : '  - '}target: { start: ${t.start}, end: ${t.end}, exact: ${exact}, prefix: ${prefix}, suffix: ${suffix} }`);
  return lines.join('\n') + '\n';
}

/** Short values (kinds, states, authors) repeat on every entry: their printed form is kept. */
const shortScalars = new Map<string, string | undefined>();

function scalarText(value: string, inFlow: boolean, schema: Schema): string | undefined {
  const short = value.length <= 24 && schema.name === 'core' ? (inFlow ? '{' : ':') + value : undefined;
  if (short !== undefined && shortScalars.has(short)) return shortScalars.get(short);
  let text: string | undefined;
  // Line breaks and control characters change the layout (folded or escaped lines).
  if (/[\x00-\x1f\x7f-\x9f\u2028\u2029\u{D800}-\u{DFFF}]/u.test(value)) text = undefined;
  else if (value === '') text = '""';
  else {
    text = CST.createScalarToken(value, { inFlow, indent: 4 }).source;
    // The library quotes plain text that would read back as a number, boolean or null.
    if (text === value && readsAsOtherType(value, schema)) text = undefined;
  }
  if (short !== undefined) {
    if (shortScalars.size >= 5000) shortScalars.clear();
    shortScalars.set(short, text);
  }
  return text;
}

function readsAsOtherType(plain: string, schema: Schema): boolean {
  const other = (tag: { default?: unknown; tag: string; test?: RegExp }) => Boolean(tag.default) && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(plain) === true;
  return schema.tags.some((t) => other(t as never)) || (schema.compat ?? []).some((t) => other(t as never));
}

/** One list item as the library prints it inside the document's `annotations` list. */
function itemText(item: YAMLMap): string {
  const one = new Document(new YAMLSeq());
  (one.contents as YAMLSeq).items = [item];
  return one.toString(OUTPUT).split('\n').map((line) => (line ? '  ' + line : line)).join('\n');
}

function setIfChanged(doc: Document, map: YAMLMap, key: string, value: unknown): void {
  const current = map.get(key, true) as Node | undefined;
  if (isScalar(current) && current.value === value) return;
  const plain = current && 'toJSON' in current ? (current as { toJSON(): unknown }).toJSON() : map.get(key);
  if (current !== undefined && JSON.stringify(plain) === JSON.stringify(value)) return;
  const node = doc.createNode(value) as Node;
  if (isScalar(node)) quoteWhereUnsafe(node, false);
  // Keep a comment written on the old value.
  if (current && 'comment' in current) (node as { comment?: string | null }).comment = (current as { comment?: string | null }).comment;
  map.set(key, node);
}

function writeList<T>(
  doc: Document, key: string, items: readonly T[], idOf: (x: T) => string,
  create: (x: T) => Node | Record<string, unknown>, update: (doc: Document, node: YAMLMap, x: T) => void,
): void {
  const root = doc.contents as YAMLMap;
  let found: unknown = root.get(key, true);
  if (!isSeq(found)) { found = new YAMLSeq(); root.set(key, found); }
  const seq = found as YAMLSeq;
  const existing = new Map<string, YAMLMap>();
  for (const item of seq.items) {
    if (isMap(item)) {
      const id = item.get('id');
      if (typeof id === 'string') existing.set(id, item);
    }
  }
  seq.items = items.map((x) => {
    const node = existing.get(idOf(x));
    if (!node) {
      const created = create(x);
      return (isMap(created) ? created : doc.createNode(created)) as never;
    }
    update(doc, node, x);
    return node as never;
  });
}

function updatePerson(doc: Document, node: YAMLMap, p: Person): void {
  const plain = plainPerson(p);
  for (const [k, v] of Object.entries(plain)) setIfChanged(doc, node, k, v);
  if (!p.role) node.delete('role');
}

/** What each annotation node held when last read or written, to skip unchanged ones quickly. */
const written = new WeakMap<YAMLMap, string>();

function updateAnnotation(doc: Document, node: YAMLMap, a: Annotation): void {
  const key = JSON.stringify(a);
  if (written.get(node) === key) return;
  written.set(node, key);
  const plain = plainAnnotation(a);
  for (const k of ANNOTATION_KEYS) {
    if (k === 'target') continue;
    if (plain[k] === undefined) node.delete(k);
    else setIfChanged(doc, node, k, plain[k]);
  }
  const t: unknown = node.get('target', true);
  if (!isMap(t)) {
    const created = doc.createNode(a.target) as YAMLMap;
    created.flow = true;
    quoteLineBreaks(created);
    node.set('target', created);
    return;
  }
  for (const k of TARGET_KEYS) setIfChanged(doc, t, k, a.target[k]);
  quoteLineBreaks(t);
}

function quoteLineBreaks(target: YAMLMap): void {
  for (const pair of target.items) if (isScalar(pair.value)) quoteWhereUnsafe(pair.value, true);
}

/**
 * Two kinds of text the yaml library (2.9) prints in a form that does not read back the same,
 * written double-quoted instead: line breaks inside a flow map (a plain „?\n…“ or „-\n…“ there
 * is read as a key or a list), and whitespace-only lines as a block (a literal „ \n“ reads as „\n“).
 */
function quoteWhereUnsafe(scalar: Scalar, inFlow: boolean): void {
  const v = scalar.value;
  if (typeof v === 'string' && v.includes('\n') && (inFlow || v.trim() === '')) scalar.type = Scalar.QUOTE_DOUBLE;
}

/**
 * The file lines of a list item: from its comment lines and its „  - “ line up to the next item.
 * Only for items in the layout this writer uses (two-space indented dashes) and not the last one
 * (whose end is not marked by a sibling); otherwise undefined and the item is rendered.
 */
function sourceLines(source: string, item: YAMLMap, next: unknown): string | undefined {
  if (!isMap(next) || !item.range || !next.range) return undefined;
  const start = blockStart(source, item.range[0]);
  const end = blockStart(source, next.range[0]);
  if (start === undefined || end === undefined || end <= start) return undefined;
  return source.slice(start, end);
}

/** Start of the lines that belong to the item at `at`: its „  - “ line and the comment or blank lines right above. */
function blockStart(source: string, at: number): number | undefined {
  let line = source.lastIndexOf('\n', at - 1) + 1;
  if (!source.startsWith('  - ', line) || line + 4 !== at) return undefined;
  for (;;) {
    if (line === 0) break;
    const prev = source.lastIndexOf('\n', line - 2) + 1;
    const text = source.slice(prev, line - 1);
    if (!/^\s*(#.*)?$/.test(text)) break;
    line = prev;
  }
  return line;
}

/** Where the sidecar of an article lives: beside it, or in a folder named by the setting. */
export function sidecarPathFor(articlePath: string, folder?: string): string {
  const slash = articlePath.lastIndexOf('/');
  const dir = articlePath.slice(0, slash + 1);
  const name = articlePath.slice(slash + 1);
  if (!folder) return `${dir}${name}.annotations.yaml`;
  const base = folder.startsWith('/') ? folder.replace(/\/?$/, '/') : `${dir}${folder.replace(/\/?$/, '/')}`;
  return `${base}${name}.annotations.yaml`;
}
