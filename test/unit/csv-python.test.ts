// CSV read back by a consumer nobody on the project wrote: Python's csv module in strict mode
// (what pandas uses underneath), for plain and Excel CSV of articles with an emoji, CRLF and a
// BOM, combining accents, a line separator, and notes with quotes, commas and line breaks.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { makeTarget, type SidecarData } from '../../src/annotations';
import { analyze } from '../../src/core';
import { buildExport, toCsv } from '../../src/export';

const ARTICLES = [
  'date 2026-08-01\r\n\r\nDer Fährmann 🚢 sagte: „Wir fahren\u2028auch nachts.“ Danach sagte die Wirtin Eva Kern: „Heute nicht.“\r\n',
  'date 2026-08-01\n\nDie Cafe\u0301-Besitzerin Zoe\u0308 Ruiz sagte: „Das Fest war schön, „wirklich“.“ Die Kosten dürften steigen.\n',
];
const NOTE = 'Zeile 1, mit "Anführung"\nZeile 2; =SUMME(A1)';

const READ_BACK = `
import csv, io, json, sys
data = sys.stdin.buffer.read().decode('utf-8-sig')
sep = sys.argv[1]
rows = list(csv.reader(io.StringIO(data, newline=''), delimiter=sep, strict=True))
print(json.dumps(rows))
`;

const python = spawnSync('python3', ['--version']).status === 0;

describe('CSV read back by Python\'s csv module (strict)', function () {
  if (!python) {
    it('needs python3 on the PATH (not found): nothing to compare with', function () { this.skip(); });
    return;
  }
  for (const excel of [false, true]) {
    it(`gives back every cell as written (${excel ? 'Excel' : 'plain'} CSV)`, () => {
      const docs = ARTICLES.map((text, k) => {
        const analysis = analyze(text);
        const q = analysis.quotes[0];
        const sidecar: SidecarData = { version: 1, document: { file: `a${k}.news.txt` }, speakers: [], annotations: [
          { id: q.id, kind: 'quote', status: 'accepted', type: q.type, note: NOTE, target: makeTarget(text, q.start, q.end) },
        ] };
        return buildExport(`a${k}.news.txt`, text, analysis, sidecar, { includeSuggestions: true });
      });
      const csv = toCsv(docs, { excel, safeFormulas: false });
      const r = spawnSync('python3', ['-c', READ_BACK, excel ? ';' : ','], { input: csv, encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      const rows = JSON.parse(r.stdout) as string[][];
      const items = docs.flatMap((d) => d.items.map((i) => ({ file: d.file, i })));
      assert.equal(rows.length, items.length + 1, 'one row per item and the header');
      assert.ok(rows.every((row) => row.length === rows[0].length), 'every row has every column');
      const col = (name: string) => rows[0].indexOf(name);
      items.forEach(({ file, i }, k) => {
        const row = rows[k + 1];
        assert.equal(row[col('file')], file);
        assert.equal(row[col('text')], i.text, 'the text, with its line separator and combining accents');
        assert.equal(row[col('note')], i.note ?? '');
        assert.equal(Number(row[col('start')]), i.start);
      });
    });
  }
});
