// W3C Web Annotation exports checked by the W3C's own tests: the JSON Schemas of the "must"
// assertions (annotation, collection, page; vendored under test/vendor with their licence) run
// with ajv, and JSON-LD expansion with the official context in safe mode (which fails on a
// relative IRI or a key the context does not define). On the fixture articles and on articles with
// emoji, CRLF and a byte order mark, combining accents and U+2028.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import * as jsonld from 'jsonld';
import { makeTarget } from '../../src/annotations';
import { Analyzer } from '../../src/core';
import { buildExport, toW3c } from '../../src/export';
import { repoRoot } from './helpers';

const vendor = join(repoRoot, 'test', 'vendor');
const suite = join(vendor, 'w3c-web-annotation-tests');
const ANNO = JSON.parse(readFileSync(join(vendor, 'w3c-anno-context', 'anno.jsonld'), 'utf8'));

/** Each "must" assertion as a compiled schema with the result it expects. */
function musts(testFile: string): { name: string; expected: boolean; validate: (x: unknown) => boolean }[] {
  const ajv = new Ajv({ strict: false, allErrors: true });
  // (The schemas check formats such as "uri": a relative source must fail them.)
  addFormats(ajv as never);
  const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.json') ? [join(dir, e.name)] : []));
  // (The schemas refer to each other by file name: all of them are registered under that name.)
  for (const f of walk(suite)) {
    const schema = JSON.parse(readFileSync(f, 'utf8'));
    const id = f.split('/').pop()!;
    if (!ajv.getSchema(id)) ajv.addSchema({ ...schema, id }, id);
  }
  const test = JSON.parse(readFileSync(join(suite, testFile), 'utf8')) as { assertions: string[] };
  return test.assertions.map((a) => {
    const schema = JSON.parse(readFileSync(join(suite, a), 'utf8'));
    const validate = ajv.getSchema(a.split('/').pop()!)!;
    return { name: a, expected: schema.expectedResult !== 'invalid', validate: (x) => !!validate(x) };
  });
}

const ARTICLES: Record<string, string> = {
  'emoji.news.txt': 'date 2026-04-04\n\n„Wir feiern 🎉 heute“, sagte die Trainerin Uta Kern 😀. Das dürfte 🎈 reichen.\n',
  'crlf.news.txt': '\uFEFFdate 2026-04-04\r\n\r\n„Wir bleiben hier“, sagte der Bürgermeister Jan Berg.\r\n',
  'accents.news.txt': 'date 2026-04-04\n\n„Cafe\u0301 und Ba\u0308ckerei bleiben“, sagte die Wirtin Le\u0301a Roth.\n',
  'linesep.news.txt': 'date 2026-04-04\n\n„Erst das\u2028dann jenes“, sagte der Sprecher Tom Haas.\n',
};

function w3cExports(): { file: string; w3c: Record<string, unknown> }[] {
  const fixtures = join(repoRoot, 'test', 'fixtures');
  const texts: [string, string][] = [
    ...readdirSync(fixtures).filter((f) => f.endsWith('.txt')).map((f) => [f, readFileSync(join(fixtures, f), 'utf8')] as [string, string]),
    ...Object.entries(ARTICLES),
  ];
  const analyzer = new Analyzer();
  return texts.flatMap(([file, text]) => {
    let analysis;
    try { analysis = analyzer.analyze(text); } catch { return []; }
    // A note with a line break on the first quote, so notes are checked too.
    const q = analysis.quotes[0];
    const sidecar = q ? { version: 1, document: { file }, speakers: [], annotations: [{ id: q.id, kind: 'quote', status: 'accepted' as const, created: '2026-04-04T00:00:00Z', note: 'Zeile eins\nZeile zwei', target: makeTarget(text, q.start, q.end) }] } : undefined;
    const doc = buildExport(file, text, analysis, sidecar, { includeSuggestions: true });
    return [{ file, w3c: toW3c(doc, pathToFileURL(join('/srv/artikel', file)).href) }];
  });
}

describe('W3C Web Annotation export, by the W3C\'s tests', () => {
  const all = w3cExports();

  it('passes every "must" assertion for each annotation, page and collection', () => {
    const annotationMusts = musts('annotations/annotationMusts.test');
    const collectionMusts = musts('collections/collectionMusts.test');
    const pageMusts = musts('collections/pages/pageMusts.test');
    let annotations = 0;
    const failures: string[] = [];
    for (const { file, w3c } of all) {
      const page = (w3c.first as { items: Record<string, unknown>[] });
      // (Each annotation is checked as a document of its own, with the collection's context.)
      for (const item of page.items) {
        annotations++;
        for (const m of annotationMusts) if (m.validate({ '@context': w3c['@context'], ...item }) !== m.expected) failures.push(`${file} ${item.id}: ${m.name}`);
      }
      for (const m of collectionMusts) if (m.validate(w3c) !== m.expected) failures.push(`${file} collection: ${m.name}`);
      for (const m of pageMusts) if (m.validate({ '@context': w3c['@context'], ...page }) !== m.expected) failures.push(`${file} page: ${m.name}`);
    }
    assert.ok(annotations > 40, `${annotations} annotations checked`);
    assert.deepEqual(failures, []);
  });

  it('expands as JSON-LD in safe mode with the official context, losing no key', async () => {
    const documentLoader = async (url: string) => {
      if (url === 'http://www.w3.org/ns/anno.jsonld') return { contextUrl: undefined, documentUrl: url, document: ANNO };
      throw new Error(`no network in tests: ${url}`);
    };
    for (const { file, w3c } of all) {
      const expanded = await jsonld.expand(w3c as jsonld.JsonLdDocument, { documentLoader, safeMode: true } as jsonld.Options.Expand);
      const text = JSON.stringify(expanded);
      assert.match(text, /http:\/\/www\.w3\.org\/ns\/oa#hasSource/, file);
      if (/Zeile eins/.test(JSON.stringify(w3c))) assert.match(text, /Zeile eins\\nZeile zwei/, `${file}: the note survives`);
      if (/speakerId/.test(JSON.stringify(w3c))) assert.match(text, /zitatlupe\.invalid\/vocab#speakerId/, `${file}: the speaker id survives`);
      // As RDF every annotation names its source (a relative reference would be dropped here).
      const quads = await jsonld.toRDF(w3c as jsonld.JsonLdDocument, { documentLoader, safeMode: true, format: 'application/n-quads' } as jsonld.Options.ToRdf) as unknown as string;
      const items = (w3c.first as { items: unknown[] }).items.length;
      assert.equal((quads.match(/<http:\/\/www\.w3\.org\/ns\/oa#hasSource> <file:\/\/\/srv\/artikel\//g) ?? []).length, items, `${file}: oa:hasSource for each of ${items}`);
    }
  });

  it('never splits a surrogate pair in a prefix or suffix', () => {
    for (const { w3c } of all) {
      for (const item of (w3c.first as { items: { target: { selector: { prefix?: string; suffix?: string }[] } }[] }).items) {
        const q = item.target.selector[0];
        for (const s of [q.prefix ?? '', q.suffix ?? '']) assert.doesNotMatch(s, /^[\udc00-\udfff]|[\ud800-\udbff]$/, JSON.stringify(s));
      }
    }
    const text = '😀'.repeat(40) + '„Ja“, sagte er.' + '😀'.repeat(40);
    const t = makeTarget(text, 80, 84);
    assert.ok(!/^[\udc00-\udfff]/.test(t.prefix) && !/[\ud800-\udbff]$/.test(t.suffix));
  });
});
