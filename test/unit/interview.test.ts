import * as assert from 'node:assert/strict';
import { analyze, Analyzer } from '../../src/core';
import { parseArticle } from '../../src/core/article';
import { interviewTurns } from '../../src/core/interview';

const INTERVIEW = [
  'Die Kapitänin Eva Roth führt die Reederei Nordlicht seit zwei Jahren.',
  'STANDARD: Wie geht es der Reederei?',
  'Roth: Ich glaube, dass es uns gut geht. Die Lage sei trotzdem ernst.',
  'STANDARD: Und der Kai?',
  'Roth: Der sei zu kurz, sagen die Lotsen. Wir bauen ihn aus.',
].join(' ');

const turnsOf = (text: string) => interviewTurns(text, parseArticle(text).paragraphs).map((t) => `${t.label.text}|${t.content.text}`);

describe('interview turns', () => {
  it('finds the turns of a dialogue, inline or on lines of their own', () => {
    assert.deepEqual(turnsOf(INTERVIEW), [
      'STANDARD|Wie geht es der Reederei?',
      'Roth|Ich glaube, dass es uns gut geht. Die Lage sei trotzdem ernst.',
      'STANDARD|Und der Kai?',
      'Roth|Der sei zu kurz, sagen die Lotsen. Wir bauen ihn aus.',
    ]);
    const transcript = 'date 2026-01-01\n\nPräs.: Nehmen Sie Platz.\n\nAngekl.: Ich stehe lieber.\n\nPräs. (zum Zeugen): Kennen Sie ihn?\n\nAngekl.: Nein.\n';
    assert.deepEqual(turnsOf(transcript), ['Präs.|Nehmen Sie Platz.', 'Angekl.|Ich stehe lieber.', 'Präs.|Kennen Sie ihn?', 'Angekl.|Nein.']);
  });

  it('needs two speakers with two turns each: a label or a list is no dialogue', () => {
    assert.deepEqual(turnsOf('Fazit: Der Kai ist zu kurz. Zweitens: Die Fähre ist zu alt. Fazit: Es muss gebaut werden.'), []);
    assert.deepEqual(turnsOf('Roth: Wir bauen aus. Kern: Wir auch.'), []);
    // A date line has digits and a comma: never a label.
    assert.deepEqual(turnsOf('Dienstag, 24. Oktober: Hafenfest. Dienstag, 24. Oktober: Regatta. Kiel: Sonne. Kiel: Wind.'), []);
  });

  it('keeps speech framed inside a turn, drops speech reaching in from outside it, and starts speech after the label', () => {
    // („Die Lage sei trotzdem ernst.“ has no frame in its turn: it is no speech of a third party.)
    const quotes = analyze(INTERVIEW).quotes.map((q) => `${q.type}|${q.text}|${q.speaker?.text ?? '-'}`);
    assert.deepEqual(quotes, [
      'indirect|dass es uns gut geht|Ich',
      'indirect|Der sei zu kurz|die Lotsen',
    ]);
  });

  it('marks each turn as a direct quote of its speaker when asked to', () => {
    const a = new Analyzer({ interviewTurns: true }).analyze(INTERVIEW);
    const direct = a.quotes.filter((q) => q.type === 'direct').map((q) => `${q.speaker?.name}|${q.text}`);
    assert.deepEqual(direct, [
      'STANDARD|Wie geht es der Reederei?',
      'Eva Roth|Ich glaube, dass es uns gut geht. Die Lage sei trotzdem ernst.',
      'STANDARD|Und der Kai?',
      'Eva Roth|Der sei zu kurz, sagen die Lotsen. Wir bauen ihn aus.',
    ]);
    // The speaker hedges, not the author.
    assert.ok(a.hedges.find((h) => h.text === 'glaube')?.inQuote);
  });
});
