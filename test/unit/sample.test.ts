import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/core';
import { sharedFile } from './helpers';

describe('the Alaska summit sample (../shared/samples)', function () {
  const path = sharedFile('samples/alaska-summit.txt');
  before(function () {
    if (!path) {
      console.log('    skipped: ../shared/samples/alaska-summit.txt is absent (licensed data stays outside the repo)');
      this.skip();
    }
  });

  it('attributes Trump’s, Putin’s and Peskow’s quotes and knows their roles', () => {
    const text = readFileSync(path!, 'utf8');
    const a = analyze(text);
    assert.equal(a.header.date, '2025-08-16');
    const by = (name: string) => a.quotes.filter((q) => q.speaker?.name === name);
    const trump = by('Donald Trump');
    const putin = by('Wladimir Putin');
    const peskow = by('Dimitri Peskow');
    assert.ok(trump.some((q) => q.text.startsWith('„Wir hatten ein äußerst produktives Treffen')));
    assert.ok(trump.some((q) => q.text === '„Kein Deal, bis es einen Deal gibt“'));
    assert.ok(trump.some((q) => q.text.startsWith('„Jetzt liegt es wirklich an Präsident Selenskyj')));
    assert.ok(putin.some((q) => q.text.startsWith('„Wir sind überzeugt')));
    assert.ok(putin.some((q) => q.text.startsWith('„Natürlich sind wir bereit')));
    assert.ok(peskow.some((q) => q.text === '„ausführliche Erklärungen abgegeben“'));
    assert.ok(peskow.some((q) => q.text === '„sehr positiv“'));
    assert.ok(trump.length >= 6 && putin.length >= 6 && peskow.length >= 2, `${trump.length}/${putin.length}/${peskow.length}`);
    const role = (name: string) => a.speakers.find((s) => s.name === name)?.role;
    assert.equal(role('Donald Trump'), 'amerikanischer Präsident');
    assert.equal(role('Wladimir Putin'), 'russischer Präsident');
    assert.equal(role('Dimitri Peskow'), 'Kreml-Sprecher');
    assert.ok(!a.quotes.some((q) => q.text === '„Fox News“'), 'the channel name is not speech');
    assert.ok(a.speakers.find((s) => s.name === 'Wladimir Putin')!.aliases.includes('der russische Präsident'));
  });

  it('names the speaker a reader would name in the hard places', () => {
    const text = readFileSync(path!, 'utf8');
    const a = analyze(text);
    const quoteWith = (start: string) => {
      const q = a.quotes.find((x) => x.text.startsWith(start));
      assert.ok(q, `no quote starting with ${start}`);
      return q;
    };
    // Coordinated verbs share their subject: „erklärte Putin und erinnerte daran, dass …“.
    assert.equal(quoteWith('dass es im Zweiten Weltkrieg').speaker?.name, 'Wladimir Putin');
    // „…“, wird Peskow von der BBC zitiert: Peskow speaks, the BBC passes it on.
    const cited = quoteWith('„zuversichtlich gemeinsam');
    assert.equal(cited.speaker?.name, 'Dimitri Peskow');
    assert.equal(cited.medium?.name, 'BBC');
    // „Der Kreml-Sprecher … erklärte laut … BBC …, beide Präsidenten hätten …“: Peskow speaks, via the BBC.
    const reported = quoteWith('beide Präsidenten hätten');
    assert.equal(reported.speaker?.name, 'Dimitri Peskow');
    assert.equal(reported.medium?.name, 'BBC');
    // A quoted pronoun is a word talked about, not speech.
    assert.ok(!a.quotes.some((q) => q.text === '„ihnen“'));
    // „Beide Staaten würden sich … erinnern, „…““ continues Putin's words; „sich erinnern“ says nothing.
    assert.equal(quoteWith('„als unsere Länder').speaker?.name, 'Wladimir Putin');
    // The speaker list names the medium, not its kind.
    assert.ok(a.speakers.some((s) => s.name === 'BBC'));
    assert.ok(!a.speakers.some((s) => /Staatsfernsehen/.test(s.name)));
  });
});
