import * as assert from 'node:assert/strict';
import { analyze, Analyzer, InputError } from '../../src/core';
import type { Analysis, Quote } from '../../src/core';
import { fixture } from './helpers';

const quoteStarting = (a: Analysis, start: string): Quote => {
  const q = a.quotes.find((x) => x.text.startsWith(start));
  assert.ok(q, `no quote starting with ${start}; found ${a.quotes.map((x) => x.text.slice(0, 20)).join(' | ')}`);
  return q;
};

describe('direct quotes', () => {
  it('finds colon quotes, „so X“ and interrupted quotes with speaker and cue', () => {
    const a = analyze(fixture('colon-so-interrupted.news.txt'));
    const colon = quoteStarting(a, '„Wir müssen');
    assert.equal(colon.cue?.text, 'sagte');
    assert.equal(colon.speaker?.text, 'Sie');
    assert.equal(colon.speaker?.name, 'Maria Hofmann');
    const so = quoteStarting(a, '„Die Schwimmhalle');
    assert.equal(so.cue?.text, 'so');
    assert.equal(so.speaker?.name, 'Maria Hofmann');
    // The next quote stands alone and continues Hofmann's words.
    assert.equal(quoteStarting(a, '„Das haben wir').speaker?.name, 'Maria Hofmann');
    const interrupted = quoteStarting(a, '„Wir sind“');
    assert.equal(interrupted.segments?.length, 2);
    assert.deepEqual(interrupted.segments!.map((s) => s.text), ['„Wir sind“', '„mit dem Ergebnis sehr zufrieden.“']);
    assert.equal(interrupted.cue?.text, 'sagte');
    assert.equal(interrupted.speaker?.name, 'Peter Braun');
    assert.equal(a.quotes.filter((q) => q.type === 'direct').length, 4);
    // „Braun kündigte weitere Gespräche an.“ mentions speech without its content.
    assert.deepEqual(a.quotes.filter((q) => q.type !== 'direct').map((q) => [q.type, q.text, q.cue?.text, q.speaker?.name]),
      [['reported', 'Braun kündigte weitere Gespräche an.', 'kündigte weitere Gespräche an', 'Peter Braun']]);
  });

  it('resolves pronoun and role-noun speakers through the registry', () => {
    const a = analyze(fixture('speakers.news.txt'));
    const byPronoun = quoteStarting(a, '„Wir brauchen');
    assert.equal(byPronoun.speaker?.text, 'er');
    assert.equal(byPronoun.speaker?.name, 'Jukka Lehtonen');
    const byRole = quoteStarting(a, '„Das Klima');
    assert.equal(byRole.speaker?.text, 'die Ministerin');
    assert.equal(byRole.speaker?.name, 'Sabine Krüger');
    assert.equal(quoteStarting(a, '„Die Gespräche').speaker?.name, 'Jukka Lehtonen');
    const lehtonen = a.speakers.find((s) => s.name === 'Jukka Lehtonen');
    assert.ok(lehtonen);
    assert.equal(lehtonen.role, 'finnischer Außenminister');
    assert.ok(lehtonen.aliases.includes('Lehtonen'));
    assert.ok(lehtonen.aliases.includes('der finnische Außenminister'));
    const krueger = a.speakers.find((s) => s.name === 'Sabine Krüger');
    assert.equal(krueger?.role, 'deutsche Umweltministerin');
    assert.equal(byRole.speaker?.speakerId, krueger?.id);
  });

  it('takes „nach den Worten von X“ as cue and speaker', () => {
    const text = 'Nach den Worten der Sprecherin Lea Hahn fehle es „an einem klaren Konzept“.';
    const q = quoteStarting(analyze(text), '„an einem klaren Konzept“');
    assert.equal(q.cue?.text, 'Nach den Worten');
    assert.equal(q.speaker?.name, 'Lea Hahn');
  });

  it('does not count titles, names and scare quotes as speech', () => {
    const a = analyze(fixture('scare-quotes.news.txt'));
    for (const notSpeech of ['„Hart aber herzlich“', '„Deal“', '„Die letzte Wahl“', '„Neue Rundschau“', '„Morgenrot“']) {
      assert.ok(!a.quotes.some((q) => q.text === notSpeech), `${notSpeech} counted as speech`);
    }
    const named = quoteStarting(a, '„alternativlos');
    assert.equal(named.cue?.text, 'nannte');
    assert.equal(named.speaker?.text, 'der Minister');
  });

  it('joins a multi-paragraph quote and keeps its nested quote inside', () => {
    const text = fixture('nested-multipara.news.txt');
    const a = analyze(text);
    const direct = a.quotes.filter((x) => x.type === 'direct');
    assert.equal(direct.length, 1);
    const q = direct[0];
    assert.equal(q.segments?.length, 2);
    assert.ok(q.segments![0].text.includes('‚Das schafft ihr nie‘'));
    assert.ok(q.segments![1].text.endsWith('stolz“'));
    assert.equal(q.speaker?.name, 'Anna Weber');
    assert.equal(a.diagnostics.filter((d) => d.code === 'unclosed-quote' || d.code === 'unbalanced-quote').length, 0);
  });

  it('reads Swiss guillemets, German guillemets and ASCII quotes', () => {
    const a = analyze(fixture('swiss-ascii.txt'));
    assert.equal(quoteStarting(a, '«Wir wollen').speaker?.name, 'Claudia Meier');
    const ascii = quoteStarting(a, '"Das ist ein guter');
    assert.equal(ascii.cue?.text, 'meinte');
    assert.equal(ascii.speaker?.text, 'Der Sprecher des Verbands');
    assert.equal(quoteStarting(a, '»Wir bleiben').cue?.text, 'schrieb');
  });

  it('reports an unclosed mark with its position and still analyses the rest', () => {
    const text = fixture('unbalanced.news.txt');
    const a = analyze(text);
    const unclosed = a.diagnostics.find((d) => d.code === 'unclosed-quote');
    assert.ok(unclosed);
    assert.equal(text[unclosed.start], '„');
    assert.equal(unclosed.start, text.indexOf('„Wir haben heute'));
    const later = quoteStarting(a, '„Wir werden uns steigern“');
    assert.equal(later.speaker?.name, 'Jonas Roth');
  });

  it('handles empty, binary and CRLF input', () => {
    const empty = analyze('');
    assert.deepEqual([empty.quotes.length, empty.paragraphs.length, empty.diagnostics.length], [0, 0, 0]);
    assert.throws(() => analyze('Text\0mit NUL'), InputError);
    const lf = fixture('colon-so-interrupted.news.txt');
    const crlf = lf.replace(/\n/g, '\r\n');
    const a = analyze(crlf);
    assert.deepEqual(a.quotes.map((q) => q.text), analyze(lf).quotes.map((q) => q.text));
    for (const q of a.quotes) assert.equal(crlf.slice(q.start, q.end), q.text);
  });

  it('is deterministic and re-analyses only the paragraphs that changed', () => {
    const text = fixture('speakers.news.txt');
    const analyzer = new Analyzer({ cacheSize: 100 });
    const first = analyzer.analyze(text);
    assert.equal(analyzer.lastComputed, 3);
    assert.deepEqual(analyzer.analyze(text), first);
    assert.equal(analyzer.lastComputed, 0);
    const edited = text.replace('für mehr Zusammenarbeit', 'für deutlich mehr Zusammenarbeit');
    const again = analyzer.analyze(edited);
    assert.equal(analyzer.lastComputed, 1);
    assert.deepEqual(again, new Analyzer().analyze(edited));
    for (const q of again.quotes) assert.equal(edited.slice(q.start, q.end), q.text);
  });
});

describe('the speaker registry', () => {
  it('a plain surname makes its person the one a later „er“ refers to, also between look-alike surnames', () => {
    // „Maier“ and „Mayer“ share length and first and last letter; each must find its own person.
    for (const [first, second] of [['Paul Maier', 'Jan Mayer'], ['Jan Mayer', 'Paul Maier']]) {
      const text = `Der Minister ${first} traf den Kapitän ${second}. ${first.split(' ')[1]} blieb gelassen. „Wir sind zufrieden“, sagte er.`;
      assert.deepEqual(analyze(text).quotes.map((q) => q.speaker?.name), [first], text);
    }
    const both = 'Der Minister Paul Maier traf den Kapitän Jan Mayer. Maier blieb gelassen, Mayer nicht. „Wir sind unzufrieden“, sagte er.';
    assert.deepEqual(analyze(both).quotes.map((q) => q.speaker?.name), ['Jan Mayer']);
  });
  it('a given name from beyond German tells the gender a later pronoun agrees with', () => {
    // Without „Andrej“ and „Cinzia“ known, „der Vizechef … Andrej Kobel“ would be read as a body
    // and „er“ would pass him by for the man named before.
    const text = 'Der Lotse Jan Roth hatte gewarnt. Der Kai sei zu kurz, sagte der Vizechef des Hafenamts Andrej Kobel. Er rechne mit einem Umbau, sagte er. Die Reederin Cinzia Moro widersprach. Sie halte den Kai für lang genug, sagte sie.';
    assert.deepEqual(analyze(text).quotes.map((q) => q.speaker?.name), ['Jan Roth', 'Andrej Kobel', 'Andrej Kobel', 'Cinzia Moro', 'Cinzia Moro']);
  });
  it('a capitalised word after an article that is no role noun does not pick an earlier speaker', () => {
    const a = analyze('Nach Meinung der Reeder ist der Kai zu kurz. Die Verantwortlichen des Hafenamts fordern von den Reedern eine Lösung.');
    // (A source noun is no speaker; the group behind it is: „Meinung der Reeder“ → Reeder.)
    assert.deepEqual(a.quotes.map((q) => q.speaker?.name), ['Reeder', 'Verantwortlichen des Hafenamts']);
  });
  it('an indefinite pronoun standing alone speaks, but names no one a later pronoun could refer to', () => {
    const a = analyze('Am Kai sagte jemand aus der Mannschaft, die Fähre sei voll. Viele glauben, dass der Kai zu kurz ist. Alle Lotsen sagten, er sei sicher.');
    assert.deepEqual(a.quotes.map((q) => q.speaker?.text), ['jemand', 'Viele', 'Alle Lotsen']);
    assert.deepEqual(a.quotes.map((q) => q.speaker?.name), [undefined, undefined, 'Lotsen']);
    assert.ok(!a.speakers.some((s) => /jemand|viele/i.test(s.name)), a.speakers.map((s) => s.name).join(', '));
  });
  it('resolves „man“ to no one, and an „ich“ in an interview turn to the person its label names', () => {
    const a = analyze('Bürgermeister Jan Roth lobte den Kai. In jener Zeit war die Lage, wie man gern sagt, noch ruhig.');
    assert.deepEqual(a.quotes.map((q) => [q.speaker?.text, q.speaker?.name]), [['man', undefined]]);
    const interview = 'Hafenmeister Jan Roth sagte, der Kai sei zu kurz.\nHAFENBLATT: Was schlagen Sie vor?\nLenz: Ich würde raten, zuerst die Pfähle zu prüfen.\nHAFENBLATT: Und die Kosten?\nLenz: Wir schätzen, dass die Pfähle noch zehn Winter halten.';
    assert.deepEqual(analyze(interview).quotes.map((q) => q.speaker?.name), ['Jan Roth', 'Lenz', 'Lenz']);
    // A label of a question-and-answer layout names no one: „ich“ is the person named before.
    const answers = 'Hafenmeister Jan Roth war zu Gast.\nFrage: Was schlagen Sie vor?\nAntwort: Ich würde raten, zuerst die Pfähle zu prüfen.\nFrage: Und die Kosten?\nAntwort: Ich glaube, dass sie sinken.';
    assert.deepEqual(analyze(answers).quotes.map((q) => q.speaker?.name), ['Jan Roth', 'Jan Roth']);
  });
  it('reads the same words the same way wherever they stand', () => {
    const text = 'Die Lotsin Ida Brandt sagte, der Kai sei zu kurz. Der Hafenmeister widersprach. Die Lotsin Ida Brandt sagte, der Kai sei zu kurz.';
    const a = analyze(text);
    assert.deepEqual(a.quotes.map((q) => q.speaker?.speakerId), ['ida-brandt', 'hafenmeister', 'ida-brandt']);
    assert.deepEqual(a.speakers.find((s) => s.id === 'ida-brandt')?.mentions?.map((m) => m.start), [text.indexOf('Lotsin Ida Brandt'), text.lastIndexOf('Lotsin Ida Brandt')]);
  });
});

describe('appositions as speakers', () => {
  it('takes name and role from „X, Rolle, sagte:“ and „Rolle, Name, sagte:“', () => {
    const a = analyze('Marta Lindner, Vorsitzende von Pro Hafen 21/Die Freunde, kritisierte: „Das ist falsch!“ Die Sprecherin der Stiftung Hafenschutz, Heike van Dam, sagte dazu: „Wir bleiben dabei.“');
    assert.deepEqual(a.quotes.map((q) => [q.speaker?.text, q.speaker?.name]), [
      ['Marta Lindner, Vorsitzende von Pro Hafen 21/Die Freunde', 'Marta Lindner'],
      ['Die Sprecherin der Stiftung Hafenschutz, Heike van Dam', 'Heike van Dam'],
    ]);
    assert.deepEqual(a.speakers.map((s) => [s.name, s.role]), [['Marta Lindner', 'Vorsitzende'], ['Heike van Dam', 'Sprecherin']]);
  });
  it('takes a role with its attributes and a name with „al-“ as one apposition, named after the name', () => {
    const a = analyze('Der Gründer der Stiftung zum Schutz des Hafens mit Sitz in Kiel, Omar al-Hamdi, warf den Behörden Schlamperei vor. Sie hätten nichts getan, sagte er.');
    assert.deepEqual(a.quotes.map((q) => [q.speaker?.text, q.speaker?.name]), [
      ['Der Gründer der Stiftung zum Schutz des Hafens mit Sitz in Kiel, Omar al-Hamdi', 'Omar al-Hamdi'],
      ['er', 'Omar al-Hamdi'],
    ]);
  });
});

