import * as assert from 'node:assert/strict';
import { makeTarget, type SidecarData } from '../../src/annotations';
import { analyze } from '../../src/core';
import { buildExport, exportFormat, FORMATS, fromBrat, fromW3c, toBrat, toCsv, toJson, toMarkdown, toW3c, BRAT_CONF } from '../../src/export';

// An emoji before the quotes: brat and W3C count code points, JSON and CSV UTF-16 code units.
const TEXT = 'date 2026-04-01\n\nDie Stadt 🏙 plant. „Wir bauen die Brücke“, sagte die Bürgermeisterin Anna Berg. Die Kosten dürften steigen.\n\nBerg sagte, die Pläne seien „wahrscheinlich fertig“.\n';
const analysis = analyze(TEXT);
const quote = analysis.quotes.find((q) => q.text === '„Wir bauen die Brücke“')!;
const hedge = analysis.hedges.find((h) => h.text === 'dürften')!;
const sidecar = (): SidecarData => ({
  version: 1, document: { file: 'a.news.txt' }, speakers: [],
  annotations: [
    { id: quote.id, kind: 'quote', status: 'accepted', type: 'direct', note: 'mit Transkript, "Seite 2"', target: makeTarget(TEXT, quote.start, quote.end) },
    { id: hedge.id, kind: 'hedge', status: 'rejected', target: makeTarget(TEXT, hedge.start, hedge.end) },
    { id: 'n-1', kind: 'note', status: 'accepted', note: 'Zahl prüfen', target: makeTarget(TEXT, TEXT.indexOf('Kosten'), TEXT.indexOf('Kosten') + 6) },
  ],
});

