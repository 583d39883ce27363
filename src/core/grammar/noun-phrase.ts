// Noun phrases: where a phrase that can name a speaker starts and ends — a pronoun, a name, or
// determiner + adjectives + nouns with genitives, name particles, quoted names and a parenthesis.
import { isCapitalized, type Token } from '../tokens';
import { isDayOrMonth, isTime, isWeekday, speakerness } from './speakerness';
import type { NP, SentenceTokens } from './view';
import {
  ABSTRACT, ADJECTIVE_ENDING, ADVERBIAL_ENDING, ADVERBS, ARTICLE, AUXILIARIES, CONJUNCTIONS, DETERMINERS, JOINED_PARTICLE_NAME, NAME_PARTICLES, NOT_NP_START, PREPOSITIONS,
  DEGREE_BEFORE_ADJECTIVE, FRONTED_STRONG_PARTICIPLE, INDEFINITE_PERSON, INTENSIFIER, PARTICIPLE, PRONOMINAL_ADVERB, STATE_PARTICIPLE, SUBJECT_PRONOUNS, TITLE_ABBREVIATION,
} from './words';

/** An acronym: „ILO“, „APA“, „BBC“ (no genitive attaches after it; after a name it is a medium). */
const ACRONYM = /^\p{Lu}{2,}$/u;

/** Step results of the phrase walk: stop, or step over the word; any other value is the new end. */
const STOP = -2, SKIP = -1;

/** A noun phrase starting at token i and ending before `limit`, or null. */
export function nounPhrase(st: SentenceTokens, i: number, limit: number): NP | null {
  const t = st.tokens;
  // A quoted name standing alone: „„BBC News“ berichtet …“.
  if (i < limit && t[i].kind === 'quote') {
    const close = st.nameQuoteEnd(i);
    return close > 0 && close < limit ? [i, joinedCompound(st, close, limit)] : null;
  }
  if (i >= limit || (t[i].kind !== 'word' && t[i].kind !== 'number')) return null;
  const single = t[i].kind === 'word' ? oneWordPhrase(st, i, limit) : undefined;
  if (single !== undefined) return single;
  const part = partEnd(st, i, limit);
  if (part > 0 || t[i].kind === 'number') return part > 0 ? [i, part] : null;
  let j = i;
  if (DETERMINERS.has(t[j].lower)) j++;
  const start = j;
  // An extended attribute between article and noun: „der in der Türkei gefundenen Münzen“.
  // (Not after a comma, where „die an …“ opens a relative clause: „ein Stoff, der an Seide erinnert“.)
  // (Its last word is an adjective even when it looks like a verb of saying: „der vom Hafenamt verbreiteten Umfrage“.)
  if (j > i && t[i - 1]?.text !== ',') {
    const attribute = pastExtendedAttribute(st, j, limit);
    if (attribute > j) j = attribute + 1;
  }
  // „der 81-jährige“, „die 46-Jährige“: an age standing for a person (before a noun it is the
  // noun's adjective, which the next step takes: „die 55-jährige Lotsin“).
  const ageAlone = j + 3 >= limit || t[j + 3].kind !== 'word' || !isCapitalized(t[j + 3]) || isCapitalized(t[j + 2]);
  if (j > i && t[j]?.kind === 'number' && t[j + 1]?.text === '-' && t[j + 2]?.kind === 'word' && /^(jährige|jähriger|jährigen)$/.test(t[j + 2].lower) && ageAlone) return [i, j + 2];
  // „der 28-seitigen Klageschrift“, „eine 3-köpfige Delegation“: a number joined to an adjective.
  if (t[j]?.kind === 'number' && t[j + 1]?.text === '-' && t[j + 2]?.kind === 'word' && !isCapitalized(t[j + 2]) && j + 3 < limit) j += 3;
  // „der 27 Jahre alte Lotse“, „die drei Monate junge Regierung“: an age written out is an adjective too.
  if (j > i && (t[j]?.kind === 'number' || NUMBER_WORD.test(t[j]?.lower ?? '')) && /^(jahre|monate|wochen|tage)$/.test(t[j + 1]?.lower ?? '') && /^(alte|alter|alten|altes|junge|jungen|junger)$/.test(t[j + 2]?.lower ?? '') && j + 3 < limit) j += 3;
  let lastNoun = -1;
  // A noun after a genitive name takes no genitive after it too: „Müllers Anwalt der Kammer
  // vorwerfen“ — „der Kammer“ is the dative object.
  const saxonGenitive = j === i && isCapitalized(t[i]) && /\p{Ll}s$/u.test(t[i].text) && t[i + 1]?.kind === 'word' && isCapitalized(t[i + 1]);
  for (; j < limit; j++) {
    const tok = t[j];
    if (saxonGenitive && lastNoun === i + 1 && j === i + 2 && /^(der|des)$/.test(tok.lower)) break;
    // Nor does an acronym or a name without an article (see objectAfter).
    if (lastNoun >= 0 && lastNoun === j - 1 && objectAfter(st, i, i === start, lastNoun, tok)) break;
    if (tok.kind === 'word' && isCapitalized(tok)) {
      if (lastNoun >= 0 && startsAnotherPhrase(st, lastNoun, j)) break;
      lastNoun = j;
      continue;
    }
    // „der Hafen- und Schifffahrtsbehörde“: a compound cut short at its hyphen goes on after „und“.
    if (lastNoun >= 0 && lastNoun === j - 1 && t[lastNoun].text.endsWith('-') && /^(und|oder)$/.test(tok.lower) && j + 1 < limit && t[j + 1].kind === 'word' && isCapitalized(t[j + 1])) {
      lastNoun = ++j;
      continue;
    }
    const step = tok.kind === 'word' ? lowerWordStep(st, i, j, lastNoun, limit) : otherTokenStep(st, i, j, lastNoun, limit);
    if (step === STOP) break;
    if (step === SKIP) continue;
    lastNoun = step;
    j = step;
  }
  return lastNoun >= 0 ? [i, lastNoun] : null;
}

