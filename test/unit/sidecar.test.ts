import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emptySidecar, makeTarget, mergeSidecars, parseSidecar, serializeSidecar, sha256Hex, sidecarPathFor, type Annotation, type SidecarData } from '../../src/annotations';
import { writeFileAtomic } from '../../src/annotations/files';
import { newItemText } from '../../src/annotations/sidecar';
import fc from 'fast-check';
import { Document } from 'yaml';
import { HEDGE_KINDS, SPEECH_TYPES, STATUSES } from '../../src/core/kinds';
import { BRAT_CONF } from '../../src/export';
import { repoRoot } from './helpers';

const ARTICLE = 'date 2026-01-01\n\n„Wir bauen“, sagte die Ministerin Eva Roth. Die Kosten dürften steigen.\n';
const quote = (id: string, start: number, end: number, extra: Partial<Annotation> = {}): Annotation => ({
  id, kind: 'quote', status: 'accepted', type: 'direct', target: makeTarget(ARTICLE, start, end), ...extra,
});
const sample = (): SidecarData => ({
  ...emptySidecar('artikel.news.txt'),
  speakers: [{ id: 'eva-roth', name: 'Eva Roth', role: 'Ministerin', aliases: ['Roth'] }],
  annotations: [
    quote('q-2', ARTICLE.indexOf('dürften'), ARTICLE.indexOf('dürften') + 7, { kind: 'hedge', hedgeKind: 'modal', type: undefined }),
    quote('q-1', 17, 28, { speaker: 'eva-roth', cue: 'sagte' }),
  ],
});

