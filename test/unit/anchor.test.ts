import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { anchor, contextMatches, makeTarget, reanchorAll, shiftAnnotations, type Annotation } from '../../src/annotations';

const TEXT = 'Der Rat tagte am Montag. „Wir bauen die Brücke“, sagte die Bürgermeisterin. Die Kosten dürften steigen. Am Ende entscheidet der Rat.';
const at = (needle: string, text = TEXT) => { const s = text.indexOf(needle); return makeTarget(text, s, s + needle.length); };

describe('anchoring', () => {
  it('keeps the position when the text there is unchanged', () => {
    assert.deepEqual(anchor(TEXT, at('dürften')), { how: 'position', start: TEXT.indexOf('dürften'), end: TEXT.indexOf('dürften') + 7 });
  });

  it('finds moved text by exact search, choosing the occurrence whose context fits', () => {
    const t = at('der Rat');
    const edited = 'Neu: Der Rat. ' + TEXT.replace('Am Ende entscheidet der Rat.', 'Am Ende entscheidet der Rat. Und der Rat wartet.');
    const found = anchor(edited, t);
    assert.equal(found.how, 'exact');
    assert.equal(edited.slice(found.start - 20, found.start), TEXT.slice(t.start - 20, t.start));
  });

  it('falls back to a fuzzy match for slightly edited text, else orphans', () => {
    const t = at('„Wir bauen die Brücke“');
    const edited = TEXT.replace('„Wir bauen die Brücke“', '„Wir bauen eine Brücke“');
    const found = anchor(edited, t);
    assert.equal(found.how, 'fuzzy');
    assert.equal(edited.slice(found.start, found.end).startsWith('„Wir bauen'), true);
    assert.equal(anchor('Ganz anderer Text ohne jeden Bezug.', t).how, 'orphaned');
  });

  it('reports what moved and what was orphaned, and drops nothing', () => {
    const anns: Annotation[] = [
      { id: 'a', kind: 'hedge', status: 'accepted', target: at('dürften') },
      { id: 'b', kind: 'quote', status: 'suggested', target: at('Am Ende entscheidet der Rat.') },
    ];
    const edited = 'Vorspann. ' + TEXT.replace('Am Ende entscheidet der Rat.', '');
    const { annotations, report } = reanchorAll(edited, anns);
    assert.equal(annotations.length, 2);
    assert.deepEqual(report.moved.map((m) => m.id), ['a']);
    assert.deepEqual(report.orphaned, ['b']);
    assert.equal(annotations[1].orphaned, true);
    assert.equal(annotations[1].target.exact, 'Am Ende entscheidet der Rat.', 'an orphan keeps its last target');
    assert.equal(edited.slice(annotations[0].target.start, annotations[0].target.end), 'dürften');
  });

  it('shifts targets live with edits before, inside and around them', () => {
    const anns: Annotation[] = [{ id: 'a', kind: 'quote', status: 'accepted', target: at('„Wir bauen die Brücke“') }];
    const s = anns[0].target.start;
    const insertBefore = 'XX' + TEXT;
    const moved = shiftAnnotations(anns, { start: 0, end: 0, text: 'XX' }, insertBefore)[0];
    assert.equal(insertBefore.slice(moved.target.start, moved.target.end), '„Wir bauen die Brücke“');
    const inside = TEXT.slice(0, s + 5) + 'ZZ' + TEXT.slice(s + 5);
    const grown = shiftAnnotations(anns, { start: s + 5, end: s + 5, text: 'ZZ' }, inside)[0];
    assert.equal(grown.target.exact, '„Wir ZZbauen die Brücke“');
    const deleted = TEXT.slice(0, s - 1) + TEXT.slice(s + 30);
    const gone = shiftAnnotations(anns, { start: s - 1, end: s + 30, text: '' }, deleted)[0];
    assert.equal(gone.orphaned, true);
    assert.equal(gone.target.exact, '„Wir bauen die Brücke“');
  });
});