/**
 * Whether the article `tok` after the noun at lastNoun opens an object rather than a genitive:
 * after an acronym („wirft die OSZE der Wahlkommission vor“; „der Chef der OSZE“ has the acronym
 * as the genitive, and stays), and after a person's name without an article („sagte Jan Ohm der
 * Hafenpost“; „Sprecher der Reederei“ has its role before the genitive, and stays).
 */
function objectAfter(st: SentenceTokens, i: number, bare: boolean, lastNoun: number, tok: Token): boolean {
  const t = st.tokens;
  if (ACRONYM.test(t[lastNoun].text) && /^(der|des)$/.test(tok.lower)) return true;
  return bare && /^(der|dem)$/.test(tok.lower) && !st.lex.roleHead(t[lastNoun].lower) && !st.lex.organisationHead(t[lastNoun].lower) && !!st.lex.givenNameGender(t[i].text);
}

/** Whether a lower-case adjective follows at k, past up to two more adverbs: „(erst kürzlich) gegründete“. */
export function adjectiveAfterAdverbs(t: readonly Token[], k: number): boolean {
  const last = k + 2;
  while (k < last && t[k]?.kind === 'word' && ADVERBS.has(t[k].lower)) k++;
  return t[k]?.kind === 'word' && !isCapitalized(t[k]) && ADJECTIVE_ENDING.test(t[k].lower) && !DETERMINERS.has(t[k].lower);
}

/** Articles of an object inside an extended attribute: right after the phrase's own article nothing else opens with one. */
const OBJECT_ARTICLE = /^(der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines)$/;

/** „seiner“, „ihre“, „unserem“: a possessive that takes the place of an article. */
const POSSESSIVE_DETERMINER = /^(mein|dein|sein|ihr|unser|eur|euer)(e|er|en|em|es)?$/;

/** Adverbs that are conjunctions or particles too, and so never a surname before a verb: „Aber bitte, …“. */
const PARTICLE_ADVERB = /^(aber|doch|denn|ja|also|so|nun|dann|auch|nur|noch|schon|jetzt|hier|dort|einmal)$/;
/** Numerals written as words (in alphabetical order). */
const NUMBER_WORD = /^(acht|drei|elf|fünf|hundert|neun|sechs|sieben|tausend|vier|zehn|zwanzig|zwei|zwölf)$/;
const QUANTIFIER = /^(einer|eine|eines|keiner|keine|keines|jeder|jede|jedes|viele|einige|mehrere|beide|alle|manche)$/;

/** Whether a word takes a part of a whole after it: „einer der …“, „zwei von …“. */
function isQuantifier(word: string): boolean {
  return QUANTIFIER.test(word) || NUMBER_WORD.test(word);
}

/**
 * The end of a part of a whole opening at i, or -1: a quantifier with a genitive or with „von“
 * („Einer der Putschisten“, „zwei von drei Befragten“), a percentage („40 Prozent der Lotsen“), or
 * „mehr/weniger als“ before a phrase („Mehr als ein Drittel der Lotsen“); a percentage alone.
 */
function partEnd(st: SentenceTokens, i: number, limit: number): number {
  const t = st.tokens;
  // A share on its own, of the people just counted: „27 Prozent rechnen damit, dass …“, „54 % geben an“.
  const percent = (k: number) => t[k]?.lower === 'prozent' || t[k]?.text === '%';
  if (t[i].kind === 'number' && i + 1 < limit && percent(i + 1) && !/^(der|des|von)$/.test(t[i + 2]?.lower ?? '')) return i + 1;
  if (i + 2 >= limit) return -1;
  if (isQuantifier(t[i].lower) && /^(der|des|von)$/.test(t[i + 1].lower)) return partitiveEnd(st, i + 1, limit);
  if (t[i].kind === 'number' && (percent(i + 1) || t[i + 1].lower === 'prozentpunkte') && /^(der|des|von)$/.test(t[i + 2].lower)) return partitiveEnd(st, i + 2, limit);
  if (/^(mehr|weniger)$/.test(t[i].lower) && t[i + 1].lower === 'als') {
    // (Of people: „mehr als fünf Millionen Euro Schadenersatz“ is an amount.)
    const rest = nounPhrase(st, t[i + 2].kind === 'number' ? i + 3 : i + 2, limit);
    return rest && speakerness(st, rest) > 0 ? rest[1] : -1;
  }
  return -1;
}

/** The end of the whole a quantifier takes from at k: „der Befragten“, „von ihnen“, „von 15 angefragten Reedereien“; or -1. */
function partitiveEnd(st: SentenceTokens, k: number, limit: number): number {
  const t = st.tokens;
  if (t[k].lower !== 'von') return nounPhrase(st, k, limit)?.[1] ?? -1;
  // (Not an article before an extended attribute: „einer von der Stadt bestellten Studie“.)
  if (pastExtendedAttribute(st, k, limit) > k) return -1;
  if (/^(ihnen|uns|euch)$/.test(t[k + 1]?.lower ?? '')) return k + 1 < limit ? k + 1 : -1;
  // (A number first: „von drei Befragten“, „von 15 Reedereien“.)
  const first = t[k + 1]?.kind === 'number' || NUMBER_WORD.test(t[k + 1]?.lower ?? '') ? k + 2 : k + 1;
  const whole = nounPhrase(st, first, limit);
  return whole && (first > k + 1 || DETERMINERS.has(t[first].lower)) ? whole[1] : -1;
}