describe('sidecar YAML', () => {
  it('round-trips its data, ordered by position, deterministically', () => {
    const text = serializeSidecar(sample());
    const parsed = parseSidecar(text);
    assert.deepEqual(parsed.issues, []);
    assert.deepEqual(parsed.data!.annotations.map((a) => a.id), ['q-1', 'q-2']);
    assert.deepEqual(parsed.data!.annotations[0], sample().annotations[1]);
    assert.equal(serializeSidecar(parsed.data!, parsed.doc), text, 'saving unchanged data changes nothing');
    assert.match(text, /target: \{ start: 17, end: 28, exact: „Wir bauen“, prefix:/);
  });

  it('keeps hand-written comments and key order, and changes only what changed', () => {
    const original = serializeSidecar(sample())
      .replace('annotations:', '# Redaktion: bitte vor Freigabe prüfen\nannotations:')
      .replace('status: accepted\n    type: direct', 'status: accepted # geprüft von AB\n    type: direct');
    const parsed = parseSidecar(original);
    const data = parsed.data!;
    data.annotations = data.annotations.map((a) => (a.id === 'q-2' ? { ...a, status: 'rejected' } : a));
    const saved = serializeSidecar(data, parsed.doc);
    assert.match(saved, /# Redaktion: bitte vor Freigabe prüfen/);
    assert.match(saved, /# geprüft von AB/);
    const changed = saved.split('\n').filter((line, i) => line !== original.split('\n')[i]);
    assert.deepEqual(changed, ['    status: rejected']);
  });

  it('reports malformed YAML with line and column and gives no data', () => {
    const r = parseSidecar('version: 1\ndocument: { file: a.txt\nannotations: []\n');
    assert.equal(r.data, undefined);
    assert.ok(r.issues.length > 0);
    assert.ok(r.issues[0].line >= 2, `line ${r.issues[0].line}`);
  });

  it('refuses alias bombs, custom tags and oversized files', () => {
    const bomb = ['version: 1', 'document: {file: a.txt}', 'a: &a ["x","x","x","x","x","x","x","x","x"]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]', 'e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]', 'annotations: []'].join('\n');
    const r = parseSidecar(bomb);
    assert.equal(r.data, undefined);
    assert.match(r.issues[0].message, /alias/i);
    const tagged = parseSidecar('version: 1\ndocument: {file: a.txt}\nannotations:\n  - !!js/function "x"\n');
    assert.equal(tagged.data, undefined);
    assert.equal(tagged.issues[0].line, 4);
    const huge = parseSidecar('version: 1\n' + '#'.repeat(50 * 1024 * 1024));
    assert.equal(huge.data, undefined);
    assert.match(huge.issues[0].message, /50\.0 MB/);
  });

  it('points at wrong types and duplicate ids', () => {
    const text = serializeSidecar(sample());
    const wrong = parseSidecar(text.replace('start: 72', 'start: sechzig'));
    assert.equal(wrong.data, undefined);
    assert.match(wrong.issues[0].message, /target.start/);
    assert.equal(wrong.issues[0].line, text.split('\n').findIndex((l) => l.includes('start: 72')) + 1);
    const dup = parseSidecar(text.replace('id: q-2', 'id: q-1'));
    assert.match(dup.issues[0].message, /Duplicate annotation id q-1/);
    const status = parseSidecar(text.replace('status: accepted', 'status: maybe'));
    assert.match(status.issues[0].message, /status/);
  });

  it('reads a newer schema version read-only and an unknown status as an error', () => {
    const newer = parseSidecar(serializeSidecar(sample()).replace('version: 1', 'version: 2'));
    assert.ok(newer.data);
    assert.match(newer.readOnly!, /version 2/);
    const none = parseSidecar('document: {file: a}\n');
    assert.match(none.issues[0].message, /version/);
  });

  it('accepts the design sketch\'s `status: orphaned` as the orphaned flag', () => {
    const r = parseSidecar(serializeSidecar(sample()).replace('status: rejected', 'status: orphaned').replace(/status: accepted(\n    type: direct\n    speaker)/, 'status: orphaned$1'));
    const a = r.data!.annotations.find((x) => x.id === 'q-1')!;
    assert.equal(a.orphaned, true);
    assert.equal(a.status, 'suggested');
  });

  it('writes atomically and leaves no temporary file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zitatlupe-atomic-'));
    const path = join(dir, 'a.news.txt.annotations.yaml');
    writeFileSync(path, 'old');
    writeFileAtomic(path, 'new content');
    assert.equal(readFileSync(path, 'utf8'), 'new content');
    assert.deepEqual(readdirSync(dir), ['a.news.txt.annotations.yaml']);
    assert.throws(() => writeFileAtomic(join(dir, 'missing', 'x.yaml'), 'x'));
    assert.deepEqual(readdirSync(dir), ['a.news.txt.annotations.yaml']);
  });

  it('names the sidecar beside the article or in a folder', () => {
    assert.equal(sidecarPathFor('/w/texte/a.news.txt'), '/w/texte/a.news.txt.annotations.yaml');
    assert.equal(sidecarPathFor('/w/texte/a.news.txt', '.zitatlupe'), '/w/texte/.zitatlupe/a.news.txt.annotations.yaml');
    assert.equal(sidecarPathFor('/w/texte/a.news.txt', '/data/ann'), '/data/ann/a.news.txt.annotations.yaml');
  });

  it('merges by id and reports true conflicts', () => {
    const base = sample();
    const mine = { ...base, annotations: base.annotations.map((a) => (a.id === 'q-1' ? { ...a, note: 'meine Notiz' } : a)) };
    const theirs = { ...base, annotations: [...base.annotations.map((a) => (a.id === 'q-2' ? { ...a, status: 'rejected' as const } : a)), quote('q-3', 30, 35)] };
    const clean = mergeSidecars(base, mine, theirs);
    assert.deepEqual(clean.conflicts, []);
    assert.deepEqual(clean.merged.annotations.map((a) => [a.id, a.status, a.note ?? '']).sort(), [['q-1', 'accepted', 'meine Notiz'], ['q-2', 'rejected', ''], ['q-3', 'accepted', '']]);
    const both = { ...base, annotations: base.annotations.map((a) => (a.id === 'q-1' ? { ...a, note: 'ihre Notiz' } : a)) };
    const conflict = mergeSidecars(base, mine, both);
    assert.deepEqual(conflict.conflicts.map((c) => c.id), ['q-1']);
    assert.equal(conflict.merged.annotations.length, 3, 'both versions kept until the user decides');
  });

  it('hashes the article with SHA-256', async () => {
    assert.equal(await sha256Hex('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('sidecar JSON Schema', () => {
  it('describes every field the writer emits', () => {
    const schema = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'schemas', 'sidecar.schema.json'), 'utf8'));
    const parsed = parseSidecar(serializeSidecar({ ...sample(), annotations: [...sample().annotations, { ...sample().annotations[0], id: 'q-9', orphaned: true, note: 'n', author: 'a', created: 'c', modified: 'm' }] }));
    const annotationProps = Object.keys(schema.properties.annotations.items.properties);
    for (const a of parsed.data!.annotations) for (const k of Object.keys(a)) assert.ok(annotationProps.includes(k), `schema lacks ${k}`);
    assert.deepEqual(Object.keys(schema.properties.annotations.items.properties.target.properties), ['start', 'end', 'exact', 'prefix', 'suffix']);
  });
});

describe('sidecar sources (the source check)', () => {
  const HASH = 'a'.repeat(64);
  it('round-trips recorded sources and describes them in the schema', () => {
    const data = { ...sample(), sources: [{ path: 'quellen/pressekonferenz.vtt', sha256: HASH, checked: '2026-12-03T08:00:00Z' }] };
    const text = serializeSidecar(data);
    assert.deepEqual(parseSidecar(text).data?.sources, data.sources);
    const schema = JSON.parse(readFileSync(join(repoRoot, 'schemas', 'sidecar.schema.json'), 'utf8'));
    assert.deepEqual(Object.keys(schema.properties.sources.items.properties), ['path', 'sha256', 'checked']);
  });

  it('writes no sources key for a sidecar without sources, and keeps a hand comment on them', () => {
    assert.doesNotMatch(serializeSidecar(sample()), /sources/);
    const withComment = serializeSidecar({ ...sample(), sources: [{ path: 'rede.txt', sha256: HASH }] }).replace('sources:', 'sources: # checked by the desk');
    const parsed = parseSidecar(withComment);
    const again = serializeSidecar({ ...parsed.data!, annotations: parsed.data!.annotations.slice(1) }, parsed.doc);
    assert.match(again, /# checked by the desk\n  - path: rede.txt/);
  });

  it('reports a bad source entry with its line and column, and reads nothing wrong', () => {
    const text = serializeSidecar(sample()) + 'sources:\n  - path: rede.txt\n    sha256: 1234\n';
    const parsed = parseSidecar(text);
    assert.equal(parsed.data, undefined);
    const issue = parsed.issues.find((i) => /sha256/.test(i.message))!;
    assert.equal(issue.line, text.split('\n').findIndex((l) => l.includes('sha256: 1234')) + 1);
    assert.equal(issue.col, 13);
  });
});

describe('sidecar rendering of long lists', () => {
  it('renders item by item exactly as the whole document, comments and notes included', async () => {
    const { render } = await import('../../src/annotations/sidecar');
    const big: SidecarData = { ...sample(), annotations: Array.from({ length: 400 }, (_, i) => ({
      id: `a-${i}`, kind: i % 2 ? 'quote' : 'note', status: i % 3 ? 'accepted' as const : 'rejected' as const,
      ...(i % 7 === 0 ? { note: `Zeile eins\nZeile zwei: „${i}“ # kein Kommentar` } : {}),
      target: makeTarget(ARTICLE.repeat(20), i * 3, i * 3 + 10),
    })) };
    const first = serializeSidecar(big);
    const withComments = first.replace('  - id: a-10\n', '  # geprüft\n  - id: a-10\n').replace('kind: note\n    status: rejected', 'kind: note # Hand\n    status: rejected');
    const parsed = parseSidecar(withComments);
    assert.ok(parsed.data, JSON.stringify(parsed.issues));
    const changed = { ...parsed.data!, annotations: parsed.data!.annotations.map((a) => (a.id === 'a-5' ? { ...a, status: 'rejected' as const } : a)) };
    const fast = serializeSidecar(changed, parsed.doc);
    assert.equal(fast, render(parsed.doc!, true), 'spliced = whole render');
    assert.match(fast, /  # geprüft\n  - id: a-10\n/);
    // A second save reuses the rendered items and still matches.
    const again = serializeSidecar({ ...changed, annotations: changed.annotations.map((a) => (a.id === 'a-6' ? { ...a, note: 'neu' } : a)) }, parsed.doc);
    assert.equal(again, render(parsed.doc!, true));
    assert.deepEqual(parseSidecar(again).data!.annotations.find((a) => a.id === 'a-6')!.note, 'neu');
  });
});

describe('saving a long sidecar that was read from a file', () => {
  it('passes unchanged entries through as written, comments anywhere included, and re-renders changed ones', () => {
    const big: SidecarData = { ...sample(), annotations: Array.from({ length: 300 }, (_, i) => ({
      id: `a-${String(i).padStart(3, '0')}`, kind: 'note', status: 'accepted' as const, note: `n${i}`, target: makeTarget(ARTICLE.repeat(20), i * 3, i * 3 + 10),
    })) };
    const text = serializeSidecar(big)
      .replace('  - id: a-100\n', '# Spalte null\n\n  # eingerückt\n  - id: a-100\n')
      .replace('    note: n150\n', '    note: n150 # Hand\n');
    const parsed = parseSidecar(text);
    assert.ok(parsed.data, JSON.stringify(parsed.issues));
    const changed = { ...parsed.data!, annotations: parsed.data!.annotations.map((a) => (a.id === 'a-200' ? { ...a, status: 'rejected' as const } : a)) };
    const saved = serializeSidecar(changed, parsed.doc);
    const before = text.split('\n'), after = saved.split('\n');
    assert.equal(after.length, before.length);
    assert.deepEqual(after.filter((l, i) => l !== before[i]), ['    status: rejected']);
    const reread = parseSidecar(saved);
    assert.equal(reread.data!.annotations.find((a) => a.id === 'a-200')!.status, 'rejected');
    assert.equal(reread.data!.annotations.length, 300);
  });
});

describe('saving many new annotations at once', () => {
  // Text pieces that push the yaml printer into every style it has: plain, double- and
  // single-quoted, flow-context quoting, look-alikes of numbers, booleans, null and document markers.
  const oneLine = fc.stringOf(fc.constantFrom('a', 'Ä', 'ß', ' ', ',', ':', '#', '-', '?', '"', "'", '„', '“', '»', '{', '}', '[', ']', '%', '.', '0', '7', '\\', '|', '>', '&', '*', '!', '@', '`', '\u00a0', '😀'), { maxLength: 12 });
  const piece = fc.oneof(
    { weight: 6, arbitrary: oneLine },
    { weight: 1, arbitrary: fc.stringOf(fc.constantFrom('a', ' ', '?', '-', ':', '\n', '\t', '\u2028', '\u0007'), { maxLength: 8 }) },
    { weight: 2, arbitrary: fc.constantFrom('', 'null', 'Null', '~', 'true', 'FALSE', '12', '-3', '1.5e3', '0x1F', '0o17', '.inf', '.NaN', '---', '... weiter', '- Punkt', ': x', 'x:', ' x', 'x ', '# x', 'x #y', '%YAML', 'a: b', 'sagte er, „nein“', '?\n\nDie Frage') },
  );
  const annotation = fc.record({
    kind: fc.oneof(fc.constantFrom('quote', 'hedge', 'note'), piece.filter((s) => s.trim() !== '')),
    status: fc.constantFrom('suggested' as const, 'accepted' as const, 'rejected' as const),
    // An empty note or author is read as none.
    note: fc.option(piece.filter((s) => s !== ''), { nil: undefined }),
    author: fc.option(piece.filter((s) => s !== ''), { nil: undefined }),
    orphaned: fc.option(fc.constant(true), { nil: undefined }),
    start: fc.nat(100_000), length: fc.nat(50), exact: piece, prefix: piece, suffix: piece,
  });
  const toAnnotations = (random: (typeof annotation extends fc.Arbitrary<infer T> ? T : never)[]): Annotation[] =>
    random.map((r, i) => ({
      id: `r-${i}`, kind: r.kind, status: r.status, note: r.note, author: r.author, orphaned: r.orphaned,
      target: { start: r.start, end: r.start + r.length, exact: r.exact, prefix: r.prefix, suffix: r.suffix },
    }));

  it('prints each new entry exactly as the yaml library does, and it reads back the same', () => {
    let fastPathItems = 0;
    fc.assert(fc.property(fc.array(annotation, { minLength: 1, maxLength: 12 }), (random) => {
      const annotations = toAnnotations(random);
      // A short list is printed whole by the library: the reference for each entry.
      const text = serializeSidecar({ ...emptySidecar('a.news.txt'), annotations });
      const items = text.slice(text.indexOf('\nannotations:\n') + '\nannotations:\n'.length).split(/(?=^  - id: r-)/m);
      const byId = new Map(items.map((item) => [/^  - id: (r-\d+)/.exec(item)![1], item]));
      const schema = new Document({}).schema;
      for (const a of annotations) {
        const fast = newItemText(a, schema);
        if (fast === undefined) continue;
        fastPathItems++;
        assert.equal(fast, byId.get(a.id));
      }
      const back = parseSidecar(text);
      assert.ok(back.data, JSON.stringify(back.issues));
      const read = new Map(back.data!.annotations.map((a) => [a.id, a]));
      for (const a of annotations) assert.deepEqual(read.get(a.id), JSON.parse(JSON.stringify(a)));
    }), { numRuns: 400 });
    assert.ok(fastPathItems > 500, `the fast path was taken (${fastPathItems} items)`);
  });

  it('a long new list printed item by item equals the whole document printed by the library', async () => {
    const { render } = await import('../../src/annotations/sidecar');
    const [random] = fc.sample(fc.array(annotation, { minLength: 300, maxLength: 300 }), { numRuns: 1, seed: 7 });
    const doc = new Document({});
    const text = serializeSidecar({ ...emptySidecar('a.news.txt'), annotations: toAnnotations(random) }, doc);
    assert.equal(text, render(doc, true));
    assert.ok(parseSidecar(text).data);
    // Without a document to update, the list is printed straight from the data: the same entries.
    const fresh = serializeSidecar({ ...emptySidecar('a.news.txt'), annotations: toAnnotations(random) });
    assert.ok(fresh.startsWith('# Zitatlupe sidecar'));
    assert.equal(fresh.slice(fresh.indexOf('\nversion:')), '\n' + text);
  });
});

describe('the sidecar schema and the kinds', () => {
  it('lists exactly the speech types, hedge kinds and states of core/kinds.ts', () => {
    const schema = JSON.parse(readFileSync(join(repoRoot, 'schemas', 'sidecar.schema.json'), 'utf8'));
    const item = schema.properties.annotations.items.properties;
    assert.deepEqual(item.type.enum, [...SPEECH_TYPES]);
    assert.deepEqual(item.hedgeKind.enum, [...HEDGE_KINDS]);
    // (`orphaned` was a state once; it is read as the orphaned flag.)
    assert.deepEqual(item.status.enum, [...STATUSES, 'orphaned']);
  });

  it('derives brat\'s attribute values from the same kinds', () => {
    for (const [name, values] of [['Type', SPEECH_TYPES], ['HedgeKind', HEDGE_KINDS], ['Status', STATUSES]] as const) {
      assert.ok(BRAT_CONF.includes(`${name}\t`) && BRAT_CONF.split('\n').find((l) => l.startsWith(`${name}\t`))!.endsWith(`Value:${values.join('|')}`), name);
    }
  });
});