describe('exports', () => {
  it('chooses by status: accepted only by default, suggestions on request, everything without a sidecar', () => {
    const accepted = buildExport('a.news.txt', TEXT, analysis, sidecar());
    assert.deepEqual(accepted.items.map((i) => [i.kind, i.status]), [['quote', 'accepted'], ['note', 'accepted']]);
    const all = buildExport('a.news.txt', TEXT, analysis, sidecar(), { includeSuggestions: true });
    assert.ok(all.items.some((i) => i.status === 'suggested'));
    assert.ok(!all.items.some((i) => i.id === hedge.id), 'rejected never goes out');
    const plain = buildExport('a.news.txt', TEXT, analysis, undefined);
    assert.equal(plain.items.filter((i) => i.kind === 'quote').length, analysis.quotes.length);
    assert.equal(plain.reviewed, false);
  });

  it('writes JSON with UTF-16 offsets and the speaker', () => {
    const json = JSON.parse(toJson(buildExport('a.news.txt', TEXT, analysis, sidecar())));
    assert.equal(json.offsets, 'utf16');
    const q = json.items[0];
    assert.equal(TEXT.slice(q.start, q.end), '„Wir bauen die Brücke“');
    assert.equal(q.speaker.name, 'Anna Berg');
    assert.equal(q.speaker.role, 'Bürgermeisterin');
    assert.equal(q.note, 'mit Transkript, "Seite 2"');
  });

  it('quotes CSV fields by RFC 4180 and has an Excel flavour', () => {
    const doc = buildExport('a.news.txt', TEXT, analysis, sidecar());
    const csv = toCsv([doc]);
    const lines = csv.split('\r\n');
    assert.equal(lines[0], 'file,id,kind,type,status,speaker_name,speaker_role,cue,text,start,end,hedge_kind,in_quote,note,medium');
    // (The note, then an empty medium: the quote was passed on by no one.)
    assert.ok(lines[1].endsWith(',"mit Transkript, ""Seite 2""",'), lines[1]);
    const excel = toCsv([doc], { excel: true });
    assert.ok(excel.startsWith('\uFEFFfile;id;kind;'));
    assert.ok(excel.includes(';"mit Transkript, ""Seite 2""";\r\n'), excel);
  });

  it('defuses formulas in CSV for Excel (and on request), never in plain CSV by default', () => {
    const withNotes = (): SidecarData => ({ ...sidecar(), annotations: [
      ...['=HYPERLINK("http://x")', '+1', '-5 Grad', '@SUMME(A1)', '\tTab', 'Zahl 5'].map((note, k) => ({ id: `n-${k + 10}`, kind: 'note' as const, status: 'accepted' as const, note, target: makeTarget(TEXT, TEXT.indexOf('Kosten'), TEXT.indexOf('Kosten') + 6) })),
    ] });
    const doc = buildExport('a.news.txt', TEXT, analysis, withNotes());
    // (The note is the last column but one: the medium, empty here, comes after it.)
    const notesOf = (csv: string, sep: string) => csv.replace(/^\uFEFF/, '').split('\r\n').slice(1, -1).map((row) => row.slice(0, -1)).map((row) => row.slice(row.lastIndexOf(sep) + 1));
    assert.deepEqual(notesOf(toCsv([doc], { excel: true }), ';'), [`"'=HYPERLINK(""http://x"")"`, "'+1", "'-5 Grad", "'@SUMME(A1)", "'\tTab", 'Zahl 5']);
    assert.deepEqual(notesOf(toCsv([doc], { safeFormulas: true }), ','), [`"'=HYPERLINK(""http://x"")"`, "'+1", "'-5 Grad", "'@SUMME(A1)", "'\tTab", 'Zahl 5']);
    assert.deepEqual(notesOf(toCsv([doc]), ','), ['"=HYPERLINK(""http://x"")"', '+1', '-5 Grad', '@SUMME(A1)', '\tTab', 'Zahl 5']);
    assert.deepEqual(notesOf(toCsv([doc], { excel: true, safeFormulas: false }), ';')[1], '+1');
  });

  it('writes W3C Web Annotation with code point offsets and both selectors', () => {
    const w3c = toW3c(buildExport('a.news.txt', TEXT, analysis, sidecar())) as { '@context': string[]; type: string; first: { items: { target: { selector: { type: string; start?: number; exact?: string }[] }; body: { purpose: string; value: string }[] }[] } };
    assert.equal(w3c['@context'][0], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(w3c.type, 'AnnotationCollection');
    const a = w3c.first.items[0];
    const pos = a.target.selector.find((s) => s.type === 'TextPositionSelector')!;
    assert.equal(pos.start, quote.start - 1, 'the emoji is one code point, two code units');
    assert.equal([...TEXT].slice(pos.start, pos.start + 22).join(''), '„Wir bauen die Brücke“');
    assert.equal(a.target.selector.find((s) => s.type === 'TextQuoteSelector')!.exact, '„Wir bauen die Brücke“');
    assert.deepEqual(a.body.map((b) => b.purpose), ['classifying', 'tagging', 'identifying', 'describing', 'commenting']);
  });

  it('writes brat standoff with relations, attributes and code point offsets', () => {
    const { txt, ann } = toBrat(buildExport('a.news.txt', TEXT, analysis, sidecar()));
    assert.equal(txt, TEXT);
    const lines = ann.trim().split('\n');
    assert.match(lines[0], new RegExp(`^T1\\tQuote ${quote.start - 1} ${quote.end - 1}\\t„Wir bauen die Brücke“$`));
    assert.ok(lines.includes('A1\tType T1 direct'));
    assert.ok(lines.includes('A2\tStatus T1 accepted'));
    assert.ok(lines.some((l) => /^R\d+\tSpeaker Arg1:T1 Arg2:T\d+$/.test(l)));
    assert.ok(lines.some((l) => /^R\d+\tCue Arg1:T1 Arg2:T\d+$/.test(l)));
    assert.match(BRAT_CONF, /\[attributes\]\nType\tArg:Quote, Value:direct\|indirect\|reported\|free_indirect/);
  });

  it('writes a Markdown report per speaker with hedges marked', () => {
    const md = toMarkdown(buildExport('a.news.txt', TEXT, analysis, undefined));
    assert.match(md, /^# a\\\.news\\\.txt \(2026-04-01\)/, 'escaped: no renderer makes a link of it');
    assert.match(md, /## Anna Berg — Bürgermeisterin/);
    assert.match(md, /\*\*wahrscheinlich\*\*/);
    assert.match(md, /## Eingeschränkte Aussagen in der Stimme des Autors\n\n- Die Kosten \*\*dürften\*\* steigen\./);
  });

  it('round-trips brat and W3C: export → import → export gives the same', () => {
    // With suggestions, rejected items are not in the export, so the sidecar here has none.
    const withoutRejections = (): SidecarData => ({ ...sidecar(), annotations: sidecar().annotations.filter((a) => a.status !== 'rejected') });
    for (const [opts, source] of [[{}, sidecar()], [{ includeSuggestions: true }, withoutRejections()]] as const) {
      const first = buildExport('a.news.txt', TEXT, analysis, source, opts);
      const brat = toBrat(first);
      const imported = fromBrat('a.news.txt', brat.txt, brat.ann);
      assert.deepEqual(imported.problems, []);
      assert.equal(toBrat(buildExport('a.news.txt', TEXT, analysis, imported.data, opts)).ann, brat.ann);
      const w3c = toW3c(first);
      const back = fromW3c('a.news.txt', TEXT, JSON.parse(JSON.stringify(w3c)));
      assert.deepEqual(back.problems, []);
      assert.deepEqual(toW3c(buildExport('a.news.txt', TEXT, analysis, back.data, opts)), w3c);
    }
  });
});

describe('a speaker mention in two pieces in exports', () => {
  // „die“ stands in the frame, „Anna Roth“ says who it is: both pieces go out, as a cue's do.
  const TWO_PIECES = 'date 2026-04-01\n\nKritik kam von Anna Roth, die auch angab, dass der Kai zu kurz sei.\n';
  const doc = buildExport('c.news.txt', TWO_PIECES, analyze(TWO_PIECES), undefined);

  it('keeps the pieces in JSON and writes a discontinuous brat entity that imports back', () => {
    assert.deepEqual(JSON.parse(toJson(doc)).items[0].speaker.mention.segments.map((s: { text: string }) => s.text), ['Anna Roth', 'die']);
    const brat = toBrat(doc);
    assert.match(brat.ann, /^T\d+\tSpeaker \d+ \d+;\d+ \d+\tAnna Roth die$/m);
    assert.deepEqual(fromBrat('c.news.txt', brat.txt, brat.ann).problems, []);
  });
});

describe('the medium of a quote in exports', () => {
  // The harbour master speaks; the radio station only passes his words on.
  const MEDIUM_TEXT = 'date 2026-04-01\n\nDer Hafenmeister Jan Ohm erklärte laut dem Sender Radio Nordwelle, der Kai sei zu kurz.\n';
  const doc = buildExport('b.news.txt', MEDIUM_TEXT, analyze(MEDIUM_TEXT), undefined);
  const q = doc.items.find((i) => i.kind === 'quote')!;

  it('keeps speaker and medium apart in JSON, CSV, W3C, brat and the report', () => {
    assert.equal(q.speaker?.name, 'Jan Ohm');
    assert.equal(q.medium?.name, 'Radio Nordwelle');
    assert.equal(JSON.parse(toJson(doc)).items[0].medium.mention.text, 'dem Sender Radio Nordwelle');
    assert.ok(toCsv([doc]).split('\r\n')[1].endsWith(',Radio Nordwelle'));
    const bodies = (toW3c(doc).first as { items: { body: { value: string }[] }[] }).items[0].body.map((b) => b.value);
    assert.ok(bodies.includes('medium:Radio Nordwelle') && bodies.includes('cue:erklärte'), bodies.join(' | '));
    const ann = toBrat(doc).ann;
    assert.match(ann, /^T\d+\tMedium \d+ \d+\tdem Sender Radio Nordwelle$/m);
    assert.match(ann, /^R\d+\tMedium Arg1:T1 Arg2:T\d+$/m);
    assert.match(BRAT_CONF, /^Medium\tArg1:Quote, Arg2:Medium$/m);
    assert.match(toMarkdown(doc), /„erklärte“, über Radio Nordwelle/);
  });

  it('imports brat and W3C without taking the medium for a cue or an annotation of its own', () => {
    const brat = toBrat(doc);
    const fromAnn = fromBrat('b.news.txt', brat.txt, brat.ann);
    assert.deepEqual(fromAnn.problems, []);
    assert.deepEqual(fromAnn.data.annotations.map((a) => [a.kind, a.cue]), [['quote', 'erklärte']]);
    const fromJsonLd = fromW3c('b.news.txt', MEDIUM_TEXT, JSON.parse(JSON.stringify(toW3c(doc))));
    assert.deepEqual(fromJsonLd.problems, []);
    assert.deepEqual(fromJsonLd.data.annotations.map((a) => [a.kind, a.cue]), [['quote', 'erklärte']]);
  });
});

describe('the export format registry', () => {
  it('names an exporter, an extension and an offset unit for every format, and refuses an unknown one', () => {
    const doc = buildExport('a.news.txt', 'date 2026-01-01\n\n„Wir bleiben“, sagte die Lotsin.\n', analyze('date 2026-01-01\n\n„Wir bleiben“, sagte die Lotsin.\n'), undefined, { includeSuggestions: true });
    for (const id of FORMATS) {
      const f = exportFormat(id);
      const files = f.files(doc, 'a.news');
      assert.ok(files.length >= 1 && files.every((x) => x.content.length > 0), id);
      assert.ok(files.some((x) => x.name.endsWith(`.${f.extension}`)), `${id}: a file ends in .${f.extension}`);
      assert.ok(['utf16', 'code points', 'none'].includes(f.offsets));
    }
    assert.throws(() => exportFormat('xlsx'), /unknown export format "xlsx" \(known: json, csv, w3c, brat, md\)/);
  });
});