/**
 * Phrases decided by their first word: a name after a particle, pronouns and demonstratives, web
 * addresses and brands (a phrase); adverbs, prepositions and the like (no phrase, null). Undefined
 * when the first word opens an ordinary phrase.
 */
function oneWordPhrase(st: SentenceTokens, i: number, limit: number): NP | null | undefined {
  const t = st.tokens;
  // „Von der Leyen betonte …“: a name particle opening the sentence, right before the verb.
  if (NAME_PARTICLES.has(t[i].lower) && isCapitalized(t[i])) {
    const k = t[i + 1]?.lower === 'der' ? i + 2 : i + 1;
    const verb = t[k + 1];
    if (k < limit && isCapitalized(t[k]) && !st.lex.roleHead(t[k].lower) && verb?.kind === 'word' && !isCapitalized(verb) && isVerbOrAuxiliary(st, k + 1)) return [i, k];
  }
  // („Ihr Kollege“: before a noun „ihr“ is the possessive, not the pronoun.)
  if (SUBJECT_PRONOUNS.has(t[i].lower) && !(t[i].lower === 'ihr' && t[i + 1]?.kind === 'word' && isCapitalized(t[i + 1]))) return [i, i];
  // An indefinite pronoun standing alone: „Viele glauben, …“, „Viele von uns …“, „rief jemand aus dem
  // Team“ (not before its noun or adjective: „viele Lotsen“, „alle neuen Lotsen“).
  if (INDEFINITE_PERSON.test(t[i].lower) && standsAlone(st, i + 1)) return [i, i];
  // A demonstrative standing alone before its verb is a pronoun: „Diese bestätigte, dass …“.
  if (/^(diese|dieser|der|die|jener|jene)$/.test(t[i].lower) && t[i + 1]?.kind === 'word' && !isCapitalized(t[i + 1]) && isVerbOrAuxiliary(st, i + 1)) return [i, i];
  // … and right after it: „so teilte diese in einem Schreiben mit“.
  if (/^(diese|dieser)$/.test(t[i].lower) && i > 0 && t[i - 1].kind === 'word' && isVerbOrAuxiliary(st, i - 1) && (!t[i + 1] || t[i + 1].kind === 'punct' || PREPOSITIONS.has(t[i + 1].lower) || ADVERBS.has(t[i + 1].lower))) return [i, i];
  // (A function word capitalised inside a sentence is a name: „…, sagt Kurz, …“.)
  // (Not after a preposition or article: „am Morgen“ is a noun, but names no one.)
  const prev = t[i - 1];
  const nameInside = isCapitalized(t[i]) && !!prev && (prev.text === ',' || (prev.kind === 'word' && !isCapitalized(prev) && !PREPOSITIONS.has(prev.lower) && !DETERMINERS.has(prev.lower)));
  // (An adverb is capitalised only where the sentence opens; inside it the word is a name: „sagte Ludwig“, „laut Fröhlich“.)
  const opensSentence = !prev || (prev.kind !== 'word' && prev.text !== ',');
  // (Nor where an adverb could not stand, before a bare frame: „Kurz sagte, dass …“ has no other subject.)
  // (A participle makes an idiom: „Kurz gesagt: …“.)
  const bareFrame = isCapitalized(t[i]) && ADVERBS.has(t[i].lower) && !PARTICLE_ADVERB.test(t[i].lower) && t[i + 1]?.kind === 'word' && !/^(bitte|danke)$/.test(t[i + 1].lower) && st.lex.verb(t[i + 1].lower).length > 0 && !PARTICIPLE.test(t[i + 1].lower) && /^[,:]$/.test(t[i + 2]?.text ?? '');
  if (bareFrame) return [i, i];
  if (opensSentence && isCapitalized(t[i]) && modalPassive(st, i)) return null;
  if ((NOT_NP_START.has(t[i].lower) && !nameInside) || PRONOMINAL_ADVERB.test(t[i].lower) || (isCapitalized(t[i]) && ADVERBIAL_ENDING.test(t[i].lower) && !st.lex.roleHead(t[i].lower) && opensSentence)) return null;
  // „Besorgt äußerte sich …“, „Enttäuscht zeigte sich …“: a participle opening the sentence before its verb.
  if (STATE_PARTICIPLE.test(t[i].lower) && t[i + 1]?.kind === 'word' && !isCapitalized(t[i + 1]) && (i === 0 || /[.!?:]/.test(t[i - 1].text))) return null;
  // „Verglichen mit dem Vorjahr …“, „Abgesehen davon …“: a strong participle before its preposition.
  if (opensSentence && FRONTED_STRONG_PARTICIPLE.test(t[i].lower) && (PREPOSITIONS.has(t[i + 1]?.lower ?? '') || PRONOMINAL_ADVERB.test(t[i + 1]?.lower ?? ''))) return null;
  // Web addresses name media: „Wie hafenblatt.de meldet, …“.
  if (/\.(de|com|org|net|at|ch|eu|info)$/.test(t[i].lower)) return [i, i];
  // Brand names written with an inner capital: „iRobot rechnet damit, dass …“.
  if (/^\p{Ll}+\p{Lu}/u.test(t[i].text)) return [i, i];
  return undefined;
}

/** „Bleibt zu hoffen, dass …“, „Steht zu befürchten, …“: a verb opening the sentence before its zu-infinitive, with no subject. */
function modalPassive(st: SentenceTokens, i: number): boolean {
  const t = st.tokens;
  return t[i + 1]?.lower === 'zu' && t[i + 2]?.kind === 'word' && !isCapitalized(t[i + 2]) && /en$/.test(t[i + 2].lower);
}