describe('adjectives between the article and the name', () => {
  it('reads the name after an age or adjective, and a role before two name words', () => {
    const a = analyze('Der 81-jährige Ole Hansen sagte, der Kai sei zu kurz. Die erfahrene Lotsin Ida Brandt meinte, die Fähre warte. Die 55-jährige Lotsin erklärte, der Sturm komme.');
    assert.deepEqual(a.quotes.map((q) => [q.speaker?.text, q.speaker?.name]), [
      ['Der 81-jährige Ole Hansen', 'Ole Hansen'],
      ['Die erfahrene Lotsin Ida Brandt', 'Ida Brandt'],
      ['Die 55-jährige Lotsin', '55-jährige Lotsin'],
    ]);
    assert.deepEqual(a.speakers.filter((s) => s.kind === 'person').map((s) => [s.name, s.role]), [['Ole Hansen', undefined], ['Ida Brandt', 'erfahrene Lotsin']]);
  });

  it('leaves a body with its kind and name to the reading of bodies', () => {
    const a = analyze('Das neue Netzwerk Hafenfunk teilte mit, der Kai sei gesperrt.');
    assert.equal(a.quotes[0].speaker?.name, 'Hafenfunk');
  });
});

describe('quoted names as sources', () => {
  it('takes „schrieb „Die Zeit““ as the medium that speaks', () => {
    const a = analyze('„Sie war die gute Seele, die allen fehlen wird“, schrieb „Die Zeit“ im Nachruf.');
    assert.equal(a.quotes[0].speaker?.name, 'Die Zeit');
    assert.deepEqual(a.speakers.map((s) => [s.name, s.kind]), [['Die Zeit', 'organisation']]);
  });

  it('keeps the medium apart from the name it quotes: „zitiert das Hafenblatt Jan Roth“', () => {
    const a = analyze('„Der Kai ist zu kurz“, zitiert das Hafenblatt Jan Roth, den Leiter der Schleuse.');
    assert.equal(a.quotes[0].speaker?.name, 'Jan Roth');
    assert.equal(a.quotes[0].medium?.text, 'das Hafenblatt');
  });

  it('names the person after „Zitat von“, not the noun', () => {
    const a = analyze('Zitat von Jan Roth: „So etwas habe ich am Kai noch nie gesehen.“');
    assert.equal(a.quotes[0].speaker?.name, 'Jan Roth');
    assert.deepEqual(a.speakers.map((s) => s.name), ['Jan Roth']);
  });

  it('takes a fronted fragment governed by the verb after it as speech', () => {
    const a = analyze('Von einem „Schandfleck“ sprach der Kapitän.');
    assert.deepEqual(a.quotes.map((q) => [q.type, q.text, q.speaker?.text, q.cue?.text]), [['direct', '„Schandfleck“', 'der Kapitän', 'sprach']]);
  });

  it('goes on past the hyphen of a compound joined to a quoted name', () => {
    const a = analyze('Bis zum Start eines Updates empfahlen die „Kompass“-Entwickler, die Funktion abzuschalten.');
    assert.deepEqual(a.quotes.map((q) => [q.type, q.text, q.speaker?.text]), [['indirect', 'die Funktion abzuschalten', 'die „Kompass“-Entwickler']]);
  });
});

describe('names in quotation marks', () => {
  it('are not speech after „Name“ or „Titel“, in a list of three, or when someone calls themselves so', () => {
    assert.deepEqual(analyze('Der Name der Fähre lautet „Stolz von Lindenau“.').quotes, []);
    // (Nor a rule or a maxim named after its noun, nor a sentence a court passed.)
    assert.deepEqual(analyze('Der Hafen wird nach der Regel „Ein Kai, zwei Fähren“ betrieben.').quotes, []);
    assert.deepEqual(analyze('Nachdem Roth zu „vier Wochen Arrest“ verurteilt worden war, kam der Lotse frei.').quotes, []);
    assert.deepEqual(analyze('Der Bürgermeister verurteilte den „feigen Anschlag“ auf den Kai.').quotes.map((q) => q.type), ['direct']);
    // (A naming in the passive, with its agent, reports no speech either.)
    assert.deepEqual(analyze('Die Fähren, die von den Fischern „Kähne“ genannt werden, fahren nicht mehr.').quotes, []);
    assert.deepEqual(analyze('Den Titel der Ausstellung gab das Museum bekannt: „Häfen der Welt im Wandel der Zeit“.').quotes.filter((q) => q.type === 'direct'), []);
    assert.deepEqual(analyze('Zu sehen sind „Alte Kähne“, „Neue Fähren“ und „Lotsen im Sturm“.').quotes, []);
    assert.deepEqual(analyze('Der „Preis der Hafenstadt für Lotsen im Ehrenamt“ ging an Ida Brandt.').quotes, []);
    assert.deepEqual(analyze('Es sprach der „Rat der Lotsen zur Rettung des Hafens“, wie sich die Gruppe selbst nennt.').quotes.filter((q) => q.type === 'direct'), []);
    // „sich nennen“ names; it says nothing, so neither the sentence nor the name is speech.
    assert.deepEqual(analyze('Die Initiative, die sich „Rettet den Kai“ nennt, sammelte Unterschriften.').quotes, []);
  });
});

describe('words that only look like names', () => {
  it('an inflected common noun and a first-person phrase are someone’s words', () => {
    const a = analyze('Die Fischer sprachen von der Gefahr eines „Hafenkrieges“. Sie warnten vor der „Zerstörung unseres Hafens durch die Reeder“.');
    assert.deepEqual(a.quotes.filter((q) => q.type === 'direct').map((q) => q.text), ['„Hafenkrieges“', '„Zerstörung unseres Hafens durch die Reeder“']);
  });
});

describe('slogans', () => {
  it('are direct quotes even when they look like a name', () => {
    const a = analyze('Die Fischer trugen Transparente mit der Aufschrift „Rettet den Hafen“ und riefen Parolen wie „Kein Kai ohne uns“.');
    assert.deepEqual(a.quotes.filter((q) => q.type === 'direct').map((q) => q.text), ['„Rettet den Hafen“', '„Kein Kai ohne uns“']);
  });
});

describe('words quoted inside indirect speech', () => {
  it('are direct quotes of the same speaker, while quoted names there stay names', () => {
    const a = analyze('Die Bürgermeisterin Jana Roth sagte, der Plan sei „völlig überhastet“ und die Zeitung „Stadtbote“ habe falsch berichtet.');
    const partial = quoteStarting(a, '„völlig überhastet“');
    assert.equal(partial.type, 'direct');
    assert.equal(partial.speaker?.name, 'Jana Roth');
    assert.equal(partial.cue?.text, 'sagte');
    assert.ok(!a.quotes.some((q) => q.type === 'direct' && q.text === '„Stadtbote“'), 'a capitalised name is not speech');
    assert.ok(a.quotes.some((q) => q.type === 'indirect' && q.text.startsWith('der Plan sei')), 'the indirect speech stays');
  });

  it('capitalised words there count when they read as a phrase or an inflected plural, not as a name', () => {
    const a = analyze('Die Lotsin sagte, der Hafen sei ein „Opfer der Sparpolitik“ und warnte vor „Lohnkürzungen“, wie die „Hafenpost“ schrieb.');
    const direct = a.quotes.filter((q) => q.type === 'direct').map((q) => q.text);
    assert.ok(direct.includes('„Opfer der Sparpolitik“'), direct.join(' | '));
    assert.ok(!direct.includes('„Hafenpost“'), direct.join(' | '));
  });

  it('are what was said when a verb of saying governs them: the sentence reports nothing more', () => {
    const a = analyze('Der Minister warnte vor einer „Überforderung der Kommunen“.');
    assert.deepEqual(a.quotes.map((q) => [q.type, q.text, q.speaker?.text, q.cue?.text]), [['direct', '„Überforderung der Kommunen“', 'Der Minister', 'warnte']]);
  });

  it('in a sentence without speech stay scare quotes', () => {
    const a = analyze('Der Stadtrat hat den „völlig überhasteten“ Plan am Montag beschlossen.');
    assert.deepEqual(a.quotes, []);
  });
});