// Random edit sequences on a real-style article: every annotation either resolves to text equal
// to its `exact` or is orphaned, and none is ever lost.
describe('anchoring property', () => {
  const ARTICLE = [
    'date 2026-02-02', '',
    'Der Stadtrat hat am Dienstag über die neue Brücke beraten. „Wir bauen die Brücke noch in diesem Jahr“, sagte die Bürgermeisterin Anna Berg.',
    '', 'Die Kosten dürften nach ersten Schätzungen bei 20 Millionen Euro liegen. Laut Kämmerer Jan Ohl ist die Finanzierung gesichert.',
    '', 'Die Opposition kritisierte den Zeitplan. Er sei zu knapp, sagte Fraktionschef Tim Roth. Die Anwohner sollen früh informiert worden sein.',
  ].join('\n');
  const words = ['Brücke', 'Rat', ' und ', '„Ja“', ', sagte er.', 'Kosten', '\n\n', 'Millionen', 'x'];
  type Edit = { kind: 'insert' | 'delete' | 'move' | 'rewrite'; a: number; b: number; w: number };
  const edit = fc.record({ kind: fc.constantFrom('insert', 'delete', 'move', 'rewrite') as fc.Arbitrary<Edit['kind']>, a: fc.nat(), b: fc.nat(), w: fc.nat() });

  function apply(text: string, e: Edit): { text: string; change: { start: number; end: number; text: string } } {
    const n = text.length || 1;
    const p = e.a % n, q = Math.min(text.length, p + (e.b % 60));
    if (e.kind === 'insert') return { text: text.slice(0, p) + words[e.w % words.length] + text.slice(p), change: { start: p, end: p, text: words[e.w % words.length] } };
    if (e.kind === 'delete') return { text: text.slice(0, p) + text.slice(q), change: { start: p, end: q, text: '' } };
    if (e.kind === 'rewrite') {
      // Rewrite a whole paragraph.
      const ps = text.lastIndexOf('\n\n', p) + 1, pe = text.indexOf('\n\n', p) < 0 ? text.length : text.indexOf('\n\n', p);
      const replacement = 'Ein ganz neuer Absatz, sagte jemand.';
      return { text: text.slice(0, ps) + replacement + text.slice(pe), change: { start: ps, end: pe, text: replacement } };
    }
    // Move: cut [p,q) and paste it at the start — as two changes would; here as one replace of the span [0,q).
    const cut = text.slice(p, q);
    const next = cut + text.slice(0, p) + text.slice(q);
    return { text: next, change: { start: 0, end: q, text: cut + text.slice(0, p) } };
  }

  const spans = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 40 })), { minLength: 1, maxLength: 12 });

  it('live shifting: targets equal their text or are orphaned, none lost', () => {
    let runs = 0;
    fc.assert(fc.property(spans, fc.array(edit, { maxLength: 25 }), (picks, edits) => {
      runs++;
      let text = ARTICLE;
      let anns: Annotation[] = picks.map(([s, len], i) => {
        const start = s % (text.length - 1);
        return { id: `a${i}`, kind: 'quote', status: 'accepted', target: makeTarget(text, start, Math.min(text.length, start + len)) };
      });
      for (const e of edits) {
        const r = apply(text, e);
        anns = shiftAnnotations(anns, r.change, r.text);
        text = r.text;
        if (anns.length !== picks.length) return false;
        for (const a of anns) if (!a.orphaned && text.slice(a.target.start, a.target.end) !== a.target.exact) return false;
        // (The context moves along too, also where only the offsets were shifted.)
        for (const a of anns) if (!a.orphaned && JSON.stringify(makeTarget(text, a.target.start, a.target.end)) !== JSON.stringify(a.target)) return false;
      }
      return true;
    }), { numRuns: 3000 });
    assert.equal(runs >= 3000, true);
  });

  it('re-anchoring never moves a decision onto different words (tracked true positions, 2,000 rounds)', () => {
    // Each annotation's true place is tracked through the edits by position alone. Then, after
    // re-anchoring: an untouched one must be exactly there; an edited one, if anchored, must
    // overlap what is left of it; a deleted one may only re-attach where the words around match.
    const counts = { untouchedMoved: 0, editedMovedToUnrelatedText: 0, deletedReattachedWithoutContext: 0 };
    const seen = { untouched: 0, untouchedOrphaned: 0, edited: 0, deleted: 0, reattached: 0 };
    fc.assert(fc.property(spans, fc.array(edit, { minLength: 1, maxLength: 12 }), (picks, edits) => {
      let text = ARTICLE;
      const anns: Annotation[] = picks.map(([s, len], i) => {
        const start = s % (text.length - 1);
        return { id: `a${i}`, kind: 'quote', status: 'accepted', target: makeTarget(text, start, Math.min(text.length, start + len)) };
      });
      // The true place of each annotation as pieces: a cut and paste can split it.
      const truth = anns.map((a) => ({ pieces: [{ start: a.target.start, end: a.target.end }], touched: false }));
      for (const e of edits) {
        const r = apply(text, e);
        const c = r.change, delta = c.text.length - (c.end - c.start);
        for (const tr of truth) {
          if (e.kind === 'move') {
            // [p, q) moved to the front: its characters shift by −p, those before it by q − p.
            const p = e.a % (text.length || 1), q = Math.min(text.length, p + (e.b % 60));
            const mapped: { start: number; end: number }[] = [];
            for (const pc of tr.pieces) {
              for (const [a, b, shift] of [[0, p, q - p], [p, q, -p], [q, Infinity, 0]] as const) {
                const s0 = Math.max(pc.start, a), e0 = Math.min(pc.end, b);
                if (s0 < e0) mapped.push({ start: s0 + shift, end: e0 + shift });
              }
            }
            if (mapped.length > 1) tr.touched = true;
            tr.pieces = mapped;
            continue;
          }
          tr.pieces = tr.pieces.flatMap((pc) => {
            if (c.end <= pc.start) return [{ start: pc.start + delta, end: pc.end + delta }];
            if (c.start >= pc.end) return [pc];
            tr.touched = true;
            const start = c.start <= pc.start ? c.start + c.text.length : pc.start;
            const end = c.end >= pc.end ? Math.max(start, c.start) : pc.end + delta;
            return end > start ? [{ start, end }] : [];
          });
        }
        text = r.text;
      }
      const { annotations } = reanchorAll(text, anns);
      annotations.forEach((a, i) => {
        const tr = truth[i];
        const deleted = tr.pieces.length === 0;
        if (!tr.touched) seen.untouched++; else if (deleted) seen.deleted++; else seen.edited++;
        if (a.orphaned) { if (!tr.touched) seen.untouchedOrphaned++; return; }
        const { start, end } = a.target;
        const only = tr.pieces[0];
        if (!tr.touched && (start !== only.start || end !== only.end)) counts.untouchedMoved++;
        else if (tr.touched && !deleted && !tr.pieces.some((pc) => start < pc.end && pc.start < end)) counts.editedMovedToUnrelatedText++;
        else if (deleted) {
          seen.reattached++;
          if (!contextMatches(text, start, end, anns[i].target)) counts.deletedReattachedWithoutContext++;
        }
      });
      return true;
    }), { numRuns: 2000, seed: 20261202 });
    console.log(`      anchoring counts: ${JSON.stringify(counts)} over ${JSON.stringify(seen)}`);
    assert.deepEqual(counts, { untouchedMoved: 0, editedMovedToUnrelatedText: 0, deletedReattachedWithoutContext: 0 });
    assert.ok(seen.untouched > 1000 && seen.edited > 100 && seen.deleted > 100, JSON.stringify(seen));
  });

  it('re-anchoring after outside edits: targets equal their text or are orphaned, none lost', () => {
    fc.assert(fc.property(spans, fc.array(edit, { maxLength: 25 }), (picks, edits) => {
      let text = ARTICLE;
      let anns: Annotation[] = picks.map(([s, len], i) => {
        const start = s % (text.length - 1);
        return { id: `a${i}`, kind: 'quote', status: 'accepted', target: makeTarget(text, start, Math.min(text.length, start + len)) };
      });
      for (const e of edits) text = apply(text, e).text;
      const { annotations, report } = reanchorAll(text, anns);
      anns = annotations;
      if (anns.length !== picks.length) return false;
      if (report.orphaned.length !== anns.filter((a) => a.orphaned).length) return false;
      return anns.every((a) => a.orphaned || text.slice(a.target.start, a.target.end) === a.target.exact);
    }), { numRuns: 3000 });
  });
});