/** Whether no noun or adjective follows at k: the sentence ends, a mark, a verb, a preposition or an adverb. */
function standsAlone(st: SentenceTokens, k: number): boolean {
  const next = st.tokens[k];
  if (!next || (next.kind === 'punct' && next.text !== '-')) return true;
  if (next.kind !== 'word' || isCapitalized(next)) return false;
  return isVerbOrAuxiliary(st, k) || PREPOSITIONS.has(next.lower) || ADVERBS.has(next.lower) || next.lower === 'sich';
}

/**
 * Whether the word at i is a name in the genitive before an adjective in the nominative and its
 * noun: „Europas größte Reederei“, „Roths neuer Sprecher“ (not a name in -s before a dative,
 * „Tsipras griechischen Medien zufolge“, nor before a conjunction, „Rassismus oder …“).
 */
export function ownerBeforeAdjective(t: readonly Token[], i: number, isVerb: (word: string) => boolean): boolean {
  const name = t[i], adjective = t[i + 1], noun = t[i + 2];
  if (name?.kind !== 'word' || !isCapitalized(name) || !/\p{Ll}s$/u.test(name.text) || DETERMINERS.has(name.lower)) return false;
  if (adjective?.kind !== 'word' || isCapitalized(adjective) || adjective.text.length < 4 || !/(e|er|es)$/.test(adjective.lower)) return false;
  const w = adjective.lower;
  if (CONJUNCTIONS.has(w) || ADVERBS.has(w) || DETERMINERS.has(w) || PREPOSITIONS.has(w) || AUXILIARIES.has(w) || isVerb(w)) return false;
  return noun?.kind === 'word' && isCapitalized(noun) && !DETERMINERS.has(noun.lower);
}

function isVerbOrAuxiliary(st: SentenceTokens, k: number): boolean {
  const lower = st.tokens[k].lower;
  return st.lex.verb(lower).length > 0 || AUXILIARIES.has(lower);
}

/**
 * Whether the word at k is a participle or adjective after a degree word, before its noun: „eine
 * gut informierte Quelle“, „ein weit verbreiteter Irrtum“ (an attribute, even where it looks like a
 * verb of saying).
 */
export function participleAfterDegree(t: readonly Token[], k: number): boolean {
  return DEGREE_BEFORE_ADJECTIVE.test(t[k - 1]?.lower ?? '') && ADJECTIVE_ENDING.test(t[k].lower) && t[k + 1]?.kind === 'word' && isCapitalized(t[k + 1]);
}

/** A lower-case word inside the phrase: an adjective or intensifier before the noun, a name particle or a genitive after it. */
function lowerWordStep(st: SentenceTokens, i: number, j: number, lastNoun: number, limit: number): number {
  const t = st.tokens;
  const tok = t[j];
  // An article never stands before a possessive: in „ein Mittel, das seiner Darstellung zufolge …“
  // „das“ is a pronoun of its own.
  if (lastNoun < 0 && j === i + 1 && DETERMINERS.has(t[i].lower) && POSSESSIVE_DETERMINER.test(tok.lower)) return STOP;
  // Lower-case words inside a noun phrase are adjectives before the noun, or intensifiers („ganz“, „sehr“).
  // (Not when an article follows: „dankte den Menschen“ is a verb and its object.)
  // (Nor an auxiliary: „wurde Medienberichten zufolge“.)
  if (lastNoun < 0 && /(e|en|er|es|em)$/.test(tok.lower) && !st.lex.verb(tok.lower).length && !AUXILIARIES.has(tok.lower) && !/^(wurde|wurden|werde|werden|habe|haben|hatte|hatten|hätte|hätten|wäre|wären|würde|würden|sei|seien|waren)$/.test(tok.lower) && !PREPOSITIONS.has(tok.lower) && !ARTICLE.test(tok.lower) && !ARTICLE.test(t[j + 1]?.lower ?? '')) return SKIP;
  if (lastNoun < 0 && INTENSIFIER.test(tok.lower)) return SKIP;
  // A name in the genitive before its noun's adjective: „Europas größte Reederei“, „Hamburgs neue Lotsin“.
  if (lastNoun === i && j === i + 1 && j + 1 < limit && !DETERMINERS.has(t[i - 1]?.lower ?? '') && !PREPOSITIONS.has(t[i - 1]?.lower ?? '') && ownerBeforeAdjective(t, i, (w) => st.lex.verb(w).length > 0)) return SKIP;
  // A degree word before an inflected participle or adjective after the article: „einem viel
  // gelesenen Gutachten“, „ein weit verbreiteter Irrtum“, „eine gut informierte Quelle“.
  // (So is an adverb: „einer ebenfalls beschlossenen Entschließung“, „der erst kürzlich gewählte Lotse“.)
  if (lastNoun < 0 && j > i && DEGREE_BEFORE_ADJECTIVE.test(tok.lower) && ADJECTIVE_ENDING.test(t[j + 1]?.lower ?? '') && t[j + 1].kind === 'word' && !isCapitalized(t[j + 1])) return SKIP;
  if (lastNoun < 0 && j > i && DETERMINERS.has(t[i].lower) && ADVERBS.has(tok.lower) && adjectiveAfterAdverbs(t, j + 1)) return SKIP;
  if (lastNoun < 0 && j - 1 > i && participleAfterDegree(t, j)) return SKIP;
  // A surname with its particle after a first name: „Ursula von der Leyen“ (not „Sprecher von …“).
  // („zu“ only after a given name, „Karl-Theodor zu Guttenberg“: after any other noun it names whom
  // the words were said to or when, „sagte Roth zu Reportern“, „die Mitreisende zu Beginn“.)
  const particle = NAME_PARTICLES.has(tok.lower) && (tok.lower !== 'zu' || !!st.lex.givenNameGender(t[lastNoun]?.text ?? ''));
  if (particle && lastNoun >= 0 && lastNoun === j - 1 && !st.lex.roleHead(t[lastNoun].lower) && !st.lex.organisationHead(t[lastNoun].lower) && !ABSTRACT.test(t[lastNoun].lower)) {
    const k = /^(der|den)$/.test(t[j + 1]?.lower ?? '') ? j + 2 : j + 1;
    // (An acronym is no surname: „Peskow von der BBC“.)
    if (k < limit && isCapitalized(t[k]) && !DETERMINERS.has(t[k].lower) && !ACRONYM.test(t[k].text)) return k;
  }
  // An Arabic surname joined to its particle: „Omar al-Hamdi“, „Abd el-Fattah“.
  if (lastNoun === j - 1 && JOINED_PARTICLE_NAME.test(tok.text)) return j;
  // An institution's field after „für“ is part of its name: „das Landesamt für Geologie und
  // Bergbau“, „das Bundesamt für Seeschifffahrt“ (capitalised words joined by „und“).
  if (tok.lower === 'für' && lastNoun === j - 1 && st.lex.organisationHead(t[lastNoun].lower) && j + 1 < limit && isCapitalized(t[j + 1]) && !DETERMINERS.has(t[j + 1].lower)) {
    let k = j + 1;
    while (k + 2 < limit && /^(und|sowie)$/.test(t[k + 1].lower) && isCapitalized(t[k + 2]) && !DETERMINERS.has(t[k + 2].lower)) k += 2;
    return k;
  }
  // Genitive attachment: „der Sprecher des Ministeriums“.
  // (Not „der“ before a medium after a name: in „sagte Roth der Hafenzeitung“ it is the dative.)
  // (Nor a person after a time: in „als am Montag der Hafenmeister mitteilte“ he is the subject.)
  // (Nor „der“ before an adjective in „-e“, which is nominative: in „laut der Zeitung der größte
  // Sponsor“ the sponsor is the subject; a genitive reads „der größten“.)
  if ((tok.lower === 'des' || (tok.lower === 'der' && !nominativeAdjective(t[j + 1]) && !mediumAddressee(st, i, j, lastNoun) && !personAfterTime(st, j, lastNoun))) && lastNoun >= 0) {
    const g = nounPhrase(st, j, limit);
    if (g && g[1] > j) return g[1];
  }
  // … with an indefinite article or a possessive, after a noun of saying or a role: „Angaben einer
  // Sprecherin“, „Auskunft ihrer Freundin“, „der Anwalt seiner Frau“.
  if (GENITIVE_DETERMINER.test(tok.lower) && lastNoun === j - 1 && (st.lex.isSpeechNoun(t[lastNoun].text) || st.lex.isSourceNoun(t[lastNoun].text) || !!st.lex.roleHead(t[lastNoun].lower))) {
    const g = nounPhrase(st, j, limit);
    if (g && g[1] > j) return g[1];
  }
  return STOP;
}