describe('sources of speech in harder positions', () => {
  const explaining = new Analyzer({ explain: true });
  const only = (text: string) => {
    const a = analyze(text);
    assert.equal(a.quotes.length, 1, a.quotes.map((q) => `${q.type}: ${q.text}`).join(' | '));
    return a.quotes[0];
  };
  const cases: [string, string, string, string, string][] = [
    // [text, type, cue, speaker mention, the rule that finds the speech]
    ['Der Hafen sei, so Kapitänin Ida Brandt, für große Schiffe zu flach.', 'indirect', 'so', 'Kapitänin Ida Brandt', 'speech/so-after'],
    ['Der Hafen sei zu flach, so der Sprecher der Reederei, Ole Wiik.', 'indirect', 'so', 'der Sprecher der Reederei', 'speech/so-after'],
    ['Dem Vernehmen nach soll der Hafen im Frühjahr schließen.', 'indirect', 'nach', 'Dem Vernehmen', 'speech/opening-frame'],
    // The mayor speaks; the agency after „laut“ passes his words on (its medium).
    ['Am Montag bestätigte der Bürgermeister laut der Agentur Nordpress, dass der Hafen schließt.', 'indirect', 'bestätigte', 'der Bürgermeister', 'speech/content-after'],
    ['Von der Heide betonte, der Hafen müsse erhalten bleiben.', 'indirect', 'betonte', 'Von der Heide', 'speech/content-after'],
    ['„Nordkurier“ berichtet, dass der Hafen im Frühjahr schließt.', 'indirect', 'berichtet', '„Nordkurier“', 'speech/content-after'],
    ['Die Wochenzeitung „Küstenbote“ meldet, der Hafen werde geschlossen.', 'indirect', 'meldet', 'Die Wochenzeitung „Küstenbote“', 'speech/content-after'],
    ['Als Grund nannte der Hafenmeister Jan Thiel, dass die Fahrrinne versande.', 'indirect', 'nannte', 'der Hafenmeister Jan Thiel', 'speech/content-after'],
    ['Mara Voss von der Hafenbehörde bezeichnete die Zahlen als vorläufig, da noch nicht alle Schiffe gezählt seien.', 'indirect', 'bezeichnete', 'Mara Voss von der Hafenbehörde', 'speech/content-after'],
    ['Aus Reederkreisen verlautete, der Hafen werde verkauft.', 'indirect', 'verlautete', 'Reederkreisen', 'speech/content-after'],
    ['Wie aus einem Bericht des Hafenamts hervorgeht, wird der Kai verlängert.', 'indirect', 'hervorgeht', 'einem Bericht des Hafenamts', 'speech/content-after'],
    // A relative clause with quoted words in it still names its antecedent; a relative pronoun
    // followed by „er“ is an object, and „er“ speaks.
    ['Die Lotsin, die sich „erleichtert“ zeigte, kündigte weitere Fahrten an.', 'direct', 'kündigte weitere Fahrten an', 'Die Lotsin', 'quote-or-name/weighed-speech'],
    ['Der Kapitän traf die Lotsin, die er als „beste Kollegin“ bezeichnete.', 'direct', 'bezeichnete', 'er', 'quote-or-name/weighed-speech'],
    // Appeals, complaints and pleas frame their content; a call to an event reports nothing.
    ['Die Behörden riefen die Anwohner auf, zu Hause zu bleiben.', 'indirect', 'riefen die Anwohner auf', 'Die Behörden', 'speech/content-after'],
    ['Viele Lotsen beschwerten sich, der Kai sei zu kurz.', 'indirect', 'beschwerten', 'Viele Lotsen', 'speech/content-after'],
    ['Die Reederin plädierte dafür, den Kai zu verlängern.', 'indirect', 'plädierte', 'Die Reederin', 'speech/content-after'],
    ['Die Lotsin konstatierte, der Kai sei zu kurz.', 'indirect', 'konstatierte', 'Die Lotsin', 'speech/content-after'],
    // „Ihr“ before a noun is the possessive; a focus adverb may open the phrase a relative clause follows.
    ['Ihr Kollege widersprach, der Kai sei lang genug.', 'indirect', 'widersprach', 'Ihr Kollege', 'speech/content-after'],
    ['Auch die Reederei, die seit Jahren einen Ausbau fordert, kritisierte, der Kai sei zu kurz.', 'indirect', 'kritisierte', 'die Reederei', 'speech/content-after'],
    ['Der Kapitän deutete an, er werde bleiben.', 'indirect', 'deutete an', 'Der Kapitän', 'speech/content-after'],
    ['Die Reederin stellte richtig, dass der Kai nicht verkauft werde.', 'indirect', 'stellte richtig', 'Die Reederin', 'speech/content-after'],
    // The defence in court is a body that speaks.
    ['Die Verteidigung hatte einen Freispruch gefordert.', 'reported', 'gefordert', 'Die Verteidigung', 'speech/reported'],
    // A bare plural before a singular verb is its object: the subject follows the verb.
    ['Genaue Zahlen nannte die Lotsin nicht.', 'reported', 'nannte', 'die Lotsin', 'speech/reported'],
    ['Neue Fähren verkündet die Reederei im Herbst.', 'reported', 'verkündet', 'die Reederei', 'speech/reported'],
    // The conjuncts of a prepositional phrase belong to it, not to the subject.
    ['In Kiel und Rostock forderten Lotsen, dass die Kais verlängert werden.', 'indirect', 'forderten', 'Lotsen', 'speech/content-after'],
    // An adverb between the subject and its verb leaves it the subject: the phrase after the verb is the object.
    ['Die Lotsin wiederum erklärte das Scheitern der Verhandlungen damit, dass die Reederei nicht zahlen wolle.', 'indirect', 'erklärte', 'Die Lotsin', 'speech/content-after'],
    // In a clause opened by a conjunction the finite verb stands last: a verb form inside it is an adverb.
    ['Während die Hafenbehörde wiederholt die Notwendigkeit betont hatte, den Kai zu sperren, wartete die Reederei ab.', 'indirect', 'betont', 'die Hafenbehörde', 'speech/content-after'],
    ['Da betont die Lotsin: Der Kai ist zu kurz.', 'indirect', 'betont', 'die Lotsin', 'speech/content-after'],
    ['Da die Hafenbehörde wiederholt die Notwendigkeit betont hatte, den Kai zu sperren, wartete die Reederei ab.', 'indirect', 'betont', 'die Hafenbehörde', 'speech/content-after'],
    // „Da“ with the finite verb right after it is an adverb, „während“ before a genitive phrase a
    // preposition: both open main clauses, whose frames govern the content after them.
    ['Da sagte die Lotsin, der Kai sei zu kurz.', 'indirect', 'sagte', 'die Lotsin', 'speech/content-after'],
    // After the verb the subject comes before a full noun phrase object, however much more the role sounds like a speaker.
    ['Danach bat Roth die Soldaten, den Kai zu räumen.', 'indirect', 'bat', 'Roth', 'speech/content-after'],
    ['Danach bat die Ministerin Roth, den Kai zu räumen.', 'indirect', 'bat', 'die Ministerin Roth', 'speech/content-after'],
    ['Da sind die Fähren aber nicht gezählt, sagt die Lotsin.', 'indirect', 'sagt', 'die Lotsin', 'speech/content-before'],
    ['Während der Sitzung sagte die Lotsin, der Kai sei zu kurz.', 'indirect', 'sagte', 'die Lotsin', 'speech/content-after'],
    ['Während des Treffens erklärte der Kapitän, die Fähre fahre nicht.', 'indirect', 'erklärte', 'der Kapitän', 'speech/content-after'],
    // A word in -t before a noun is a finite verb, not an adjective, which would end in -e, -en, -er,
    // -es or -em; numerals end in -t too.
    ['Das bedeutet Sicherheit für alle, sagte die Lotsin.', 'indirect', 'sagte', 'die Lotsin', 'speech/content-before'],
    ['Gut acht Prozent mehr Fähren, sagte die Lotsin.', 'reported', 'sagte', 'die Lotsin', 'speech/reported'],
    // A closing frame governs the words before it, a verb of saying there included.
    ['Die Lotsin warnt, dass der Kai bricht, sagte der Kapitän.', 'indirect', 'sagte', 'der Kapitän', 'speech/content-before'],
    // A zu-infinitive between commas is a clause, no apposition naming the speaker.
    ['Die Reederei versucht, die Lage zu prüfen, meinte eine Sprecherin der Stadt.', 'indirect', 'meinte', 'eine Sprecherin der Stadt', 'speech/content-before'],
    ['Roth, Beauftragte zu diesem Thema, sagte, der Kai sei zu kurz.', 'indirect', 'sagte', 'Roth, Beauftragte zu diesem Thema', 'speech/content-after'],
    // A name in the genitive before an adjective and its noun belongs to that noun's phrase.
    ['Europas größte Reederei ist überzeugt, die Lotsen hätten gestreikt.', 'indirect', 'überzeugt', 'Europas größte Reederei', 'speech/content-after'],
    ['Am Montag erklärte Roths neuer Sprecher, der Kai sei zu kurz.', 'indirect', 'erklärte', 'Roths neuer Sprecher', 'speech/content-after'],
    // So do the items of a list: its commas break no clause.
    ['Die Lotsen aus Kiel, Lübeck und Rostock erklärten, die Kais seien zu kurz.', 'indirect', 'erklärten', 'Die Lotsen', 'speech/content-after'],
    ['Fischer aus Husum, Büsum, Tönning und Friedrichskoog haben gesagt, der Hafen sei zu klein.', 'indirect', 'gesagt', 'Fischer', 'speech/content-after'],
    ['In Kiel, Lübeck und Rostock forderten Lotsen, dass die Kais verlängert werden.', 'indirect', 'forderten', 'Lotsen', 'speech/content-after'],
    ['Bei der Hafenbehörde hieß es, der Kai werde verlängert.', 'indirect', 'hieß es', 'der Hafenbehörde', 'speech/heisst-es'],
    ['Am Freitag sagte der 74-jährige im Gespräch, der Kai sei zu kurz.', 'indirect', 'sagte', 'der 74-jährige', 'speech/content-after'],
    // Before a noun the age is the noun's adjective: the phrase goes on to it, and a relative clause
    // after it is the subject's (the dative after the verb is the addressee).
    ['Die 55-jährige Lotsin, die seit Jahren im Hafen arbeitet, sagte dem Sender, dass der Kai bricht.', 'indirect', 'sagte', 'Die 55-jährige Lotsin', 'speech/content-after'],
    ['Der 28-Jährige sagte dem Sender, dass der Kai bricht.', 'indirect', 'sagte', 'Der 28-Jährige', 'speech/content-after'],
    // An extended attribute before an age noun: „der von seiner Anwältin vertretene 28-Jährige“.
    ['Am Montag sagte der von seiner Anwältin vertretene 28-Jährige, dass der Kai bricht.', 'indirect', 'sagte', 'der von seiner Anwältin vertretene 28-Jährige', 'speech/content-after'],
    // A quoted name after its article and adjective, also one of six words, is the inverted subject.
    ['Am Abend erklärte der neue „Hohe Rat zur Rettung des Hafens“, der Kai sei gesperrt.', 'indirect', 'erklärte', 'der neue „Hohe Rat zur Rettung des Hafens“', 'speech/content-after'],
    // „wissen wollen“ with words between the modal and the infinitive.
    ['Außerdem wollte die Lotsin wissen, ob der Kai hält.', 'indirect', 'wollte die Lotsin wissen', 'die Lotsin', 'speech/content-after'],
    ['Der Sender will aber wissen, dass der Lotse das Schiff verlassen habe.', 'indirect', 'will aber wissen', 'Der Sender', 'speech/content-after'],
    // An aside in a pair of dashes ends no clause: the particle after it completes the verb.
    ['Die Werft teilte – nach langen Beratungen im Rat – mit, dass der Kai verlängert wird.', 'indirect', 'teilte – nach langen Beratungen im Rat – mit', 'Die Werft', 'speech/content-after'],
    // A dative or accusative phrase after the verb is no subject: a clause joined by „sondern“ shares the one before.
    ['Er kennt keinen Plan, sondern sieht den Fehler in der Planung: Der Kai sei zu kurz.', 'indirect', 'sieht', 'Er', 'speech/content-after'],
    // Determiners that are never nominative before their noun („allen“, „seiner“) open objects too.
    ['Allen Lotsen empfiehlt die Hafenmeisterin, den Kai zu meiden.', 'indirect', 'empfiehlt', 'die Hafenmeisterin', 'speech/content-after'],
    // „Als“ before a noun and a verb with a pronoun after it opens a main clause: the pronoun is the subject.
    ['Als Grund nannte sie, der Kai sei zu kurz.', 'indirect', 'nannte', 'sie', 'speech/content-after'],
    // A frame in a subordinate clause governs Konjunktiv content with its subject first, when the main clause follows it.
    ['Da der Kapitän erklärte, die Fähre fahre nicht, warteten die Gäste am Kai.', 'indirect', 'erklärte', 'der Kapitän', 'speech/content-after'],
    ['Nachdem die Lotsin gesagt hatte, der Kai sei zu kurz, reagierte die Reederei.', 'indirect', 'gesagt', 'die Lotsin', 'speech/content-after'],
    ['Weil die Lotsin es sagte, sei der Kai gesperrt worden.', 'reported', 'sagte', 'die Lotsin', 'speech/reported'],
    // A conditional taken up by „dann“ or „so“ before the main clause is content with it before a closing frame.
    ['Wenn die Fähre nicht kommt, dann warten wir eben, sagte die Lotsin.', 'indirect', 'sagte', 'die Lotsin', 'speech/content-before'],
    ['Falls der Kai bricht, so bleibt die Fähre draußen, sagte die Lotsin.', 'indirect', 'sagte', 'die Lotsin', 'speech/content-before'],
    ['Die Lotsin kennt keinen Plan, sondern sieht den Fehler in der Planung: Der Kai sei zu kurz.', 'indirect', 'sieht', 'Die Lotsin', 'speech/content-after'],
    ['Gleichzeitig werde vom Hafenamt propagiert, den Kai zu verlängern.', 'indirect', 'propagiert', 'Hafenamt', 'speech/content-after'],
    ['Wie hafen-online.de berichtet, wird der Kai verlängert.', 'indirect', 'berichtet', 'hafen-online.de', 'speech/content-after'],
    ['Von den Lotsen wurde gefordert, den Kai zu verlängern.', 'indirect', 'gefordert', 'den Lotsen', 'speech/content-after'],
    ['hafenAG hält es für denkbar, dass der Hafen verkauft wird.', 'indirect', 'hält', 'hafenAG', 'speech/content-after'],
    ['Einer der Lotsen, Piet Ahrens, lobte die Mannschaft und ergänzte, der Hafen sei sicher.', 'indirect', 'ergänzte', 'Einer der Lotsen, Piet Ahrens', 'speech/content-after'],
    ['Am Montag zeigte sich die Hafenbehörde erleichtert und erklärte, der Kai sei sicher.', 'indirect', 'erklärte', 'die Hafenbehörde', 'speech/content-after'],
    ['Die Hafenkommission hatte den Standpunkt vertreten, der Kai sei zu kurz.', 'indirect', 'Standpunkt', 'Die Hafenkommission', 'speech/speech-noun'],
    ['Die Hafenzeitung zitiert einen Lotsen mit den Worten: „Der Kai ist zu kurz.“', 'direct', 'zitiert', 'einen Lotsen', 'quote-or-name/weighed-speech'],
    // With the verb last, the subject follows the conjunction; an article-less plural after a noun is its genitive.
    ['Weil der Lotse den Beamten keine Namen nannte, wurde er entlassen.', 'reported', 'nannte', 'der Lotse', 'speech/reported'],
    ['Weil Roth den Lotsen keine Namen anderer Kapitäne nannte, wurde er entlassen.', 'reported', 'nannte', 'Roth', 'speech/reported'],
    ['Als Nordkurs im März den Verkauf der Fähre verkündete, reagierten viele Lotsen mit Skepsis.', 'reported', 'verkündete', 'Nordkurs', 'speech/reported'],
    ['Dazu äußerte sich die Reederei, welche den Kai als „ein Nadelöhr für große Schiffe“ bezeichnete.', 'direct', 'bezeichnete', 'die Reederei, welche', 'quote-or-name/weighed-speech'],
    ['„Der Kai ist viel zu kurz.“ so das Fazit der Lotsin Ida Brandt.', 'direct', 'so', 'das Fazit der Lotsin Ida Brandt', 'quote-or-name/weighed-speech'],
    ['Die Lotsin sagte am Montag, nach neuesten Erkenntnissen sei der Kai zu kurz.', 'indirect', 'sagte', 'Die Lotsin', 'speech/content-after'],
    ['Nach Artikel 3 der Hafenordnung haften die Reeder für Schäden.', 'indirect', 'Nach Artikel', 'Artikel 3 der Hafenordnung', 'speech/opening-frame'],
    ['Der Lotse wird in der Hafenzeitung mit den Worten zitiert: „Der Kai ist zu kurz.“', 'direct', 'zitiert', 'Der Lotse', 'quote-or-name/weighed-speech'],
    // (Whoever is quoted speaks; the one quoting is the medium.)
    ['Der Lotse wird von der Agentur Nordpress mit den Worten zitiert, der Kai sei zu kurz.', 'indirect', 'zitiert', 'Der Lotse', 'speech/content-after'],
    ['Die Ankündigung ihres Kapitäns, den Hafen zu verlassen, kam überraschend.', 'indirect', 'Ankündigung', 'Die Ankündigung ihres Kapitäns', 'speech/speech-noun'],
    ['Die Reeder reichten eine Klage ein, nach der die Gebühr gesenkt werden soll.', 'indirect', 'nach der', 'der', 'speech/relative-frame'],
    ['Die Lotsen verwiesen auf Messungen, wonach der Kai zu kurz sei.', 'indirect', 'wonach', 'wonach', 'speech/relative-frame'],
    ['Besorgt äußerte sich die Lotsin Ida Brandt über den Kai, der zu kurz sei.', 'indirect', 'äußerte', 'die Lotsin Ida Brandt', 'speech/content-after'],
    ['Die Lotsin Ida Brandt forderte die Reeder auf, den Kai zu meiden.', 'indirect', 'forderte die Reeder auf', 'Die Lotsin Ida Brandt', 'speech/content-after'],
    ['Nähere Einzelheiten zum Kai gab er am Montag nicht bekannt.', 'reported', 'gab er am Montag nicht bekannt', 'er', 'speech/reported'],
    ['Die Hafenmeisterin und Lotsin Ida Brandt (parteilos), hat zum 21. November ihren Rücktritt verkündet.', 'reported', 'verkündet', 'Die Hafenmeisterin und Lotsin Ida Brandt (parteilos)', 'speech/reported'],
    ['Der Kai sei sicher, sagte die Hafenmeisterin Ida Brandt am 21. November.', 'indirect', 'sagte', 'die Hafenmeisterin Ida Brandt', 'speech/content-before'],
    ['Ein Lotse, den die Hafenzeitung zitiert, kommentierte, der Kai sei zu kurz.', 'indirect', 'kommentierte', 'Ein Lotse', 'speech/content-after'],
    ['Zu dieser Zeit ging Brandt, die Sprecherin der Lotsen, noch davon aus, dass unser Kai hält.', 'indirect', 'ging Brandt, die Sprecherin der Lotsen, noch davon aus', 'Brandt', 'speech/content-after'],
    ['Den Hafenverband, dessen Vorstand am Montag tagt, forderte sie auf, den Kai zu sperren.', 'indirect', 'forderte sie auf', 'sie', 'speech/content-after'],
    ['Die Lotsin Ida Brandt, 30, beschrieb den Ablauf: „Das Wasser war rau.“', 'direct', 'beschrieb', 'Die Lotsin Ida Brandt', 'quote-or-name/weighed-speech'],
    ['Die Hafenzeitung zitiert einen Absatz aus dem Lotsenbericht, in dem davon berichtet wird, dass der Kai bröckelt.', 'indirect', 'berichtet', 'dem Lotsenbericht', 'speech/content-after'],
    ['„Der Kai ist zu kurz“, hieß es vom Hafenamt.', 'direct', 'hieß es', 'Hafenamt', 'quote-or-name/weighed-speech'],
    ['Seit Jahren gibt es Hinweise, dass der Kai bröckelt.', 'indirect', 'gibt es Hinweise', 'Hinweise', 'speech/speech-noun'],
    ['Im Hafen gab es zuletzt widersprüchliche Aussagen, dass der Kai gesperrt werde.', 'indirect', 'Aussagen', 'widersprüchliche Aussagen', 'speech/speech-noun'],
    ['Die Lotsin Ida Brandt prangert im Bericht Mängel an, die seit Jahren bekannt seien.', 'indirect', 'prangert im Bericht Mängel an', 'Die Lotsin Ida Brandt', 'speech/content-after'],
    ['Das Eingeständnis der Hafenmeisterin, den Kai zu spät geprüft zu haben, kam überraschend.', 'indirect', 'Eingeständnis', 'Das Eingeständnis der Hafenmeisterin', 'speech/speech-noun'],
    ['Nach einer vorläufigen Analyse entstand der Riss im Kai schon im Winter.', 'indirect', 'Nach einer vorläufigen Analyse', 'Analyse', 'speech/opening-frame'],
    ['In einem Bericht von hafen-online.de werden die Kais als „marode und gefährlich“ bezeichnet.', 'direct', 'bezeichnet', 'hafen-online.de', 'quote-or-name/weighed-speech'],
    ['Im Norden wird die Gefahr von Sturmfluten vom Seewetterdienst als „sehr hoch“ eingestuft.', 'direct', 'eingestuft', 'Seewetterdienst', 'quote-or-name/weighed-speech'],
    ['Wie der Sprecher der Reederei, Jan Roth, in Kiel mitteilte, wird der Kai gesperrt.', 'indirect', 'mitteilte', 'der Sprecher der Reederei, Jan Roth', 'speech/content-after'],
    ['Wie „hafen online“ berichtet, wird der Kai gesperrt.', 'indirect', 'berichtet', '„hafen online“', 'speech/content-after'],
    ['Eine aktuelle Schätzung beziffert den Schaden am Kai auf zwei Millionen Euro.', 'reported', 'beziffert', 'Eine aktuelle Schätzung', 'speech/reported'],
    ['Die Zahl der Verletzten bezifferte die Agentur Nordpress mit drei.', 'reported', 'bezifferte', 'die Agentur Nordpress', 'speech/reported'],
    ['Die Lotsin Ida Brandt (parteilos) hat bei einem Treffen mit ihrem Kollegen Jan Roth (Reederei, früher Hafenamt) bekräftigt, der Kai sei zu kurz.', 'indirect', 'bekräftigt', 'Die Lotsin Ida Brandt (parteilos)', 'speech/content-after'],
    ['Die Verlängerung des Kais für die Reederei stellte die Lotsin Ida Brandt in Frage: „Das ist zu teuer.“', 'direct', 'stellte die Lotsin Ida Brandt in Frage', 'die Lotsin Ida Brandt', 'quote-or-name/weighed-speech'],
    ['Den Ärger brachte die Sprecherin der Reederei, Ida Brandt, zum Ausdruck: „Das ist zu teuer.“', 'direct', 'brachte die Sprecherin der Reederei, Ida Brandt, zum Ausdruck', 'die Sprecherin der Reederei', 'quote-or-name/weighed-speech'],
    ['In der Hafenordnung, die vom Rat beschlossen wurde, heißt es, dass der Kai gesperrt bleibe.', 'indirect', 'heißt es', 'der Hafenordnung', 'speech/heisst-es'],
    ['Der Kai bleibe gesperrt, heißt es in dem Brief, der viele Mängel auflistet.', 'indirect', 'heißt es', 'dem Brief', 'speech/heisst-es'],
    ['Der Zugang zum Kai wird im Bericht als gefährlich bezeichnet, obwohl ein Abkommen unterzeichnet wurde.', 'reported', 'bezeichnet', 'Bericht', 'speech/reported'],
    ['Die Äußerungen der Lotsen und Reeder bezeichnete Ida Brandt als übertrieben und glaubt, dass der Kai hält.', 'indirect', 'glaubt', 'Ida Brandt', 'speech/content-after'],
    ['Die tapferen Lotsen, die den Kai gesperrt hatten, beschrieb die Hafenzeitung als „mutig“.', 'direct', 'beschrieb', 'die Hafenzeitung', 'quote-or-name/weighed-speech'],
    ['Für die Lotsin, so schrieb diese in ihrem Brief, sei der Kai zu kurz.', 'indirect', 'schrieb', 'diese', 'speech/content-after'],
    // With „zitiert“ first in its clause the subject quotes and the object speaks.
    ['„Der Kai ist zu kurz“, zitiert die Hafenzeitung den Lotsen Jan Roth.', 'direct', 'zitiert', 'den Lotsen Jan Roth', 'quote-or-name/weighed-speech'],
    // A frame interposed after an opening source frame is the speaker's: he reports what the source says.
    ['Nach Angaben der Reederei, so die Lotsin Eva Berg, seien drei Fähren beschädigt.', 'indirect', 'so', 'die Lotsin Eva Berg', 'speech/so-after'],
    // (A medium right before a given name is the subject, the name the object: no close apposition.)
    ['„Der Kai ist zu kurz“, zitiert das Hafenblatt Jan Roth, den Leiter der Schleuse.', 'direct', 'zitiert', 'Jan Roth', 'quote-or-name/weighed-speech'],
    // (So is a title the lexicon does not know as a medium, unless it names a person.)
    ['„Der Kai ist zu kurz“, zitiert der Nordfocus Jan Roth, den Leiter der Schleuse.', 'direct', 'zitiert', 'Jan Roth', 'quote-or-name/weighed-speech'],
    // A source frame takes its apposition in commas along.
    ['Nach den Worten des Hafenmeisters, Ole Brink, war das „die schwerste Sturmflut seit Jahren“.', 'direct', 'Nach den Worten', 'Worten des Hafenmeisters, Ole Brink', 'quote-or-name/weighed-speech'],
    ['Im Hafen wurden bei dem Sturm drei Boote beschädigt, wie die Wasserschutzpolizei mitteilte.', 'indirect', 'mitteilte', 'die Wasserschutzpolizei', 'speech/closing-wie'],
    ['Die Regatta wird von vielen als die „schönste“ Regatta aller Zeiten bezeichnet.', 'direct', 'bezeichnet', 'vielen', 'quote-or-name/weighed-speech'],
    ['Die Lotsen bezeichnen den Kai als gefährlich und verweisen auf einen Unfall.', 'reported', 'bezeichnen', 'Die Lotsen', 'speech/reported'],
    ['Der Hafenmeister begründete seine Entscheidung mit dem Sturm.', 'reported', 'begründete', 'Der Hafenmeister', 'speech/reported'],
    ['Der Kapitän drohte immer wieder mit Kündigung.', 'reported', 'drohte', 'Der Kapitän', 'speech/reported'],
    ['Vor einem Sturm hat die Lotsin Ida Brandt gestern in Kiel gewarnt.', 'reported', 'gewarnt', 'die Lotsin Ida Brandt', 'speech/reported'],
    ['Die Reederei bemängelt die fehlende Unterstützung des Senats.', 'reported', 'bemängelt', 'Die Reederei', 'speech/reported'],
    ['Wie die Reederei am Abend bekannt gab, bleibt der Kai gesperrt.', 'indirect', 'bekannt gab', 'die Reederei', 'speech/content-after'],
    ['Im Protokoll heißt es, dass Reeder, denen Betrug vorgeworfen wurde, weiter tätig seien.', 'indirect', 'heißt es', 'Protokoll', 'speech/heisst-es'],
    ['Am Freitag wurde seitens der Hafenbehörde erneut deutlich gemacht, dass der Kai gesperrt bleibe.', 'indirect', 'deutlich gemacht', 'der Hafenbehörde', 'speech/content-after'],
    ['Am Dienstag wurde laut Hafenkurier deutlich gemacht, dass der Kai gesperrt bleibe.', 'indirect', 'laut', 'Hafenkurier', 'speech/content-after'],
    ['Hafenrat stimmt mit 12 zu 3 Stimmen für den Ausbau – Brandt: „Der Kai wird verlängert, ob die Reeder es wollen oder nicht“', 'direct', ':', 'Brandt', 'quote-or-name/weighed-speech'],
    ['Die Gemeinde hatte sich mit großer Mehrheit gegen den Bau von insgesamt 500 Liegeplätzen ausgesprochen.', 'reported', 'ausgesprochen', 'Die Gemeinde', 'speech/reported'],
    ['Ein unglücklicher Begriff sei das, sagt Kurz, aber die Lotsen meinen das Gleiche.', 'indirect', 'sagt', 'Kurz', 'speech/content-before'],
    ['Im Hafen wurde Medienberichten zufolge ein Schmuggler festgenommen.', 'indirect', 'zufolge', 'Medienberichten', 'speech/inner-frame'],
    ['Zwar behaupten manche Lotsen gerne, es wäre der erste Streik gewesen.', 'indirect', 'behaupten', 'manche Lotsen', 'speech/content-after'],
    ['Die Sicherheit des Hafens hänge davon ab, wie gut Lotsen über die Strömungen informiert sind, erklärte die Hafenmeisterin Ida Brandt.', 'indirect', 'erklärte', 'die Hafenmeisterin Ida Brandt', 'speech/content-before'],
    // Coordinated antecedents of a relative clause are one plural subject.
    ['Die Lotsinnen und Lotsen, die nachts Dienst haben, berichten, dass die Funkgeräte ausfallen.', 'indirect', 'berichten', 'Die Lotsinnen und Lotsen', 'speech/content-after'],
    // A verb coordinated in a subordinate clause shares that clause's subject.
    ['Es ist bekannt, dass die Kapitänin den Plan gelesen hat und meint, dass er nichts tauge.', 'indirect', 'meint', 'die Kapitänin', 'speech/content-after'],
    // The participle closes the bracket its auxiliary opened before a subordinate clause or an aside.
    ['Die Lotsin hat, wie schon im Vorjahr, erklärt, dass die Mole zu kurz sei.', 'indirect', 'erklärt', 'Die Lotsin', 'speech/content-after'],
    ['Schon Ole Hansen hatte, als die Fähre vom Stapel lief, festgestellt, dass der Kai zu kurz ist.', 'indirect', 'festgestellt', 'Ole Hansen', 'speech/content-after'],
    // A part of a whole speaks as one phrase: a quantifier with „von“, a percentage, „mehr als“.
    ['Etwa einer von vier Lotsen erklärte, nachts allein auf der Brücke zu stehen.', 'indirect', 'erklärte', 'einer von vier Lotsen', 'speech/content-after'],
    ['Drei von zwölf befragten Reedereien sagten zu, den Kai zu nutzen.', 'indirect', 'sagten zu', 'Drei von zwölf befragten Reedereien', 'speech/content-after'],
    ['Rund 60 Prozent der Fahrgäste sagten, die Fähre sei zu oft verspätet.', 'indirect', 'sagten', '60 Prozent der Fahrgäste', 'speech/content-after'],
    ['Mehr als ein Drittel der Lotsen sagte, der Kai sei zu kurz.', 'indirect', 'sagte', 'Mehr als ein Drittel der Lotsen', 'speech/content-after'],
    // … also after an inverted frame, past an approximation or a number.
    ['Die Fähre sei zu oft verspätet, gab rund ein Fünftel der Fahrgäste an.', 'indirect', 'gab rund ein Fünftel der Fahrgäste an', 'ein Fünftel der Fahrgäste', 'speech/content-before'],
    ['Die Fähre sei zu oft verspätet, gaben 60 Prozent der Fahrgäste an.', 'indirect', 'gaben 60 Prozent der Fahrgäste an', '60 Prozent der Fahrgäste', 'speech/content-before'],
    ['Die Fähre sei zu oft verspätet, klagten 40 Pendler.', 'indirect', 'klagten', 'Pendler', 'speech/content-before'],
    // An infinitive clause after a comma has no subject of its own: a person subject before controls it.
    ['Die Sprecherin versuchte, den Gästen zu erklären, dass die Fähre ausfalle.', 'indirect', 'erklären', 'Die Sprecherin', 'speech/content-after'],
    ['Ob die Fähre fährt, wagt die Sprecherin nicht zu sagen: Der Sturm sei zu stark.', 'indirect', 'zu sagen', 'die Sprecherin', 'speech/content-after'],
    // A subject pronoun after the verb speaks, not the words in commas before it.
    ['Gut drei Pfund, mein Lieber, sagt sie zufrieden.', 'reported', 'sagt', 'sie', 'speech/reported'],
    // A surname that is also an adverb is the subject where no adverb could stand: before a bare frame.
    ['Kurz sagte, dass die Fähre bleibe.', 'indirect', 'sagte', 'Kurz', 'speech/content-after'],
  ];
  it('a share is one unnamed body (kind unknown) in the speaker list, named by its whole phrase', () => {
    const a = analyze('Mehr als ein Drittel der Lotsen sagte, der Kai sei zu kurz. Rund 60 Prozent der Fahrgäste sagten, die Fähre sei zu oft verspätet. Einer von vier Lotsen erklärte, nachts allein zu sein.');
    assert.deepEqual(a.speakers.map((s) => [s.name, s.kind]).sort(), [['60 Prozent der Fahrgäste', 'unknown'], ['Einer von vier Lotsen', 'unknown'], ['Mehr als ein Drittel der Lotsen', 'unknown']]);
  });
  it('a name keeps its particles: „Martijn van Hout“, „Ana van der Berg“ (not „von“, which joins attributes)', () => {
    const a = analyze('Der Kai sei zu kurz, sagte der Lotse Martijn van Hout. Die Fähre fahre, sagte Ana van der Berg. Der Plan sei gut, sagte Jan Roth von Siemens.');
    assert.deepEqual(a.speakers.map((s) => s.name), ['Martijn van Hout', 'Ana van der Berg', 'Jan Roth']);
  });
  it('an adjective capitalised at the sentence start names no source: „Dänischen Medienberichten zufolge …“', () => {
    const a = analyze('Dänischen Medienberichten zufolge ist der Kai zu kurz.');
    assert.ok(!a.speakers.some((s) => /Dänischen/.test(s.name)), a.speakers.map((s) => s.name).join(', '));
  });
  it('an adverb or a subjectless verb opening the sentence is no speaker; a share alone is one', () => {
    const speaker = (text: string) => analyze(text).quotes.map((q) => q.speaker?.text);
    assert.deepEqual(speaker('Weiters ist im Hafen zu erfahren, wie die Fähre fährt.'), [undefined]);
    assert.deepEqual(speaker('Gerade am Kai sei darauf verwiesen, dass die Pegel schwanken.'), [undefined]);
    assert.deepEqual(speaker('Bleibt zu hoffen, dass der Kai hält.'), [undefined]);
    const share = analyze('27 Prozent rechnen damit, dass der Kai bricht.');
    assert.deepEqual(share.quotes.map((q) => q.speaker?.text), ['27 Prozent']);
    assert.deepEqual(share.speakers.map((s) => [s.name, s.kind]), [['27 Prozent', 'unknown']]);
    // … also written with the sign, alone or of a group.
    assert.deepEqual(speaker('Davon geben 54 % an, den Kai zu nutzen.'), ['54 %']);
    assert.deepEqual(speaker('Davon geben 54 % der Lotsen an, den Kai zu nutzen.'), ['54 % der Lotsen']);
  });
  it('a quantifier before an apposition opens no name: „Einer der Lotsen, Piet Ahrens“ is Piet Ahrens', () => {
    const a = analyze('Einer der Lotsen, Piet Ahrens, sagte, der Kai sei zu kurz.');
    assert.deepEqual(a.speakers.map((s) => s.name), ['Piet Ahrens']);
  });
  it('a role inside a prepositional attribute is not the speaker\'s: „Ida Brandt vom Verband der Reeder“ is Ida Brandt', () => {
    const a = analyze('Ida Brandt vom Verband der Reeder sagte, die Fähre werde teurer.');
    assert.deepEqual(a.speakers.map((s) => [s.name, s.kind]), [['Ida Brandt', 'person']]);
  });
  it('a frame after its Konjunktiv content is the frame\'s own speaker\'s, not reported by the speaker before', () => {
    const a = analyze('Der Kapitän Ole Hansen sagte, der Kai sei zu kurz. Die Fähre werde teurer, bemerkte dazu Ida Brandt vom Verband der Reeder.');
    assert.equal(quoteStarting(a, 'Die Fähre werde').speaker?.name, 'Ida Brandt');
  });
  it('the object of an infinitive clause is told, not the speaker: „…, die Gäste daran zu erinnern, dass …“', () => {
    for (const text of ['Die neuen Fähren geben der Reederei die Chance, die Gäste daran zu erinnern, dass sie mehr kann.', 'Wegen des Sturms sei es schwierig, der Kundschaft zu sagen, dass die Fähre teurer werde.']) {
      const q = quoteStarting(analyze(text), 'dass');
      assert.ok(!q.speaker, `${text} → ${q.speaker?.text}`);
    }
  });
  it('an adverb before a participle idiom stays an adverb: „Kurz gesagt: …“ has no speaker', () => {
    const a = analyze('Kurz gesagt: Die Fähre fährt nicht. Aber bitte, die Fähre fährt.');
    assert.ok(a.quotes.every((q) => !q.speaker), a.quotes.map((q) => `${q.text} ← ${q.speaker?.text}`).join(' | '));
    assert.deepEqual(a.speakers, []);
  });
  it('„Davon geht X, Apposition, aus“ frames the sentence before, past an apposition with adjectives', () => {
    const a = analyze('Der Kai wird im Sommer gesperrt. Davon geht Ida Brandt, die für den Hafen zuständige neue Lotsin, aus.');
    assert.deepEqual(a.quotes.map((q) => [q.type, q.text, q.speaker?.text]), [['indirect', 'Der Kai wird im Sommer gesperrt', 'Ida Brandt']]);
  });
  it('Konjunktiv after a role or body acting in the sentence before reports that body, not an earlier speaker', () => {
    const a = analyze('Die Lotsin Ida Brandt sagte, der Kai sei zu kurz. Die Schiffe liegen seit Tagen vor Anker. ' +
      'Die Hafenkommission hat am Montag einen Plan vorgelegt. Der Kai werde bis zum Sommer verlängert.');
    assert.equal(quoteStarting(a, 'Der Kai werde').speaker?.text, 'Die Hafenkommission');
    // Right after the speech, a Konjunktiv sentence still continues it; a thing as topic never speaks.
    const b = analyze('Die Lotsin Ida Brandt sagte, der Kai sei zu kurz. Die Schiffe liegen seit Tagen vor Anker. Der Kai werde bis zum Sommer verlängert.');
    assert.equal(quoteStarting(b, 'Der Kai werde').speaker?.name, 'Ida Brandt');
    const c = analyze('Die Lotsin Ida Brandt sagte, der Kai sei zu kurz. Die Hafenkommission tagte am Montag. Der Kai werde verlängert.');
    assert.equal(quoteStarting(c, 'Der Kai werde').speaker?.name, 'Ida Brandt', 'the speech ends right before the topic sentence');
    // … unless that body speaks or thinks itself.
    const d = analyze('Die Lotsin Ida Brandt sagte, der Kai sei zu kurz. Die Hafenkommission spekulierte über einen Ausbau. Der Kai werde verlängert.');
    assert.equal(quoteStarting(d, 'Der Kai werde').speaker?.text, 'Die Hafenkommission');
  });
  it('Konjunktiv without a frame continues the speaker and the cue of the speech before it, as indirect speech', () => {
    const a = analyze('Die Lotsin Ida Brandt sagte, der Kai sei zu kurz. Die Schiffe müssten draußen warten.');
    const follow = quoteStarting(a, 'Die Schiffe');
    assert.equal(follow.type, 'indirect');
    assert.equal(follow.speaker?.name, 'Ida Brandt');
    assert.equal(follow.cue?.text, 'sagte');
  });
  it('„heißt es“ without a source of its own speaks for the body the sentence before is about', () => {
    const a = analyze('Die Hafenbehörde lehnt die Pläne ab. Zur Begründung heißt es, der Kai sei zu kurz.');
    const q = quoteStarting(a, 'der Kai');
    assert.equal(q.cue?.text, 'heißt es');
    assert.equal(q.speaker?.text, 'Die Hafenbehörde');
  });
  it('the subject of a passive is no speaker', () => {
    const a = analyze('Die Lotsin wurde gefragt, ob der Kai zu kurz sei.');
    assert.equal(a.quotes.length, 1);
    assert.equal(a.quotes[0].cue?.text, 'gefragt');
    assert.equal(a.quotes[0].speaker, null);
  });
  it('the subject of a passive without „ge“ is no speaker either', () => {
    const a = analyze('Im Hafen werden auch Schiffe verschiedener Größen erwartet: Fähren, Frachter und Segler.');
    assert.ok(a.quotes.every((q) => !q.speaker?.text.includes('Schiffe')), JSON.stringify(a.quotes.map((q) => q.speaker?.text)));
  });
  it('an impersonal „es“ is no speaker: the quote continues the speaker before it', () => {
    const a = analyze('„Der Kai ist zu kurz“, sagte die Lotsin Ida Brandt. Es drohe „ein Stau vor dem Hafen“.');
    const stau = quoteStarting(a, '„ein Stau');
    assert.equal(stau.speaker?.name, 'Ida Brandt');
    assert.equal(stau.cue?.text, 'sagte');
  });
  it('a report in Konjunktiv before any speaker comes from the body the sentence before is about', () => {
    const a = analyze('Die Hafenbehörde prüfte am Montag die Schleuse. Sie sei in einem schlechten Zustand.');
    assert.equal(a.quotes.length, 1);
    assert.equal(a.quotes[0].type, 'indirect');
    assert.equal(a.quotes[0].speaker?.text, 'Die Hafenbehörde');
  });
  it('„anders als X behauptet“ and „ist … zu bewerten“ frame nothing: the sentence continues the speech before', () => {
    const a = analyze('Die Lotsin Ida Brandt sagte, der Kai sei zu kurz. Die Fähre sei, anders als die Reederei behauptet, zu groß. Das sei als Warnung zu bewerten.');
    assert.equal(quoteStarting(a, 'Die Fähre').speaker?.name, 'Ida Brandt');
    assert.equal(quoteStarting(a, 'Das sei').speaker?.name, 'Ida Brandt');
  });
  it('a frame in Konjunktiv is reported by the speaker before it', () => {
    const a = analyze('Die Lotsin Ida Brandt sagte, der Kai sei zu kurz. Sie rate deshalb zu kleineren Schiffen. Zuerst habe sie gedacht, dass der Kai reiche.');
    assert.equal(quoteStarting(a, 'Sie rate').speaker?.text, 'Die Lotsin Ida Brandt');
    assert.equal(a.quotes.find((q) => q.text.includes('der Kai reiche'))?.speaker?.text, 'Die Lotsin Ida Brandt');
    const c = analyze('Die Hafenzeitung berichtete, der Kai sei zu kurz. Ferner hätten sich die Lotsen für einen Neubau ausgesprochen.');
    assert.equal(quoteStarting(c, 'Ferner').speaker?.text, 'Die Hafenzeitung');
    // In the indicative the pronoun is the mention itself.
    const b = analyze('Die Lotsin Ida Brandt kam am Montag. Sie sagte, der Kai sei zu kurz.');
    assert.equal(b.quotes[0].speaker?.text, 'Sie');
  });
  it('a role acting in the indicative speaks itself, though the Konjunktiv of its content continues no one', () => {
    const a = analyze('Die Lotsin Ida Brandt sagte, der Kai sei zu kurz. Auch der Sprecher der Reederei im Hafen, Jan Roth, will prüfen, ob der Kai verlängert werden solle.');
    const q = a.quotes.find((x) => x.text.includes('Jan Roth'));
    assert.equal(q?.speaker?.text, 'der Sprecher der Reederei im Hafen, Jan Roth');
  });
  it('a report in Konjunktiv after an object-first sentence comes from the subject after the verb', () => {
    const a = analyze('Hafennachrichten: Einen neuen Riss haben die Prüfer der Hafenbehörde am Kai entdeckt. Er sei zwei Meter lang.');
    assert.equal(quoteStarting(a, 'Er sei').speaker?.text, 'die Prüfer der Hafenbehörde');
  });
  it('a second frame in a later clause starts speech of its own', () => {
    const a = analyze('Laut Reederei habe es eine Kontrolle des Kutters gegeben, von dem laut Feuerwehr zu Verstößen aufgerufen worden sein soll. Der Kai sei gesperrt worden.');
    assert.deepEqual(a.quotes.map((q) => [q.text, q.speaker?.text]), [
      ['habe es eine Kontrolle des Kutters gegeben', 'Reederei'],
      ['zu Verstößen aufgerufen worden sein soll', 'Feuerwehr'],
      ['Der Kai sei gesperrt worden', 'Feuerwehr'],
    ]);
  });
  it('a semicolon separates clauses with frames of their own', () => {
    const a = analyze('Die Reederei sagte, der Kai sei zu kurz; nach Angaben der Lotsen ist er lang genug.');
    assert.deepEqual(a.quotes.map((q) => [q.text, q.speaker?.text]), [['der Kai sei zu kurz', 'Die Reederei'], ['ist er lang genug', 'Angaben der Lotsen']]);
  });
  it('a direct quote takes the source frame of its own clause', () => {
    const a = analyze('Nach Angaben der Reederei ist der Kai gesperrt, was nach Bewertung der Lotsen „keinen Sinn“ ergibt.');
    assert.equal(quoteStarting(a, '„keinen Sinn“').speaker?.text, 'Bewertung der Lotsen');
  });
  it('the adverb „laut“ is no source frame', () => {
    const a = analyze('Die Reeder denken bereits laut über einen Verkauf nach. „Der Kai ist zu kurz.“');
    assert.ok(a.quotes.every((q) => q.speaker?.text !== 'über'), JSON.stringify(a.quotes.map((q) => q.speaker?.text)));
    assert.ok(a.quotes.every((q) => q.cue?.text !== 'laut'));
    assert.deepEqual(analyze('Wer die Pause überzieht, wird im Hafen laut aufgerufen.').quotes, []);
    assert.equal(analyze('Die Werft ist laut taz pleite.').quotes[0]?.speaker?.text, 'taz');
  });
  it('opinions of experts and bodies are reported speech, a private „fürchten“ is not', () => {
    const a = analyze('Hafenexperten fürchten Engpässe im Winter.');
    assert.deepEqual(a.quotes.map((q) => [q.type, q.cue?.text, q.speaker?.text]), [['reported', 'fürchten', 'Hafenexperten']]);
    assert.deepEqual(analyze('Die Kinder fürchten den Winter.').quotes, []);
    assert.deepEqual(analyze('Die Entscheidung wird für Sonntag erwartet.').quotes, []);
    assert.equal(analyze('Analysten halten einen Preis von 60 Dollar für wahrscheinlich.').quotes[0]?.speaker?.text, 'Analysten');
    assert.deepEqual(analyze('Die Kinder sehen den Hafen.').quotes, []);
  });
  it('an interposed „so X“ attributes the sentence and the words quoted in it', () => {
    const a = analyze('Der Kai müsse, so Lotsin Brandt, „um jeden Preis“ verlängert werden.');
    assert.deepEqual(a.quotes.map((q) => [q.type, q.cue?.text, q.speaker?.text]), [['indirect', 'so', 'Lotsin Brandt'], ['direct', 'so', 'Lotsin Brandt']]);
  });
  for (const [text, type, cue, speaker, rule] of cases) {
    it(`${cue} → ${speaker} (${rule})`, () => {
      const q = only(text);
      assert.equal(q.type, type);
      assert.equal(q.cue?.text, cue);
      assert.equal(q.speaker?.text, speaker);
      assert.equal(explaining.analyze(text).quotes[0].why?.rule, rule);
    });
  }
});

