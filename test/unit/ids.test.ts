// Ids are unique by construction, also for repeated text („Nein.“ … „Nein.“), stable across
// unrelated edits, and every decision stays its own: bulk accept writes a valid sidecar, and
// accepting one of two equal quotes leaves the other open.
import * as assert from 'node:assert/strict';
import { applyDecisions, emptySidecar, makeTarget, parseSidecar, serializeSidecar, type Annotation } from '../../src/annotations';
import { Analyzer, type Analysis } from '../../src/core';

const REPLIES = ['„Nein.“', '„Ja.“', '„Nein.“ „Nein.“', '„Vielleicht.“', 'Er sagte: „Nein.“', 'Sie sagte: „Nein.“'];

/** A random article of short replies, many of them equal and after equal words. */
function repliesArticle(seed: number): string {
  let s = seed;
  const random = (n: number) => { s = (s * 1103515245 + 12345) % 2147483648; return s % n; };
  const paragraphs = Array.from({ length: 3 + random(8) }, () => Array.from({ length: 1 + random(4) }, () => REPLIES[random(REPLIES.length)]).join(' '));
  return `date 2026-02-02\n\nDie Bürgermeisterin sagte: „Wir warten ab.“ Das werde wahrscheinlich dauern.\n\n${paragraphs.join('\n\n')}\n\nDas dürfte reichen. Das dürfte reichen.\n`;
}

const ids = (a: Analysis) => [...a.quotes.map((q) => q.id), ...a.hedges.map((h) => h.id)];
const accepted = (text: string, items: { id: string; start: number; end: number }[], kind: string): Annotation[] =>
  items.map((x) => ({ id: x.id, kind, status: 'accepted', created: '2026-02-02T00:00:00Z', target: makeTarget(text, x.start, x.end) }));

describe('ids of quotes and hedges', () => {
  it('are unique in articles of repeated replies (property test, 150 articles)', () => {
    const analyzer = new Analyzer();
    let repeated = 0;
    for (let seed = 1; seed <= 150; seed++) {
      const a = analyzer.analyze(repliesArticle(seed));
      const all = ids(a);
      assert.equal(new Set(all).size, all.length, `seed ${seed}: ${all.join(' ')}`);
      repeated += a.quotes.filter((q) => /-\d+$/.test(q.id)).length;
    }
    assert.ok(repeated > 100, `${repeated} repeated quotes got an occurrence number`);
  });

  it('stay the same after an edit elsewhere in the article', () => {
    const text = repliesArticle(42);
    const before = new Analyzer().analyze(text);
    // (A new last paragraph: no quote's text or the 16 characters before it change.)
    const edited = text + '\nDer Rat tagt wieder im Mai, wahrscheinlich am Dienstag.\n';
    const after = new Analyzer().analyze(edited);
    assert.deepEqual(after.quotes.map((q) => q.id), before.quotes.map((q) => q.id));
  });

  it('let Accept All write a sidecar the tool reads back, one decision per item', () => {
    for (const seed of [3, 8, 21]) {
      const text = repliesArticle(seed);
      const a = new Analyzer().analyze(text);
      const data = { ...emptySidecar('replies.news.txt'), annotations: [...accepted(text, a.quotes, 'quote'), ...accepted(text, a.hedges, 'hedge')] };
      const back = parseSidecar(serializeSidecar(data));
      assert.deepEqual(back.issues, [], `seed ${seed}`);
      const reviewed = applyDecisions(a, back.data!.annotations, []);
      assert.equal([...reviewed.status.values()].filter((s) => s === 'accepted').length, a.quotes.length + a.hedges.length);
    }
  });

  it('keep a decision on one of two equal quotes to that one', () => {
    const text = 'date 2026-02-02\n\nEr sagte: „Nein.“ Er sagte: „Nein.“\n';
    const a = new Analyzer().analyze(text);
    assert.equal(a.quotes.length, 2);
    assert.notEqual(a.quotes[0].id, a.quotes[1].id);
    const reviewed = applyDecisions(a, accepted(text, [a.quotes[1]], 'quote'), []);
    assert.equal(reviewed.status.get(a.quotes[1].id), 'accepted');
    assert.equal(reviewed.status.get(a.quotes[0].id), undefined, 'the other stays a suggestion');
    // Delete the first: the second now has the first's id, but the decision stays where its text is.
    const shorter = text.replace('Er sagte: „Nein.“ ', '');
    const b = new Analyzer().analyze(shorter);
    assert.equal(b.quotes.length, 1);
    const decision = accepted(text, [a.quotes[0]], 'quote').map((x) => ({ ...x, target: { ...x.target, start: 200, end: 205 } }));
    const reviewedAfter = applyDecisions(b, decision, []);
    assert.equal(reviewedAfter.status.get(b.quotes[0].id), undefined, 'a decision whose text is elsewhere does not move onto it');
    assert.deepEqual(reviewedAfter.orphans.map((x) => x.id), [decision[0].id], 'it waits among the orphans, not lost');
  });
});