/** An adjective in „-e“ after „der“: only the nominative masculine ends so („der größte“, „der neue“). */
function nominativeAdjective(x: Token | undefined): boolean {
  return !!x && x.kind === 'word' && !isCapitalized(x) && /\p{Ll}{2,}e$/u.test(x.lower) && !DETERMINERS.has(x.lower) && !ADVERBS.has(x.lower);
}

/** Genitive articles and possessives other than „des“ and „der“. */
const GENITIVE_DETERMINER = /^(eines|einer|seines|seiner|ihres|ihrer|unseres|unserer|dieses|dieser)$/;

/** Whether „der“ at j, after a day or a time at lastNoun, opens a person or a body: „am Montag der Hafenmeister“. */
function personAfterTime(st: SentenceTokens, j: number, lastNoun: number): boolean {
  const t = st.tokens;
  if (lastNoun !== j - 1 || !isTime(st, t[lastNoun].lower)) return false;
  const noun = t.slice(j + 1, j + 4).find((x) => isCapitalized(x));
  return !!noun && (!!st.lex.roleHead(noun.lower) || !!st.lex.organisationHead(noun.lower));
}

/** A medium noun that names a medium, not an agency of state or a waterway: „Nachrichtenagentur“, not „Bundesagentur“ or „Suezkanal“. */
function isMediumNoun(st: SentenceTokens, lower: string): boolean {
  const head = st.lex.mediumHead(lower);
  return !!head && !(head === 'agentur' && !/(nachrichten|presse|presse-)agentur$/.test(lower)) && head !== 'kanal';
}

/** Roles held at a newspaper or broadcaster, which a medium after them is the genitive of: „die Chefredakteurin der Zeitung“. */
const MEDIA_STAFF = /^(chefredakteur|redakteur|herausgeber|korrespondent|reporter|journalist|kolumnist|intendant|verleger|moderator|sprecher|chef|leiter|mitarbeiter|direktor|geschäftsführer|gründer|autor|fotograf|kommentator|kritiker|leser|anwalt|anwältin|eigentümer|besitzer|chefin|leiterin)(in|innen|en|s)?$/;

/**
 * Whether „der“ at j, after the phrase ending at lastNoun, opens a medium the words were said to
 * (a dative, not a genitive): after a name („Roth der Hafenzeitung“, „Jan Roth der APA“), after a
 * role no medium employs („der Minister der Nachrichtenagentur dpa“) and after a genitive („ein
 * Sprecher der Stadt der Hafenzeitung“). Not „die Chefredakteurin der Hafenzeitung“.
 */
