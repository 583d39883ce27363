import * as assert from 'node:assert/strict';
import { analyze } from '../../../../src/core';
import { innerFrame } from '../../../../src/core/rules/speech/inner-frame';
import { ruleTester } from '../tester';

ruleTester(innerFrame).run({
  valid: [
    'Der Kai ist zu kurz.',
  ],
  invalid: [
    { text: 'Der Kai ist nach Angaben der Lotsen zu kurz.', expect: { content: 'Der Kai ist nach Angaben der Lotsen zu kurz', cue: 'nach Angaben' } },
    // A frame in a relative or subordinate clause is that clause's only: the main clause is the author's.
    { text: 'Das Boot, auf dem nach Angaben der Reederei viel Geld lag, ist gesunken.', expect: { content: 'auf dem nach Angaben der Reederei viel Geld lag', cue: 'nach Angaben' } },
    { text: 'Schuld war der Plan, der laut Hafenamt nicht fertig wurde.', expect: { content: 'der laut Hafenamt nicht fertig wurde', cue: 'laut' } },
    { text: 'Die Fähre kam zu spät, weil laut Hafenamt der Kai gesperrt war.', expect: { content: 'weil laut Hafenamt der Kai gesperrt war', cue: 'laut' } },
    // (A quoted word inside that clause does not end it.)
    { text: 'Er warnt vor Reedern, die laut Hafenamt viel Geld „verdient“ haben, und vor dem Rat.', expect: { content: 'die laut Hafenamt viel Geld „verdient“ haben', cue: 'laut' } },
    // (A relative clause beside a frame in the main clause stays in the content.)
    { text: 'Der Kai, der neu ist, bleibt nach Angaben der Reederei gesperrt.', expect: { content: 'Der Kai, der neu ist, bleibt nach Angaben der Reederei gesperrt', cue: 'nach Angaben' } },
  ],
});

describe('speech/inner-frame: the frame is no part of what was said', () => {
  const segmentsOf = (text: string): string[] | undefined => {
    const q = analyze(text).quotes.find((x) => x.type === 'indirect');
    assert.ok(q, `no indirect speech in ${text}`);
    return q.segments?.map((s) => s.text);
  };
  it('reports the words around a frame in the middle, in two segments', () => {
    assert.deepEqual(segmentsOf('Der Kai ist nach Angaben der Reederei seit Montag gesperrt.'), ['Der Kai ist', 'seit Montag gesperrt']);
    assert.deepEqual(segmentsOf('In Kiel kam es der Polizei zufolge zu Staus.'), ['In Kiel kam es', 'zu Staus']);
  });
  it('keeps a subject after the source out of the source: „laut der Zeitung der größte Sponsor“', () => {
    assert.deepEqual(segmentsOf('Der Verband ist laut der Zeitung der größte Sponsor.'), ['Der Verband ist', 'der größte Sponsor']);
  });
});
