import * as assert from 'node:assert/strict';
import { Analyzer } from '../../../../src/core';
import { nachSourceNoun } from '../../../../src/core/rules/source-frame/nach-source-noun';
import { ruleTester } from '../tester';

ruleTester(nachSourceNoun).run({
  valid: [
    'Die Fähre fährt nach Norden.',
    'Nach dem Sturm ist der Kai zu kurz.',
    // After a count or a finding in time, „nach“ is temporal.
    'Nach der Auszählung der Stimmen lag die Lotsin vorn.',
    'Drei Jahre nach Kenntnis des Schadens verjährt der Anspruch.',
  ],
  invalid: [
    { text: 'Nach Angaben der Hafenbehörde ist der Kai zu kurz.', expect: { cue: 'Nach Angaben', speaker: 'Angaben der Hafenbehörde' } },
    { text: 'Nach Angaben der Hafenkammer von Kiel dauert der Umweg zwei Tage länger.', expect: { speaker: 'Angaben der Hafenkammer von Kiel' } },
    { text: 'Nach Polizeiangaben kamen tausend Menschen.', expect: { cue: 'Nach Polizeiangaben', speaker: 'Polizeiangaben' } },
    { text: 'Nach Ansicht vieler Lotsen ist der Kai zu kurz.', expect: { cue: 'Nach Ansicht', speaker: 'Ansicht vieler Lotsen' } },
    { text: 'Nach UN-Angaben kamen tausend Menschen.', expect: { cue: 'Nach UN-Angaben', speaker: 'UN-Angaben' } },
    { text: 'Nach einer Pressemitteilung der Reederei fährt die Fähre im Mai.', expect: { speaker: 'Pressemitteilung der Reederei' } },
    { text: 'Nach Zeugenaussage eines Lotsen fuhr die Fähre zu schnell.', expect: { speaker: 'Zeugenaussage eines Lotsen' } },
    // Where the statements come from names the source: „aus Regierungskreisen“.
    { text: 'Nach Angaben aus Hafenkreisen ist der Kai zu kurz.', expect: { cue: 'Nach Angaben', speaker: 'Angaben aus Hafenkreisen' } },
    // Accounts, counts, statistics, expert reports and measurements are sources too.
    { text: 'Nach Schilderung von Zeugen fuhr die Fähre zu schnell.', expect: { cue: 'Nach Schilderung', speaker: 'Schilderung von Zeugen' } },
    { text: 'Nach Zählung der Hafenbehörde kamen tausend Menschen.', expect: { cue: 'Nach Zählung', speaker: 'Zählung der Hafenbehörde' } },
    { text: 'Nach der Statistik des Hafenamts sank die Zahl der Fähren.', expect: { speaker: 'Statistik des Hafenamts' } },
    { text: 'Nach dem Gutachten der Prüfer ist der Kai zu kurz.', expect: { speaker: 'Gutachten der Prüfer' } },
    { text: 'Nach eigenem Bekunden kannte der Lotse den Kai gut.', expect: { cue: 'Nach eigenem Bekunden' } },
    { text: 'Nach Messungen des Wetterdienstes war es der wärmste Tag.', expect: { speaker: 'Messungen des Wetterdienstes' } },
    { text: 'Nach ersten Schätzungen kamen tausend Menschen.', expect: { cue: 'Nach ersten Schätzungen', speaker: 'Schätzungen' } },
    { text: 'Nach Aussage eines Lotsen ist der Kai zu kurz.', expect: { cue: 'Nach Aussage', speaker: 'Aussage eines Lotsen' } },
    // Surveys and studies in the singular, like their plurals.
    { text: 'Nach einer Hochrechnung des Senders entfallen 40 Prozent auf Roth.', expect: { cue: 'Nach einer Hochrechnung', speaker: 'Hochrechnung des Senders' } },
    { text: 'Nach einer Studie der Hafenuniversität ist der Kai zu kurz.', expect: { cue: 'Nach einer Studie', speaker: 'Studie der Hafenuniversität' } },
    // A genitive name after the noun and a possessive before it say whose the words are.
    { text: 'Nach Angaben Brinks ist der Kai zu kurz.', expect: { cue: 'Nach Angaben', speaker: 'Angaben Brinks' } },
    { text: 'Nach Einschätzung der Hafen- und Schifffahrtsbehörde ist der Kai zu kurz.', expect: { speaker: 'Einschätzung der Hafen- und Schifffahrtsbehörde' } },
    { text: 'Nach ihren Angaben ist der Kai zu kurz.', expect: { cue: 'Nach ihren Angaben', speaker: 'ihren Angaben' } },
    // A genitive name before the noun belongs to the source.
    { text: 'Nach Brinks Darstellung ist der Kai zu kurz.', expect: { cue: 'Nach Brinks Darstellung', speaker: 'Brinks Darstellung' } },
  ],
});

describe('„nach eigenen Angaben“', () => {
  it('shows the own statements as the mention and names the subject of the clause, before or after its verb', () => {
    const names = (text: string) => new Analyzer().analyze(text).quotes.map((q) => [q.speaker?.text, q.speaker?.name]);
    assert.deepEqual(names('Dieser Tage zählt das Hafenamt nach eigenen Angaben 300 Anträge pro Tag.'), [['eigenen Angaben', 'Hafenamt']]);
    // (An agent after the noun is no owner; an amount before the verb is no subject.)
    assert.deepEqual(names('Die Lotsin ist nach eigenen Angaben von ihrem Kollegen gestoßen worden.'), [['eigenen Angaben', 'Lotsin']]);
    assert.deepEqual(names('Drei Millionen Euro steckt die Reederei nach eigenen Angaben in den Kai.'), [['eigenen Angaben', 'Reederei']]);
  });

  it('names the owner of „Brinks Darstellung“ without the genitive „s“, and no article as one', () => {
    const names = (text: string) => new Analyzer().analyze(text).quotes.map((q) => q.speaker?.name);
    assert.deepEqual(names('Die Lotsin Jana Brink kam zu spät. Nach Brinks Darstellung sei der Kai gesperrt gewesen.'), ['Jana Brink']);
    assert.deepEqual(names('Nach Hafenamts Angaben sei der Kai gesperrt gewesen.'), ['Hafenamt']);
    assert.deepEqual(names('Das Ergebnis bestätigte, dass der Kai zu kurz sei.'), [undefined]);
  });
});