function mediumAddressee(st: SentenceTokens, i: number, j: number, lastNoun: number): boolean {
  const t = st.tokens;
  if (lastNoun < 0 || lastNoun !== j - 1) return false;
  // (The medium: a medium noun among the next words — „der Deutschen Presse-Agentur“, „der
  // spanischen Zeitung“ — or, after a name, an acronym: „Roth der APA“.)
  const next = t.slice(j + 1, j + 4).filter((x) => x.kind === 'word' && isCapitalized(x));
  const mediumNoun = next.some((x) => isMediumNoun(st, x.lower));
  if (!mediumNoun && !next.some((x) => ACRONYM.test(x.text))) return false;
  const name = t[lastNoun];
  const role = st.lex.roleHead(name.lower);
  // After a genitive of its own („ein Sprecher der Stadt der …“) or a role no medium employs.
  // (The phrase may itself be that genitive, read from its own article: „der Stadt der …“.)
  const genitiveBefore = t.slice(i + 1, lastNoun).some((x) => /^(der|des)$/.test(x.lower)) || (/^(der|des)$/.test(t[i].lower) && t[i - 1]?.kind === 'word' && isCapitalized(t[i - 1]));
  if (mediumNoun && (genitiveBefore || (role && !MEDIA_STAFF.test(role)))) return true;
  // (A name of two words, „Jan Roth“, „Lotsin Roth“; or one right after a verb of saying, „sagte Roth
  // der …“, where a bare plural at the start, „Leser der Zeitung sagten“, keeps its genitive.)
  const twoWords = lastNoun > i && isCapitalized(t[lastNoun - 1]) && !DETERMINERS.has(t[lastNoun - 1].lower);
  const afterVerb = lastNoun === i && t[i - 1]?.kind === 'word' && !isCapitalized(t[i - 1]) && st.lex.verb(t[i - 1].lower).length > 0;
  return (twoWords || afterVerb) && !role && !st.lex.organisationHead(name.lower) && !st.lex.mediumHead(name.lower) && !ABSTRACT.test(name.lower);
}

/** A number before the noun, a quoted name after it („die Wochenzeitung „Die Zeit““), a parenthesis („(SPD)“). */
function otherTokenStep(st: SentenceTokens, i: number, j: number, lastNoun: number, limit: number): number {
  const t = st.tokens;
  const tok = t[j];
  if (tok.kind === 'number' && lastNoun < 0) return SKIP;
  // A comma between two adjectives of the phrase: „als neuen, alten Präsidenten“.
  if (tok.text === ',' && lastNoun < 0 && j > i && st.betweenAdjectives(j)) return SKIP;
  // The dot of an initial or a title inside a name: „Jan L. Roth“, „J. R. Brink“, „Professor Dr. Jan Roth“.
  if (tok.text === '.' && lastNoun === j - 1 && st.inlineDot(j) && (t[j - 1].text.length === 1 || TITLE_ABBREVIATION.test(t[j - 1].lower))) return SKIP;
  // „Bündnis 90/Die Grünen“: a name with a number and a slash.
  if (tok.kind === 'number' && lastNoun === j - 1 && t[j + 1]?.text === '/' && t[j + 1].start === tok.end && t[j + 2]?.kind === 'word' && isCapitalized(t[j + 2])) {
    let k = j + 2;
    while (k + 1 < limit && k < j + 4 && t[k + 1].kind === 'word' && isCapitalized(t[k + 1])) k++;
    if (k < limit) return k;
  }
  if (tok.kind === 'quote') {
    // (After an article and its adjectives a longer name too: „der neue „Hohe Rat zur Rettung des Hafens““.)
    const articled = lastNoun < 0 && DETERMINERS.has(t[i].lower) && st.articledName(j);
    const close = articled ? st.longNameQuoteEnd(j) : st.nameQuoteEnd(j);
    if (close > 0 && close < limit && (lastNoun === j - 1 || articled)) return joinedCompound(st, close, limit);
  }
  // A parenthesis after the noun: „Ministerin Gitta Trauernicht (SPD)“ (at most six tokens on).
  if (tok.text === '(' && lastNoun >= 0) {
    for (let k = j + 1; k < limit && k - j <= 6; k++) if (t[k].text === ')') return k;
  }
  return STOP;
}

/** Nouns that go without an article as the object of a speech act: „Klage einreichen“, „Anzeige erstatten“, „Alarm schlagen“. */
const BARE_OBJECT = /^(klage|anzeige|einspruch|beschwerde|berufung|protest|widerspruch|alarm|antrag|auskunft|entwarnung|antwort|rede|zeugnis)$/;

/** Whether the capital at j, after the noun at lastNoun, starts a phrase of its own. */
function startsAnotherPhrase(st: SentenceTokens, lastNoun: number, j: number): boolean {
  const t = st.tokens;
  // „erklärte am Montag Jan Roth“: a name after a weekday or month is a phrase of its own; so is a
  // weekday after a name („kündigte Vizekanzler Jan Roth Montagmittag an“), and a role after a
  // common noun with its article (in „Der Umbau des Kais Hafenmeister Jan Roth sagte“ a heading
  // runs into the sentence; „der Wiener Bürgermeister“ stays one).
  if (lastNoun === j - 1 && isDayOrMonth(st, t[lastNoun].lower)) return true;
  if (isWeekday(t[j].lower)) return true;
  // A noun of saying after a role with its article is the object, no name: „hat die Lotsin Klage eingereicht“.
  if (lastNoun === j - 1 && DETERMINERS.has(t[lastNoun - 1]?.lower ?? '') && !!st.lex.roleHead(t[lastNoun].lower) && (st.lex.isSpeechNoun(t[j].text) || ABSTRACT.test(t[j].lower) || BARE_OBJECT.test(t[j].lower)) && !st.lex.givenNameGender(t[j].text)) return true;
  return lastNoun === j - 1 && commonNounBeforeRole(st, lastNoun, j);
}