describe('speech with no frame of its own', () => {
  it('reportive „soll“ after a rubric speaks for the body acting in the sentence before', () => {
    const a = analyze('Neu in der Hafenforschung: Die Hafenbehörden haben einen neuen Schaden entdeckt. Er soll gefährlich sein.');
    assert.deepEqual(a.quotes.map((q) => [q.type, q.speaker?.text]), [['free_indirect', 'Die Hafenbehörden']]);
  });
  it('a lone quote with no speech before it speaks for the party acting in the sentence before', () => {
    const a = analyze('Hafenpolitik: Die SPD will am Kai festhalten. „Wir wollen einen sicheren Hafen für alle Schiffe.“');
    assert.deepEqual(a.quotes.map((q) => [q.type, q.speaker?.text]), [['direct', 'Die SPD']]);
    // In a later paragraph the mention keeps its place in the article.
    const text = 'Der Hafen wächst.\n\nHafenpolitik: Die SPD will am Kai festhalten. „Wir wollen einen sicheren Hafen für alle Schiffe.“';
    const speaker = analyze(text).quotes[0]?.speaker;
    assert.deepEqual([speaker?.start, speaker?.text], [text.indexOf('Die SPD'), 'Die SPD']);
  });
  it('a quote in the content of a noun of saying belongs to the noun\'s owner, not to the main verb', () => {
    const a = analyze('Auf den Vorwurf der Reeder, es gehe hier um einen „teuren Unsinn“, entgegnete die Lotsin, dass der Kai sicher sei.');
    assert.deepEqual(a.quotes.map((q) => [q.type, q.cue?.text, q.speaker?.text]), [['direct', 'Vorwurf', 'der Reeder'], ['indirect', 'entgegnete', 'die Lotsin']]);
  });
  it('„Darin steht“ and „Darin heißt es“ point to the document named in the sentence before', () => {
    const a = analyze('Die Reederei verschickte am Dienstag eine ausführliche Erklärung. Darin steht unter anderem: „Hart getroffen sind wir, weil der Kai gesperrt ist.“');
    assert.deepEqual(a.quotes.map((q) => [q.type, q.cue?.text, q.speaker?.text]), [['direct', 'steht', 'eine ausführliche Erklärung']]);
    const b = analyze('Die Reederei veröffentlichte am Dienstag einen Bericht. Darin heißt es, der Kai sei marode.');
    assert.deepEqual(b.quotes.map((q) => [q.type, q.cue?.text, q.speaker?.text]), [['indirect', 'heißt es', 'einen Bericht']]);
  });
  it('a named source beats unnamed sources in the same sentence', () => {
    const a = analyze('Ungenannten Quellen zufolge war es laut „Hafenkurier“ ein Unfall. Dabei seien zwei Kräne beschädigt worden.');
    assert.deepEqual(a.quotes.map((q) => [q.type, q.cue?.text, q.speaker?.text]), [['indirect', 'laut', '„Hafenkurier“'], ['indirect', 'laut', '„Hafenkurier“']]);
  });
  it('the body acting after an opening prepositional phrase and adverbials is the source of a following „soll“', () => {
    const a = analyze('Die Lotsen werfen den Reedern Versagen vor. Der Verband hat 40 Mitglieder. Gegen den „Verband kleiner Reeder“ ermittelt seit dem Frühjahr die Staatsanwaltschaft. Der Kassenwart soll Gelder veruntreut haben.');
    assert.deepEqual(a.quotes.map((q) => [q.type, q.speaker?.text]), [['reported', 'Die Lotsen'], ['free_indirect', 'die Staatsanwaltschaft']]);
  });
  it('content ending in words it quotes is framed by the verb after it', () => {
    const a = analyze('Die Reederei begrüßte die Entscheidung. Nach der Wahl könne der Senat den Kai verlängern, „damit mehr Schiffe anlegen können“, erklärte die Sprecherin Ida Brandt.');
    assert.deepEqual(a.quotes.map((q) => [q.type, q.cue?.text, q.speaker?.text]), [['indirect', 'erklärte', 'die Sprecherin Ida Brandt'], ['direct', 'erklärte', 'die Sprecherin Ida Brandt']]);
  });
  it('an agentless passive frame speaks for the body acting in the sentence before', () => {
    const a = analyze('Dem Ausbau des Kais steht die Hafenbehörde äußerst skeptisch gegenüber. Zum einen wird dabei auf Erfahrungen in anderen Häfen verwiesen, wo der Ausbau gescheitert sei.');
    assert.deepEqual(a.quotes.map((q) => [q.type, q.cue?.text, q.speaker?.text]), [['indirect', 'verwiesen', 'die Hafenbehörde']]);
    const b = analyze('Darüber hinaus wirft die Hafenbehörde den Lotsen vor, sich nicht an Vereinbarungen gehalten zu haben, die zuvor vereinbart wurden. Vor allem aber kritisiert wird, dass unsere Lotsen zu spät gekommen seien.');
    assert.deepEqual(b.quotes.map((q) => q.speaker?.text), ['die Hafenbehörde', 'die Hafenbehörde']);
    // With nobody acting before it, the passive names no one.
    const c = analyze('Das Wetter war schlecht. Insbesondere kritisiert wird, dass unsere Lotsen zu spät gekommen seien.');
    assert.deepEqual(c.quotes.map((q) => q.speaker), [null]);
  });
  it('Konjunktiv right after a role acting in the sentence before reports that role, named in commas', () => {
    const a = analyze('Die Lotsen berichteten von einem dumpfen Schlag. Der Hafenmeister, Jan Roth, spekulierte über einen Defekt als Ursache. So sei die Sicht zum Ufer schlecht gewesen.');
    assert.deepEqual(a.quotes.map((q) => [q.type, q.speaker?.text]), [['reported', 'Die Lotsen'], ['indirect', 'Der Hafenmeister, Jan Roth']]);
  });
  it('an aside in dashes does not cut a passive frame from the document it names; a month is no agent', () => {
    const a = analyze('In einem Memorandum vom Mai 2020 wird die Lage – das Papier war im „Hafenkurier“ erschienen – durch den Satz gekennzeichnet, der Kai sei marode.');
    assert.deepEqual(a.quotes.map((q) => [q.type, q.cue?.text, q.speaker?.text]), [['indirect', 'gekennzeichnet', 'einem Memorandum vom Mai']]);
  });
  it('nouns that look like Konjunktiv forms, looming threats and conditional clauses are no speech', () => {
    // „Falle“ reads like the Konjunktiv of „fallen“, but a capital inside the sentence is a noun.
    assert.deepEqual(analyze('Im Fall eines Schuldspruchs droht dem Kapitän eine Geldstrafe.').quotes, []);
    assert.deepEqual(analyze('Selbst wenn der Kapitän als Heranwachsender gesehen wird, droht ihm eine Haftstrafe.').quotes, []);
    assert.deepEqual(analyze('Die Reeder müssen dafür Sorge tragen, dass die Kais geprüft werden.').quotes, []);
    assert.deepEqual(analyze('Es gibt keine Hinweise, dass die Reeder betrogen haben.').quotes, []);
    // A particle of its own at the clause end makes another verb („aussehen“ is no „sehen“).
    assert.deepEqual(analyze('Die neue Fähre sieht dabei folgendermaßen aus: Ein Deck für Autos liegt unten.').quotes, []);
    assert.deepEqual(analyze('Im Hafen forderte der Sturm drei Menschenleben.').quotes, []);
    // Adverbs that look like verbs, and reflexive verbs that say nothing.
    assert.deepEqual(analyze('Am Kai hat es schon mehrmals heikle Zwischenfälle gegeben.').quotes, []);
    assert.deepEqual(analyze('Die Aussicht auf Erfolg ist äußerst unsicher.').quotes, []);
    assert.deepEqual(analyze('Der Titelverteidiger Kiel behauptete sich mit 3:1 gegen Lübeck.').quotes, []);
    assert.deepEqual(analyze('Gegen Lübeck kündigt sich nun ein echtes Derby an.').quotes, []);
    assert.deepEqual(analyze('Von den neuen Schleppern verspricht man sich schnellere Einsätze.').quotes, []);
    assert.deepEqual(analyze('Wie sich bald herausstellte, war das ein Irrtum des Hafens.').quotes, []);
    assert.deepEqual(analyze('Die Befürchtungen der Lotsen haben sich bestätigt: Der Kai ist zu kurz.').quotes, []);
    // „sich in etwas äußern“ is showing in it, unless that is where words are said.
    assert.deepEqual(analyze('Die Krise hat sich in der Weigerung der Bank geäußert, den Hafen weiter zu finanzieren.').quotes, []);
    assert.equal(analyze('Die Lotsin hat sich in der Zeitung dazu geäußert, dass der Kai zu kurz sei.').quotes[0]?.speaker?.text, 'Die Lotsin');
    // Between an article and its noun a verb form is an adjective; „Das bestätigte X“ stays a frame.
    assert.deepEqual(analyze('Aufgrund der prognostizierten Länge von 300 Metern wird ein neuer Kai gebaut.').quotes, []);
    assert.deepEqual(analyze('Ein Großteil des erwarteten Wachstums soll im Hafen stattfinden.').quotes.filter((q) => q.type === 'reported'), []);
    assert.equal(analyze('Die Fähre legte um acht Uhr ab. Das bestätigte Hafenmeister Jan Roth am Montag.').quotes[0]?.cue?.text, 'bestätigte');
    // So after a demonstrative, or after „die“ inside a clause; the frame is the verb that closes it.
    assert.equal(analyze('Die Lotsin hatte diese beabsichtigte Sperrung vor dem Hafenrat begründet: Der Kai brauche Ruhe.').quotes[0]?.cue?.text, 'begründet');
    assert.equal(analyze('Roth hatte die geplante Sperrung damit begründet, dass der Kai bröckle.').quotes[0]?.cue?.text, 'begründet');
    // „meine“, „meinen“, „einige“ before their noun are determiners, not „meinen“ or „sich einigen“.
    assert.deepEqual(analyze('Ich habe meine Tochter zum Kai gebracht, weil die Fähre ausfiel.').quotes, []);
    assert.deepEqual(analyze('Einige Fischer hatten sich an die Reederei gewandt, die dann klagte.').quotes, []);
    assert.deepEqual(analyze('Er wollte meinen alten Liegeplatz am Kai übernehmen.').quotes, []);
    assert.deepEqual(analyze('Einige der Fischer hatten sich an die Reederei gewandt.').quotes, []);
    // An article after „meinen“ opens its subject: the verb stays a frame.
    assert.equal(analyze('Der Kai sei zu kurz, meinen die Lotsen.').quotes[0]?.cue?.text, 'meinen');
    // So is the participle closing an extended attribute („der von der Zeitung zitierte Lotse“).
    assert.deepEqual(analyze('Der Kai ist der am besten bewertete Liegeplatz im Hafen.').quotes, []);
    assert.deepEqual(analyze('Zwei Verbände riefen zu einer Kundgebung am Kai auf.').quotes, []);
    assert.deepEqual(analyze('Die Lotsen drängen auf einen neuen Kai.').quotes, []);
    // An interposed frame splits the content into two segments, the frame between them.
    const around = analyze('Der Kai sei, sagte die Lotsin, viel zu kurz.').quotes[0];
    assert.deepEqual(around?.segments?.map((x) => x.text), ['Der Kai sei', 'viel zu kurz']);
    assert.deepEqual(analyze('Täglich haben tausend Leser die Seite des Hafens aufgerufen.').quotes, []);
    assert.equal(analyze('Der von der Hafenzeitung zitierte Lotse sagte, der Kai sei zu kurz.').quotes[0]?.cue?.text, 'sagte');
    // A strong participle in -en is passive after „wurde“ or with an agent; the agent speaks.
    assert.equal(analyze('Die Lage wird von der Reederei als „ernste Krise“ beschrieben.').quotes[0]?.speaker?.text, 'der Reederei');
    assert.equal(analyze('Wie der Lotse nie müde wurde zu betonen, „sei der Kai zu kurz“.').quotes[0]?.speaker?.text, 'der Lotse');
    assert.deepEqual(analyze('Ausgehend von den Messungen wird entschieden, ob der Kai gesperrt wird.').quotes.map((q) => [q.cue?.text, q.speaker]), [['entschieden', null]]);
    // „durch“ names the agent of a passive when it is a person or body, not a means.
    assert.equal(analyze('Der Vorwurf wurde durch den Hafenmeister mit dem Argument zurückgewiesen, dass der Kai lang genug sei.').quotes[0]?.speaker?.text, 'den Hafenmeister');
    assert.notEqual(analyze('Die Lage wird durch den Satz gekennzeichnet, der Kai sei zu kurz.').quotes[0]?.speaker?.text, 'den Satz');
    // A quantifier before its noun is no agent alone; an institution's field belongs to its name.
    assert.equal(analyze('Der Plan wird von vielen erfahrenen Lotsen als Farce bezeichnet.').quotes[0]?.speaker?.text, 'vielen erfahrenen Lotsen');
    assert.equal(analyze('Das Bundesamt für Seeschifffahrt und Hydrographie sagte, der Kai sei zu kurz.').quotes[0]?.speaker?.text, 'Das Bundesamt für Seeschifffahrt und Hydrographie');
    // „als“ opens an extended attribute too, quoted words inside it included.
    assert.deepEqual(analyze('Die als „Perle des Nordens“ bezeichnete Fähre soll im Mai fahren.').quotes.map((q) => q.speaker?.text), [undefined]);
    assert.equal(analyze('Die als „Retterin des Hafens“ bezeichnete Lotsin sagte, der Kai sei zu kurz.').quotes.find((q) => q.type === 'indirect')?.cue?.text, 'sagte');
    assert.equal(analyze('Im Hafen sei kein Platz für Gruppen, die zu Gewalt aufrufen, sagte die Ministerin.').quotes[0]?.speaker?.text, 'die Ministerin');
    assert.equal(analyze('Die Lotsin hat wiederholt betont, dass der Kai zu kurz sei.').quotes[0]?.cue?.text, 'betont');
    assert.equal(analyze('Als wichtigste Aufgabe sieht es die Lotsin an, den Kai zu sichern.').quotes[0]?.cue?.text, 'sieht es die Lotsin an');
    const a = analyze('Wenn der Kai nicht verlängert werde, drohe ein Chaos, sagte der Hafenmeister.');
    assert.deepEqual(a.quotes.map((q) => [q.type, q.cue?.text, q.speaker?.text]), [['indirect', 'sagte', 'der Hafenmeister']]);
  });
  it('what stands before an inverted frame is content only with a verb of its own', () => {
    assert.deepEqual(analyze('In einem Bericht, der anlässlich seines 100. Geburtstages erschien, lobte er den Plan.').quotes.filter((q) => q.type === 'indirect'), []);
    const a = analyze('Der Vorsitzende der Lotsen, Nachfolger von Jan Roth, Piet Ahrens, würdigte den Kapitän in einer Mitteilung.');
    assert.ok(a.quotes.every((q) => q.type !== 'indirect'), JSON.stringify(a.quotes));
    assert.equal(analyze('Der Hafen ist zu klein, sagte die Lotsin.').quotes[0]?.text, 'Der Hafen ist zu klein');
  });
  it('in a causal clause the content ends where the main clause begins', () => {
    const a = analyze('Da die Lotsen es für klug hielten, die Schiffe zu räumen, erteilten sie den Befehl.');
    assert.deepEqual(a.quotes.map((q) => [q.text, q.speaker?.text]), [['die Schiffe zu räumen', 'die Lotsen']]);
  });
  it('a perfect participle reports speech only with someone who speaks', () => {
    assert.deepEqual(analyze('Der Sturm hat wieder ein Opfer gefordert.').quotes, []);
    assert.deepEqual(analyze('Es drohe ein Streit mit den Reedern, hieß es.').quotes.map((q) => q.cue?.text), ['hieß es']);
  });
  it('a passive reports speech only when it names its agent or document, not its subject', () => {
    assert.deepEqual(analyze('Die Seeschlange wurde anhand einer Reihe von Wirbeln aus dem Hafenbecken beschrieben.').quotes, []);
    assert.deepEqual(analyze('Die Gebühr wurde vom Hafenrat gefordert.').quotes.map((q) => [q.type, q.speaker?.text]), [['reported', 'Hafenrat']]);
  });
  it('a single dash ends the verb\'s clause: what follows is no content', () => {
    assert.deepEqual(analyze('Der Lotse droht wegen des Sturms seinen Kai zu verlieren – was wäre also, wenn die Reeder gingen?').quotes, []);
  });
  it('a continuation shows the nearest mention of the same speaker', () => {
    const text = 'Die Hafenbehörde hat einen Schaden entdeckt. Er soll gefährlich sein. Einen zweiten Schaden hat die Hafenbehörde am Montag entdeckt. Der Kai sei gesperrt.';
    const a = analyze(text);
    assert.deepEqual(a.quotes.map((q) => q.speaker?.start), [0, text.indexOf('die Hafenbehörde')]);
  });
});

