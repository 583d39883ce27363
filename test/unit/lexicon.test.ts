import * as assert from 'node:assert/strict';
import { getKonjunktiv } from '../../src/core/konjunktiv';
import { Lexicon, weakVerbForms } from '../../src/core/lexicon';

describe('lexicon', () => {
  it('derives weak verb forms by rule', () => {
    assert.deepEqual(new Set(weakVerbForms('sagen')), new Set(['sage', 'sagst', 'sagt', 'sagen', 'sagte', 'sagtest', 'sagten', 'sagtet', 'gesagt']));
    assert.ok(weakVerbForms('antworten').includes('antwortete'));
    assert.ok(weakVerbForms('erwähnen').includes('erwähnte'), 'no linking e after a silent h');
    assert.ok(weakVerbForms('rechnen').includes('rechnete'));
    assert.ok(weakVerbForms('bezeichnen').includes('bezeichnete'));
    assert.ok(weakVerbForms('erklären').includes('erklärt'));
    assert.ok(!weakVerbForms('erklären').includes('geerklärt'));
    assert.ok(weakVerbForms('kritisieren').includes('kritisiert'));
    assert.ok(weakVerbForms('spekulieren').includes('spekulieren'), 'the plural present is the lemma, not „spekuliern“');
    assert.ok(!weakVerbForms('spekulieren').includes('spekuliern'));
    assert.ok(weakVerbForms('äußern').includes('äußerte'));
    // A stem in -el drops its e before the ending e; one in -er keeps it.
    assert.ok(weakVerbForms('bezweifeln').includes('bezweifle'));
    assert.ok(weakVerbForms('munkeln').includes('gemunkelt'));
    assert.ok(!weakVerbForms('äußern').includes('äußre'));
    assert.ok(new Lexicon().verb('bezweifelte').length > 0, 'the past keeps its place among the forms');
    assert.equal(new Lexicon().verb('bezweifelst').length, 0);
    // The lexicon leaves out second-person forms: „äußerst“ is mostly the adverb.
    assert.equal(new Lexicon().verb('äußerst').length, 0);
    assert.ok(new Lexicon().verb('äußert').length > 0);
  });

  it('knows separable verbs with their particle and joined forms', () => {
    const lex = new Lexicon();
    assert.ok(lex.verb('teilte').some((e) => e.particle === 'mit'));
    assert.ok(lex.verb('mitgeteilt').length > 0);
    assert.ok(lex.verb('gab').some((e) => e.particle === 'bekannt'));
    // Objections and hints: „wandte die Lotsin ein“, „gab der Kapitän zu bedenken“.
    assert.ok(lex.verb('wandte').some((e) => e.particle === 'ein'));
    assert.ok(lex.verb('gab').some((e) => e.particle === 'zu bedenken'));
    assert.equal(lex.verb('Haus').length, 0);
  });

  it('splits separable verbs that the data writes joined, but only onto a verb it knows', () => {
    const lex = new Lexicon(undefined, { speechVerbs: { say: ['zusichern'] } });
    assert.ok(lex.verb('angekündigt').length > 0, 'ankündigen: „ge“ after the particle');
    assert.ok(lex.verb('kündigte').some((e) => e.particle === 'an'), 'ankündigen splits in main clauses');
    assert.ok(lex.verb('stimmte').some((e) => e.particle === 'zu' && e.lemma === 'zustimmen'));
    assert.ok(lex.verb('zugesichert').length > 0, 'a user addition is split too');
    assert.ok(lex.verb('antwortete').every((e) => !e.particle), '„antworten“ is no an + tworten');
    assert.equal(lex.verb('geankündigt').length, 0);
  });

  it('recognises Konjunktiv I of „-eln“ verbs with and without their e', () => {
    const konj = getKonjunktiv();
    for (const form of ['handle', 'handele', 'wechsle', 'wechsele']) assert.ok(konj.is(form, 'er'), form);
    assert.ok(!konj.is('wechsle', 'ich'), 'ich wechsle is indicative');
  });

  it('reads „reiche“ after an article, a preposition or a subordinator as the adjective, elsewhere as Konjunktiv', () => {
    const konj = getKonjunktiv();
    for (const before of ['eine', 'für', 'weil', 'etwa']) assert.ok(!konj.is('reiche', before), before);
    assert.ok(konj.is('reiche', 'geld') && konj.is('reiche', 'das'), 'das Geld reiche, das reiche');
    // Between an article and a noun the adjective: „die weise Wahl“; „das reiche nicht“ is the verb.
    const words = (s: string) => s.split(' ').map((text) => ({ text, lower: text.toLowerCase() }));
    assert.ok(!konj.at(words('die weise Wahl'), 1) && konj.at(words('das reiche nicht'), 1));
  });

  it('recognises Konjunktiv I of frequent verbs of content: „weise … hin“, „betreffe“, „entstehe“, „bedeute“', () => {
    const konj = getKonjunktiv();
    for (const form of ['weise', 'betreffe', 'entstehe', 'bedeute', 'erfordere', 'gelinge', 'funktioniere', 'empfehle', 'entscheide', 'verschwinde']) assert.ok(konj.is(form, 'das'), form);
    // Konjunktiv II of strong verbs, where the umlaut tells it from the past („nahm“ → „nähme“).
    for (const form of ['nähme', 'bekäme', 'entstünde', 'spräche', 'dächte', 'hielte', 'liefe']) assert.ok(konj.is(form, 'das'), form);
    // Any verb in „-ieren“, not the adjective „schiere“.
    assert.ok(konj.is('rangiere', 'fähre') && !konj.is('schiere', 'die'));
  });

  it('reads a verb-final first person as indicative, with „ich“ further back in its clause', () => {
    const konj = getKonjunktiv();
    const words = (s: string) => s.split(' ').map((text) => ({ text, lower: text.toLowerCase() }));
    assert.ok(!konj.at(words('dass ich den Kai baue'), 4), 'dass ich … baue');
    assert.ok(konj.at(words('dass er den Kai baue'), 4), 'dass er … baue');
    assert.ok(konj.at(words('ich sagte , er baue'), 4), 'a comma ends the first person’s clause');
    assert.ok(konj.at(words('dass ich den Kai gebaut hätte'), 5), '„hätte“ is Konjunktiv after „ich“ too');
  });

  it('recognises the old spelling of „sei“ in historical newspapers („sey“, „seyen“)', () => {
    const konj = getKonjunktiv();
    assert.ok(konj.is('sey', 'regierung') && konj.is('seyen', 'sie'));
  });

  it('matches role nouns in compounds and inflected forms', () => {
    const lex = new Lexicon();
    assert.equal(lex.roleHead('Präsidenten'), 'präsident');
    assert.equal(lex.roleHead('Pressesprechers'), 'sprecher');
    assert.equal(lex.roleHead('Kreml-Sprecher'), 'sprecher');
    assert.equal(lex.roleHead('Hofmann'), undefined);
    // People at work and in the street, and scientists by their field.
    assert.equal(lex.roleHead('Geschäftsführerin'), 'führerin');
    assert.equal(lex.roleHead('Passanten'), 'passant');
    assert.equal(lex.roleHead('Archäologin'), 'archäologin');
    // Common surnames that are also trades stay names; plurals that only end like a field stay things.
    assert.equal(lex.roleHead('Fischer'), undefined);
    assert.equal(lex.roleHead('Bauer'), undefined);
    assert.equal(lex.roleHead('Kataloge'), undefined);
    // Compounds that only end like a role: tools are no witnesses.
    assert.equal(lex.roleHead('Augenzeugen'), 'augenzeuge');
    assert.equal(lex.roleHead('Steinwerkzeuge'), undefined);
    assert.equal(lex.roleHead('Fahrzeugen'), undefined);
    assert.equal(lex.organisationHead('Außenministeriums'), 'ministerium');
    // Staff and people at work are persons who speak („Zudem berieten EU-Mitarbeiter …“).
    assert.equal(lex.roleHead('EU-Mitarbeiter'), 'mitarbeiter');
    assert.equal(lex.roleHead('Polizeibeamten'), 'beamte');
    assert.equal(lex.roleHead('Erntehelfern'), 'helfer');
  });

  it('recognises title nouns in compounds', () => {
    const lex = new Lexicon();
    assert.ok(lex.isTitleNoun('Krimiserie'));
    assert.ok(lex.isTitleNoun('Magazines'));
    assert.ok(!lex.isTitleNoun('sagte'));
  });

  it('takes user additions', () => {
    const lex = new Lexicon(undefined, { speechVerbs: { say: ['twittern'] }, roleHeads: ['influencer'] });
    assert.ok(lex.verb('twitterte').length > 0);
    assert.equal(lex.roleHead('Modeinfluencer'), 'influencer');
    const nouns = new Lexicon(undefined, { speechNouns: ['Ansage'], documentNouns: ['Thread'], sourceNouns: ['Posts'] });
    assert.ok(nouns.isSpeechNoun('Ansagen'), 'plurals follow the noun of saying');
    assert.ok(nouns.isDocumentNoun('Thread') && nouns.isSourceNoun('Posts'));
  });

  it('reads nouns of saying, documents and sources from data, with plurals and compounds by rule', () => {
    const lex = new Lexicon();
    assert.ok(lex.isSpeechNoun('Forderung') && lex.isSpeechNoun('Forderungen') && lex.isSpeechNoun('Vorwürfe'));
    assert.ok(!lex.isSpeechNoun('forderung'), 'nouns are capitalised');
    assert.ok(lex.isDocumentNoun('Memorandum') && lex.isDocumentNoun('Polizeibericht'));
    assert.ok(!lex.isDocumentNoun('bericht') && !lex.isDocumentNoun('Wetter'));
    assert.ok(lex.isSourceNoun('Angaben') && lex.isSourceNoun('Polizeiangaben'));
    assert.ok(lex.isSourceNoun('UN-Angaben') && lex.isDocumentNoun('Hafenamt-Bericht'), 'a hyphenated compound of a listed noun');
    assert.ok(lex.verb('theilte').length && lex.verb('erwiederte').length && lex.isSpeechNoun('Mittheilung'), 'older spellings: „th“ for „t“, „erwiedern“');
    assert.ok(!lex.verb('thun').length && !lex.isSpeechNoun('Theater'), 'only words that are listed once modernised');
    assert.ok(!lex.isSourceNoun('UN-Gebäude') && !lex.isSourceNoun('Angaben-'), 'not another noun behind the hyphen, nor a hyphen at the end');
  });
});