/** Whether the capital at `noun`, right after an article, is a common noun and the one at `role` a role noun starting another phrase. */
function commonNounBeforeRole(st: SentenceTokens, noun: number, role: number): boolean {
  const t = st.tokens;
  return DETERMINERS.has(t[noun - 1]?.lower ?? '') && !/(e|en|er)$/.test(t[noun].lower) && !/^\p{Lu}{2,}/u.test(t[noun].text) && !st.lex.roleHead(t[noun].lower) && !!st.lex.roleHead(t[role].lower);
}

/**
 * Where the adjective of an extended attribute opening at j stands — „(noch) in der Türkei gefundenen“:
 * a preposition opens it, a noun follows, and the first adjective after a noun or adverb (not after
 * an article or preposition, which belongs to a phrase inside it: „aus jungen Leuten gebildete“)
 * before a noun closes it, within eight words and no punctuation; else j.
 */
export function pastExtendedAttribute(st: SentenceTokens, j: number, limit: number): number {
  return extendedAttributeEnd(st.tokens, j, limit);
}

/** pastExtendedAttribute on bare tokens (a speaker mention read on its own). */
export function extendedAttributeEnd(t: readonly Token[], j: number, limit: number): number {
  // (An adverb may come first: „der noch am Kai tätige Hafenmeister“.)
  const p = t[j]?.kind === 'word' && ADVERBS.has(t[j].lower) && !isCapitalized(t[j]) ? j + 1 : j;
  // (Or its object: „die den Sturm überlebende Lotsin“, „der dem Hafen verbundene Verein“, „die das
  // Unglück überlebende Frau“.)
  // (Or a time without a preposition: „einer Ende Mai publizierten Studie“, „Anfang 2015“.)
  const time = t[p]?.kind === 'word' && /^(Ende|Anfang|Mitte)$/.test(t[p].text);
  if (!time && (t[p]?.kind !== 'word' || isCapitalized(t[p]) || !(PREPOSITIONS.has(t[p].lower) || OBJECT_ARTICLE.test(t[p].lower)))) return j;
  let noun = false;
  for (let k = p + 1; k < limit - 1 && k <= p + 8; k++) {
    if ((t[k].kind !== 'word' && t[k].kind !== 'number') || /^(als|wie)$/.test(t[k].lower)) return j;
    if (isCapitalized(t[k])) { noun = true; continue; }
    const after = t[k - 1].lower;
    if (noun && /(e|en|er|es|em)$/.test(t[k].lower) && !DETERMINERS.has(after) && !PREPOSITIONS.has(after) && !DETERMINERS.has(t[k].lower) && !PREPOSITIONS.has(t[k].lower) && !AUXILIARIES.has(t[k].lower) && !/^(aber|oder|immer|wieder|sehr|mehr|sowie|haben|werden|sein|später|früher)$/.test(t[k].lower) && nounStartsAt(t, k + 1)) return k;
  }
  return j;
}

/** A noun at k, also one joined to a number: „Lotsin“, „31-Jährige“. */
function nounStartsAt(t: readonly Token[], k: number): boolean {
  if (t[k]?.kind === 'number' && t[k + 1]?.text === '-' && t[k + 2]?.start === t[k + 1].end) return isCapitalized(t[k + 2]);
  return t[k]?.kind === 'word' && isCapitalized(t[k]);
}

/** „die „Tagesschau“-Redaktion“: a compound joined by a hyphen to the quoted name closing at `close` ends later. */
function joinedCompound(st: SentenceTokens, close: number, limit: number): number {
  const t = st.tokens;
  const dash = t[close + 1], noun = t[close + 2];
  const joined = dash?.text === '-' && dash.start === t[close].end && noun?.kind === 'word' && noun.start === dash.end && isCapitalized(noun);
  return joined && close + 2 < limit ? close + 2 : close;
}

/**
 * „Auch der Sprecher der Fraktion im Bundestag, Jan Roth, will …“: the noun phrase (with its
 * attachments and a name in commas) that opens the clause at a, and the word right after it.
 */
export function openingPhrase(st: SentenceTokens, a: number, end: number): { np: NP; next: number } | null {
  const t = st.tokens;
  while (a < end && /^(und|aber|auch|zudem|dann)$/.test(t[a].lower)) a++;
  // A quoted name, also in lower case: „Wie „heise online“ berichtet, …“.
  if (t[a]?.kind === 'quote') {
    const close = st.closingOf(a);
    if (close > a + 1 && close - a <= 6 && close < end) return { np: [a, close], next: close + 1 };
  }
  const head = nounPhrase(st, a, end);
  if (!head) return null;
  // Attachments up to a comma: „… des Vereins der Imker im Landkreis, Karl Honig, will“.
  let c = head[1] + 1;
  while (c < end && c - a <= 12 && t[c].text !== ',' && (t[c].kind === 'word' && (isCapitalized(t[c]) || DETERMINERS.has(t[c].lower) || PREPOSITIONS.has(t[c].lower)))) c++;
  if (t[c]?.text === ',' && nominal(st, a, c - 1)) {
    let d = c + 1;
    while (d < end && d - c <= 5 && t[d].kind === 'word' && (isCapitalized(t[d]) || NAME_PARTICLES.has(t[d].lower))) d++;
    if (d > c + 1 && t[d]?.text === ',') return { np: [a, d - 1], next: d + 1 };
    // A role after a name, with or without its article: „Jan Roth, Chef der Lotsengilde, will …“,
    // „Jan Roth, der Hafenmeister, winkt ab“.
    const role = c === head[1] + 1 ? nounPhrase(st, c + 1, end) : null;
    const roleNoun = role ? (DETERMINERS.has(t[c + 1].lower) && role[1] > c + 1 ? t.slice(c + 2, role[1] + 1).find((x) => isCapitalized(x)) : t[c + 1]) : undefined;
    if (role && roleNoun && t[role[1] + 1]?.text === ',' && st.lex.roleHead(roleNoun.lower) && !st.lex.roleHead(t[head[1]].lower) && isCapitalized(t[head[1]])) return { np: [a, role[1]], next: role[1] + 2 };
  }
  return { np: head, next: head[1] + 1 };
}