describe('the speaker registry, as a new user meets it', () => {
  it('takes no verb into a role, and keeps the mention\'s gender in the alias', () => {
    const roth = analyze('„Wir kommen“, sagte Bürgermeisterin Eva Roth.').speakers.find((s) => s.name === 'Eva Roth');
    assert.equal(roth?.role, 'Bürgermeisterin');
    assert.ok(roth?.aliases.includes('die Bürgermeisterin') && !roth.aliases.some((x) => x.includes('sagte')), roth?.aliases.join(', '));
    // Nor a function word in -e: „wie Obmann …“ is no adjective („wier Obmann“).
    const obmann = analyze('Der Kai ist zu kurz, wie Obmann Jan Roth sagt.').speakers.find((s) => s.name === 'Jan Roth');
    assert.equal(obmann?.role, 'Obmann');
    assert.deepEqual(obmann?.aliases, ['der Obmann', 'Roth']);
    // A surname joined to its particle is written with a capital at the start of a sentence.
    const hamdi = analyze('Der Ankläger Omar al-Hamdi sagte, der Prozess werde vertagt. Al-Hamdi betonte, er sei zuversichtlich.');
    assert.deepEqual(hamdi.speakers.map((x) => x.name), ['Omar al-Hamdi']);
    assert.deepEqual(hamdi.quotes.map((q) => q.speaker?.speakerId), ['omar-al-hamdi', 'omar-al-hamdi']);
    const weber = analyze('Die Vorsitzende des Hafenvereins, Anna Weber, sagte, der Kai sei zu kurz.').speakers.find((s) => s.name === 'Anna Weber');
    assert.ok(weber?.aliases.includes('die Vorsitzende'), weber?.aliases.join(', '));
    // A name is shown as written: „58-Jährige“, not „58 - Jährige“.
    assert.deepEqual(analyze('Er habe lange gekämpft, sagte der 58-Jährige.').speakers.map((x) => x.name), ['58-Jährige']);
    // Adverbs before a body's adjective belong to the mention, not to the body's name.
    const verband = analyze('Der erst kürzlich gegründete Hafenverband sagte, der Kai sei zu kurz.').quotes[0]?.speaker;
    assert.deepEqual([verband?.text, verband?.name], ['Der erst kürzlich gegründete Hafenverband', 'gegründete Hafenverband']);
  });

  it('makes no person of a source noun, and names the group behind it', () => {
    assert.deepEqual(analyze('Nach ersten Schätzungen kamen tausend Menschen.').speakers, []);
    const staff = analyze('Nach Angaben von Mitarbeitern ist der Kai zu kurz.').speakers;
    assert.deepEqual(staff.map((s) => [s.name, s.kind]), [['Mitarbeiter', 'unknown']]);
    // A body in the genitive is one speaker with the body named in the nominative; so is one
    // behind „von Seiten“ or „aus Kreisen“.
    const office = analyze('Das Hafenamt sagte, der Kai sei gesperrt. Nach Angaben des Hafenamts bleibt er zu. Der Kai bleibe zu, hieß es von Seiten des Hafenamtes.');
    assert.deepEqual(office.quotes.map((q) => q.speaker?.name), ['Hafenamt', 'Hafenamt', 'Hafenamt']);
    assert.deepEqual(office.speakers.map((s) => s.name), ['Hafenamt']);
    assert.deepEqual(analyze('Aus Kreisen der Reederei hieß es, der Kai werde gesperrt.').speakers.map((s) => s.name), ['Reederei']);
    // A quoted name joined to its noun by a hyphen is a compound: the noun names the speakers.
    assert.deepEqual(analyze('Die „Hafen“-Entwickler empfahlen, die Fähre abzuschalten.').quotes.map((q) => q.speaker?.name), ['Hafen-Entwickler']);
    // A speech noun owned by a possessive is the owner's, found as a pronoun is; with no owner of that gender, no one.
    assert.deepEqual(analyze('Jan Roth lehnte den Plan ab. Seine Begründung: „Das ist zu teuer.“').quotes.map((q) => q.speaker?.name), ['Jan Roth']);
    assert.deepEqual(analyze('Anna Weber lehnte ab. Ihr Fazit lautete, der Kai sei zu teuer.').quotes.map((q) => q.speaker?.name), ['Anna Weber']);
    assert.deepEqual(analyze('Der Kai ist nach ihren Schätzungen zu kurz.').speakers.map((s) => s.name), []);
    // A name in the genitive before a speech noun is its owner, found under the name without „s“.
    assert.deepEqual(analyze('Jan Roth leitet den Hafen. Roths Forderung, den Kai zu sperren, stieß auf Kritik.').quotes.map((q) => q.speaker?.name), ['Jan Roth']);
    // A date after „von“ says when, not whose.
    assert.deepEqual(analyze('Nach einer Umfrage von Juli will die Hälfte der Lotsen bleiben.').speakers.map((s) => s.name), []);
    // A role at a quoted medium is that role, not the medium; the medium alone is the medium.
    assert.deepEqual(analyze('Die Chefredakteurin der Zeitung „Hafenblatt“ sagte, der Kai sei zu kurz.').quotes.map((q) => q.speaker?.name), ['Chefredakteurin der Zeitung „Hafenblatt“']);
    assert.deepEqual(analyze('Die Zeitung „Hafenblatt“ berichtete, der Kai sei zu kurz.').quotes.map((q) => q.speaker?.name), ['Hafenblatt']);
  });

  it('makes no person of an abstract noun, so that a pronoun after it finds the person', () => {
    const a = analyze('Die Kapitänin Eva Roth sagte, der Kai sei gesperrt. Laut Hafenverordnungen ist der Kai zu. Sie betonte, die Fähre warte.');
    assert.deepEqual(a.speakers.map((s) => [s.name, s.kind]), [['Eva Roth', 'person'], ['Hafenverordnungen', 'unknown']]);
    assert.equal(a.quotes[2]?.speaker?.name, 'Eva Roth');
    // Words before an abstract noun are its attributes, not a name.
    assert.deepEqual(analyze('Westliche Regierungen werfen der Reederei vor, den Kai zu beschädigen.').speakers.map((s) => [s.name, s.kind]), [['Westliche Regierungen', 'organisation']]);
    assert.deepEqual(analyze('Böse Zungen behaupten, der Kai sei zu kurz.').speakers.map((s) => [s.name, s.kind]), [['Böse Zungen', 'unknown']]);
    // A name in the genitive before an adjective owns the noun that speaks; a name in -s before a dative stays a name.
    assert.deepEqual(analyze('Europas größte Reederei ist überzeugt, die Lotsen hätten gestreikt.').speakers.map((s) => s.name), ['Europas größte Reederei']);
    assert.deepEqual(analyze('Das betonte Tsipras griechischen Medienberichten zufolge.').speakers.map((s) => s.name), ['Tsipras']);
    // A short name in -ung is a name.
    assert.deepEqual(analyze('Der Kapitän Jan Hartung sagte, der Kai sei zu kurz.').speakers.map((s) => [s.name, s.kind]), [['Jan Hartung', 'person']]);
  });

  it('keeps a middle initial in the name, so that the surname alone finds the person later', () => {
    const a = analyze('Der Lotse Jan M. Roth sagte, der Kai sei zu kurz. Roth betonte, der Kai sei alt.');
    assert.deepEqual(a.speakers.map((s) => s.name), ['Jan M. Roth']);
    assert.deepEqual(a.quotes.map((q) => q.speaker?.name), ['Jan M. Roth', 'Jan M. Roth']);
  });

  it('reads an academic title inside the speaker phrase and leaves it out of the name', () => {
    const a = analyze('Der Gutachter Professor Dr. Jan Roth sagte, der Kai sei zu kurz. Roth betonte, der Kai sei alt.');
    assert.equal(a.quotes[0]?.speaker?.text, 'Der Gutachter Professor Dr. Jan Roth');
    assert.deepEqual(a.quotes.map((q) => q.speaker?.name), ['Jan Roth', 'Jan Roth']);
  });

  it('ends a name before a weekday written as one word with its part of the day', () => {
    const a = analyze('Die Fähre fahre wieder, teilte Hafenmeister Jan Roth Montagmittag mit. Roth betonte, der Kai sei alt.');
    assert.equal(a.quotes[0]?.speaker?.text, 'Hafenmeister Jan Roth');
    assert.deepEqual(a.speakers.map((s) => s.name), ['Jan Roth']);
  });

  it('names a source without the attribute between its article and its noun', () => {
    const a = analyze('Der von der Hafenzeitung zitierte Lotse sagte, die Fähre sei zu langsam. Laut einer am Montag vorgestellten Umfrage der Hafenkammer fehlen Kräne.');
    // (A survey is a source noun: the body behind it is named.)
    assert.deepEqual(a.quotes.map((q) => q.speaker?.name), ['Lotse', 'Hafenkammer']);
  });

  it('never resolves an indefinite „ein Sprecher“ to a spokesman named before', () => {
    const a = analyze('Der Sprecher der Reederei, Jan Roth, sagte, der Kai sei zu kurz. Laut einem Sprecher der Stadt wird der Kai verlängert.');
    assert.deepEqual(a.quotes.map((q) => q.speaker?.name), ['Jan Roth', 'Sprecher der Stadt']);
  });

  it('resolves „er“ and „sie“ to the last person of their gender, by the role that introduced them', () => {
    const a = analyze('Die Ministerin Eva Lang besuchte den Hafen. Der Sprecher der Reederei, Jan Ohm, begleitete sie. Sie sagte, der Kai sei zu kurz. Er erklärte, man prüfe das.');
    assert.deepEqual(a.quotes.map((q) => [q.speaker?.text, q.speaker?.name]), [['Sie', 'Eva Lang'], ['Er', 'Jan Ohm']]);
  });

  it('reads a country or region in the genitive after a role as no name: „der Präsident Spaniens“', () => {
    const a = analyze('Der Präsident Spaniens sagte, der Kai sei zu kurz. Die Gouverneurin Bayerns sagte, er sei lang genug.');
    assert.deepEqual(a.speakers.map((s) => s.name), ['Präsident Spaniens', 'Gouverneurin Bayerns']);
    // A given name or a surname after a role is still a name.
    assert.deepEqual(analyze('Trainer Jens sagte, der Kai sei zu kurz.').speakers.map((s) => s.name), ['Jens']);
    assert.deepEqual(analyze('Minister Maas sagte, der Kai sei zu kurz.').speakers.map((s) => s.name), ['Maas']);
  });

  it('reads two surnames of people named before as two people, the first one speaking', () => {
    const who = (text: string) => analyze(text).quotes.map((q) => q.speaker?.name);
    assert.deepEqual(who('Jan Ohm und Eva Lenz streiten um den Vorsitz. Später nannte Ohm Lenz „eine Bremserin“.'), ['Jan Ohm']);
    // One surname known, the other not: one person with a fuller name.
    assert.deepEqual(who('Eva Lenz leitet die Werft. Später sagte Ole Lenz: „Der Kai ist zu kurz.“'), ['Ole Lenz']);
  });

  it('knows a person named in passing by a common given name, so that „er“ and „sie“ find them', () => {
    const who = (text: string) => analyze(text).quotes.map((q) => [q.speaker?.text, q.speaker?.name]);
    assert.deepEqual(who('Thomas Roth baut seit Jahren Boote. Er sagte, der Kai sei zu kurz.'), [['Er', 'Thomas Roth']]);
    // The given name tells the gender: „sie“ passes over the man named last.
    assert.deepEqual(who('Eva Lenz leitet den Hafen, Jan Ohm die Werft. Sie sagte, der Kai sei zu kurz.'), [['Sie', 'Eva Lenz']]);
    // A possessor named in passing yields to a speaker of the same sentence.
    assert.deepEqual(who('Auch Jan Ohm, einst Lotse in Tom Lenzens Diensten, rät zum Warten. Noch sei unklar, wie es weitergehe, sagt er.').at(-1), ['er', 'Jan Ohm']);
    // Given names common in foreign news count too.
    assert.deepEqual(who('Rick Lenz baut seit Jahren Boote. Er sagte, der Kai sei zu kurz.'), [['Er', 'Rick Lenz']]);
    // A genitive before a noun names the person without its -s; before an adjective it may be a surname in -s.
    assert.deepEqual(who('Jan Ohms Werft baut Fähren. Er sagte, der Kai sei zu kurz.'), [['Er', 'Jan Ohm']]);
    assert.deepEqual(who('Jan Ohms neue Werft baut Fähren. Er sagte, der Kai sei zu kurz.'), [['Er', undefined]]);
    // An „ich“ is someone who speaks, and a pronoun looks back a few sentences for someone named in passing.
    assert.deepEqual(who('Jan Ohm baut Fähren. Ich finde, dass der Kai zu kurz ist.'), [['Ich', undefined]]);
    const far = 'Jan Ohm baut Fähren. ' + 'Der Kai ist alt und die Fähre ist voll. '.repeat(30) + 'Er sagte, der Kai sei zu kurz.';
    assert.deepEqual(who(far), [['Er', undefined]]);
  });

  it('resolves an epithet of age or party („die 52-Jährige“, „der SPD-Politiker“) to the last person of its gender', () => {
    const who = (text: string) => analyze(text).quotes.map((q) => [q.speaker?.text, q.speaker?.name]);
    assert.deepEqual(who('Ida Kern leitet den Hafen, Tom Brink die Werft. Die 52-Jährige sagte, der Kai sei zu kurz.'), [['Die 52-Jährige', 'Ida Kern']]);
    assert.deepEqual(who('Tom Brink leitet die Werft, Ida Kern den Hafen. Das bestätigte der SPD-Politiker am Montag.').map(([, name]) => name), ['Tom Brink']);
    // A form that may be plural or either gender refers to no one in particular.
    assert.deepEqual(analyze('Ida Kern leitet den Hafen. Die 52-Jährigen sagten, der Kai sei zu kurz.').speakers.map((s) => s.name), ['Ida Kern', '52-Jährigen']);
    assert.notDeepEqual(who('Tom Brink leitet die Werft. Die SPD-Politiker sagten, der Kai sei zu kurz.').map(([, name]) => name), ['Tom Brink']);
    // No one of that gender before: the epithet stands for itself.
    assert.deepEqual(who('Die Werft baut Fähren. Der 45-Jährige sagte, der Kai sei zu kurz.'), [['Der 45-Jährige', '45-Jährige']]);
  });

  it('ends a name that opens with a given name at its surname: the next capitalised word is the next phrase', () => {
    const met = analyze('Am Abend traf Eva Roth Jan Ohm. Er sagte, der Kai sei zu kurz.');
    assert.deepEqual(met.speakers.map((s) => s.name), ['Eva Roth', 'Jan Ohm']);
    assert.deepEqual(met.quotes.map((q) => q.speaker?.name), ['Jan Ohm']);
    // Initials, particles and a second given name come before the surname; a surname in -s ends a sentence.
    const names = (text: string) => analyze(text).speakers.map((s) => s.name);
    assert.deepEqual(names('Den Kai bauten Jan C. Roth und Hans Peter Ohm. Der Hafen gehört Lisa De Vries.'), ['Jan C. Roth', 'Hans Peter Ohm', 'Lisa De Vries']);
    // A compound that opens with a given name is no name: „der Michael-Ende-Leser Jan Ohm“.
    assert.deepEqual(names('Der Michael-Ende-Leser Jan Ohm baut Boote.'), ['Jan Ohm']);
  });

  it('starts a name at its given name when capitals of a body or an unknown role stand before it', () => {
    const who = (text: string) => analyze(text).quotes.map((q) => q.speaker?.name);
    assert.deepEqual(who('Der Vorsitzende des Lotsenverbands Niedersachsen Karl-Heinz Ohm sagte, der Kai sei zu kurz.'), ['Karl-Heinz Ohm']);
    assert.deepEqual(who('Hafentaucherin Eva Roth sagte, der Kai sei zu kurz.'), ['Eva Roth']);
    // Two given names in a row are one name.
    assert.deepEqual(who('Lotsin Anna Maria Roth sagte, der Kai sei zu kurz.'), ['Anna Maria Roth']);
  });

  it('lists people in the order the article first names them, with a capitalised particle kept: „Lisa Van der Meer“', () => {
    const a = analyze('Der Hafen gehört Lisa Van der Meer. Der Kai sei zu kurz, sagte der Lotse Jan Ohm. Van der Meer betonte, die Fähre warte.');
    assert.deepEqual(a.speakers.map((s) => s.name), ['Lisa Van der Meer', 'Jan Ohm']);
    assert.deepEqual(a.quotes.map((q) => q.speaker?.name), ['Jan Ohm', 'Lisa Van der Meer']);
  });

  it('names a group, not a person, by one word beside a verb in the plural', () => {
    const kinds = (text: string) => analyze(text).speakers.map((s) => [s.name, s.kind]);
    assert.deepEqual(kinds('Sanitäter berichteten, der Kai sei zu kurz.'), [['Sanitäter', 'unknown']]);
    // One of several or a person known by the surname stays a person.
    assert.deepEqual(kinds('Der Kai sei zu kurz, sagten Ohm und Lenz.'), [['Ohm', 'person']]);
    assert.deepEqual(kinds('Der Kapitän Jan Ohm kam spät. Der Kai sei zu kurz, sagten Ohm und seine Leute.'), [['Jan Ohm', 'person']]);
    // An infinitive before its modal is no plural.
    assert.deepEqual(kinds('Der Kai ist zu kurz, ohne dass Ohmsen sagen könnte, woran es liegt.'), [['Ohmsen', 'person']]);
  });

  it('makes one new unnamed person („ein Sprecher“) the one a later pronoun of that gender refers to', () => {
    const a = analyze('Der Kapitän Jan Ohm kam spät. Ein Sprecher der Reederei sagte, der Kai sei zu kurz. Er fügte hinzu, die Fähre warte.');
    assert.deepEqual(a.quotes.map((q) => [q.speaker?.text, q.speaker?.name]), [['Ein Sprecher der Reederei', 'Sprecher der Reederei'], ['Er', 'Sprecher der Reederei']]);
    // A definite role mostly refers back to someone named: „er“ stays with him.
    const b = analyze('Der Kapitän Jan Ohm kam spät. Der Kai sei zu kurz, sagte der Seemann. Er fügte hinzu, die Fähre warte.');
    assert.equal(b.quotes[1]?.speaker?.name, 'Jan Ohm');
  });

  it('resolves a plural „sie“ („Sie sagten“) to no one person', () => {
    const a = analyze('Die Lotsin Eva Brandt und der Hafenmeister kamen spät. Sie sagten, der Kai sei zu kurz. Die Ministerin Eva Lang nickte. Sie sagte, man prüfe das.');
    assert.deepEqual(a.quotes.map((q) => [q.speaker?.text, q.speaker?.name]), [['Sie', undefined], ['Sie', 'Eva Lang']]);
  });

  it('gives an organisation in a headline the kind organisation, not person', () => {
    const a = analyze('Reederei droht mit Abzug\n\nDie Reederei Nordlicht droht mit dem Abzug ihrer Fähren.');
    assert.ok(a.speakers.every((s) => s.kind === 'organisation'), JSON.stringify(a.speakers.map((s) => [s.name, s.kind])));
  });

  it('hears a hedge in reported speech in the speaker\'s voice', () => {
    const a = analyze('Die Lotsin Ida Brandt sagte, sie gehe davon aus, dass der Kai bricht.');
    assert.deepEqual(a.hedges.map((h) => [h.text, h.inQuote]), [['gehe davon aus', true]]);
  });
});

describe('content that a later frame ends', () => {
  it('ends before a frame of saying with its subject after the verb', () => {
    // (The closing frame is too long to take every word before it, so the first verb keeps its frame.)
    const text = 'Die Lotsin warnt, dass der Kai bricht, sagte der Kapitän der Fähre aus Kiel am Montag im Hafen von Rostock vor Journalisten.';
    const quotes = analyze(text).quotes;
    assert.deepEqual(quotes.map((q) => [q.text, q.cue?.text]), [['dass der Kai bricht', 'warnt']]);
  });
});