/** Tokens [a, b] read as a noun phrase with attachments („Vorsitzende vom Verein Freunde des Hafens“): no verb, short. */
export function nominal(st: SentenceTokens, a: number, b: number): boolean {
  if (b < a || b - a > 16) return false;
  const t = st.tokens;
  // (A role without its article may open with adjectives: „stellvertretender Hafenmeister“.)
  let opens = a;
  while (opens < b && opens - a < 2 && leadingAdjective(st, opens)) opens++;
  if (!(isCapitalized(t[opens]) || DETERMINERS.has(t[opens].lower))) return false;
  for (let k = a; k <= b; k++) {
    const w = t[k];
    if (w.kind === 'quote' || (w.kind === 'word' && !isCapitalized(w) && (st.lex.verb(w.lower).length || AUXILIARIES.has(w.lower)))) return false;
    // (A zu-infinitive is a clause, not a name: „…, die Lage zu klären, …“; „zu diesem Thema“ is a phrase.)
    if (w.lower === 'zu' && k < b && t[k + 1].kind === 'word' && !isCapitalized(t[k + 1]) && !DETERMINERS.has(t[k + 1].lower)) return false;
  }
  return true;
}

/** A strong adjective in lower case at k that is no verb, adverb or article: „langjähriger“. */
function leadingAdjective(st: SentenceTokens, k: number): boolean {
  const w = st.tokens[k];
  // (Without an article it is strong, -er, -e or -es: „-en“ would take verbs such as „stoßen“ in.)
  return w.kind === 'word' && !isCapitalized(w) && /(e|er|es)$/.test(w.lower) && !DETERMINERS.has(w.lower) && !ADVERBS.has(w.lower)
    && !PREPOSITIONS.has(w.lower) && !AUXILIARIES.has(w.lower) && !st.lex.verb(w.lower).length;
}

/** The first noun phrase after token v, skipping adverbs and prepositional phrases. */
export function after(st: SentenceTokens, v: number, to: number): NP | null {
  const end = st.clauseEnd(v + 1, to);
  const t = st.tokens;
  for (let j = v + 1; j < end; j++) {
    const tok = t[j];
    if (tok.kind !== 'word') continue;
    if (ADVERBS.has(tok.lower) && !SUBJECT_PRONOUNS.has(tok.lower)) continue;
    if (PREPOSITIONS.has(tok.lower)) {
      const np = nounPhrase(st, j + 1, end);
      if (np) j = np[1];
      continue;
    }
    if (tok.lower === 'sich') continue;
    const np = nounPhrase(st, j, end);
    if (np) return np;
  }
  return null;
}

/** The noun phrase that ends right before `to`, starting as early as possible in [from, to). */
export function phraseEndingBefore(st: SentenceTokens, from: number, to: number): NP | null {
  const t = st.tokens;
  for (let i = from; i < to; i++) {
    const np = nounPhrase(st, i, to);
    if (!np || np[1] !== to - 1) continue;
    // A date after „vom“ belongs to the phrase before it: „dem Bericht vom Donnerstag zufolge“, „… vom 3. Mai“.
    let p = np[0] - 1;
    if (t[p]?.text === '.' && t[p - 1]?.kind === 'number') p -= 2;
    else if (t[p]?.kind === 'number') p--;
    const dated = /^(vom|von)$/.test(t[p]?.lower ?? '') && isTime(st, t[np[1]].lower) ? phraseEndingBefore(st, from, p) : null;
    return dated ? [dated[0], np[1]] : np;
  }
  return null;
}

/** Determiners that before a feminine noun mark dative or genitive: „der“, „dieser“, „einer“, „seiner“ … */
const OBLIQUE_FEMININE_DETERMINER = /^(der|dieser|jener|einer|keiner|jeder|meiner|seiner|ihrer|unserer)$/;
/** Endings of feminine nouns: „Darstellung“, „Gewerkschaft“, „Kommission“, „Polizei“, „Ministerin“. */
export const FEMININE_NOUN = /(ung|heit|keit|schaft|ion|tät|ie|ik|ei|erin|tin)$/;

/**
 * „Dieser Darstellung widerspricht die Gilde“: a feminine noun after „der“, „dieser“ or „einer“ is
 * dative or genitive, never a subject. (A quoted name has no gender to read: „der „Dziennik““.)
 */
export function feminineOblique(t: readonly Token[], np: NP): boolean {
  return OBLIQUE_FEMININE_DETERMINER.test(t[np[0]].lower) && np[1] > np[0] && t[np[0] + 1].kind === 'word' && FEMININE_NOUN.test(headNoun(t, np).lower);
}

/** The first capitalised word after the determiner: the head, before any genitive („der Sprecher der Fraktion“ → „Sprecher“). */
export function headNoun(t: readonly Token[], [a, b]: NP): Token {
  // (Past a prepositional phrase in an extended attribute: „der an der Studie beteiligte Politologe“.)
  let inPhrase = false;
  for (let k = a + 1; k <= b; k++) {
    if (PREPOSITIONS.has(t[k].lower)) inPhrase = true;
    else if (isCapitalized(t[k]) && inPhrase) inPhrase = false;
    else if (isCapitalized(t[k])) return t[k];
  }
  return t[b];
}
