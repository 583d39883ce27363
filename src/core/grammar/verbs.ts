// Verbs of saying in a sentence: whether a word is one here (not a noun, an adjective or an
// adverb that looks like one), which separable particle completes it, and the cue's span.
import type { VerbEntry } from '../lexicon';
import { isCapitalized, type Token } from '../tokens';
import type { SentenceTokens } from './view';
import { CONTENT_OPENERS, opensSubordinate, zuInfinitive } from './clauses';
import { participleAfterDegree } from './noun-phrase';
import { ADJECTIVE_ENDING, ATTRIBUTIVE_ARTICLE, AUXILIARIES, CONJUNCTIONS, DETERMINERS, fullVerbForm, OBJECT_PRONOUNS, PARTICIPLE, PREPOSITIONS, SEPARABLE_PARTICLE, SUBJECT_PRONOUNS } from './words';

export interface VerbReading {
  entry: VerbEntry;
  /** The token of the separable particle („mit“ of „teilte … mit“), if the verb has one. */
  particle?: number;
}

/** Finite forms of „wollen“ („wissen wollen“). */
const WOLLEN = /^(will|willst|wollen|wollt|wollte|wolltest|wollten|wolltet|wolle|wollest)$/;

/** Speech-verb reading of token i, checking that a required particle follows in the clause. */
export function verbAt(st: SentenceTokens, i: number, to: number): VerbReading | null {
  const t = st.tokens;
  const entries = st.lex.verb(t[i].lower);
  if (!entries.length) return null;
  // Capitalised mid-sentence (also after a number's point: „168.000 Versicherten“): a noun, not a verb.
  if (isCapitalized(t[i]) && i > 0 && (t[i - 1].kind === 'number' || !/[.!?:„“"»«]/.test(t[i - 1].text))) return null;
  if (notAVerbHere(st, i)) return null;
  // „Finnland behauptete sich“, „kündigt sich … an“, „würden sich an X erinnern“: reflexive, these verbs say nothing.
  if (entries.every((e) => st.lex.senses.reflexiveSaysNothing.has(e.lemma)) && reflexive(st, i)) return null;
  // „Die Krise äußerte sich in Protesten“, „hat sich in der Weigerung geäußert“: it showed in something.
  if (entries.every((e) => e.lemma === 'äußern') && sichIn(st, i)) return null;
  // „wurde zu „vier Wochen Arrest“ verurteilt“: sentenced to something, not condemned in words.
  if (entries.every((e) => e.lemma === 'verurteilen') && sentencedTo(st, i, to)) return null;
  const end = st.particleSearchEnd(i + 1, to);
  let plain: VerbEntry | undefined;
  for (const e of entries) {
    if (!e.particle) {
      plain ??= e;
      continue;
    }
    const parts = e.particleWords!;
    // Verb-final, the particle stands right before the verb: „wie Adidas am Morgen bekannt gab, …“.
    // (Also before the finite auxiliary closing a subordinate clause: „nachdem die Ärztin bekannt gegeben hatte, …“.)
    const last = AUXILIARIES.has(t[i + 1]?.lower ?? '') && (!t[i + 2] || t[i + 2].kind === 'punct') ? i + 1 : i;
    const after = t[last + 1];
    const verbLast = !after || after.kind === 'punct';
    if (parts.length === 1 && t[i - 1]?.lower === e.particle && verbLast) return { entry: e, particle: i - 1 };
    // So do the words of a phrase right before its content: „ist zu dem Ergebnis gekommen, dass …“
    // (not „hat … Mittel in Aussicht gestellt.“, whose phrase frames nothing).
    // (Or a zu-infinitive: „hatte in Aussicht gestellt, die Mittel zu erhöhen“.)
    const content = after?.text === ',' && (CONTENT_OPENERS.has(t[last + 2]?.lower ?? '') || zuInfinitive(t, last + 2, st.clauseEnd(last + 2, to) - 1));
    if (parts.length > 1 && content && i - parts.length >= 0 && wordsAt(t, i - parts.length, parts)) return { entry: e, particle: i - parts.length };
    const modal = parts.length === 1 && parts[0] === 'wollen' && content ? wollenBefore(st, i) : -1;
    if (modal >= 0) return { entry: e, particle: modal };
    for (let j = i + 1; j <= end - parts.length; j++) {
      // „zeigte sich (sehr / darüber) enttäuscht (darüber), dass …“: a reflexive phrase with its
      // degree or its pronominal adverb.
      const reflexivePhrase = parts.length === 2 && parts[0] === 'sich' && t[j].lower === 'sich' ? reflexiveAdjective(t, j, parts[1], end) : -1;
      if (reflexivePhrase > 0) return { entry: e, particle: reflexivePhrase };
      if (!wordsAt(t, j, parts)) continue;
      // A separable particle closes its clause: „teilte … mit.“, not „gewann so vor dem Titelverteidiger“.
      // (The reflexive „sich“ of a decision is no particle and need not: „einigten sich darauf, …“;
      // „zeigte sich“ and „gab sich“ say something only at the clause end.)
      const next = t[j + parts.length];
      const reflexiveOnly = parts.length === 1 && parts[0] === 'sich' && e.cls === 'decide';
      if (!reflexiveOnly && next && next.kind === 'word' && !/^(und|oder|aber|sowie)$/.test(next.lower)) continue;
      // („setzten sich mit dem Plan auseinander“: a particle verb that says nothing when reflexive,
      // unless a content clause follows: „stellte sich heraus, dass …“.)
      const contentNext = next?.text === ',' && CONTENT_OPENERS.has(t[j + parts.length + 1]?.lower ?? '');
      if (st.lex.senses.reflexiveSaysNothing.has(e.lemma) && !contentNext && reflexive(st, i)) return null;
      return { entry: e, particle: j + parts.length - 1 };
    }
  }
  // A particle of its own at the clause end makes another verb: „sieht … aus“ is „aussehen“.
  if (plain && !isCapitalized(t[i])) {
    const last = t[end - 1];
    if (end - 1 > i && last?.kind === 'word' && SEPARABLE_PARTICLE.test(last.lower) && (!t[end] || t[end].kind === 'punct')) return null;
  }
  return plain ? { entry: plain } : null;
}

/**
 * Whether an article followed by a preposition or „als“ opens the words before token i, within
 * nine tokens and no punctuation but quotation marks („die als „Brücke des Nordens“ bezeichnete Fähre“).
 */
function extendedAttribute(t: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 9; k--) {
    if (t[k].kind !== 'word' && t[k].kind !== 'quote') return false;
    if ((ATTRIBUTIVE_ARTICLE.has(t[k].lower) || t[k].lower === 'die' || t[k].lower === 'das') && (PREPOSITIONS.has(t[k + 1].lower) || t[k + 1].lower === 'als')) return true;
  }
  return false;
}

/** A verb form used as an adjective („des erwarteten Wachstums“) or an adverb („hat wiederholt … gegeben“). */
function notAVerbHere(st: SentenceTokens, i: number): boolean {
  const t = st.tokens;
  // „meine Tochter“, „Einige Fischer“, „meinen alten Plan“: a possessive or a quantifier before its
  // noun (with at most one adjective between), not „meinen“ or „sich einigen“.
  if (DETERMINER_FORM.test(t[i].lower) && (nounAt(t, i + 1) || (adjectiveAt(t, i + 1) && nounAt(t, i + 2)))) return true;
  // „einige der Fischer“: a part of a group in the genitive.
  if (/^einige[nr]?$/.test(t[i].lower) && /^(der|dieser|jener)$/.test(t[i + 1]?.lower ?? '') && nounAt(t, i + 2)) return true;
  // Between an article and its noun the form is an adjective: „des erwarteten Wachstums“, „der
  // prognostizierten Körperlänge“, „Seine erklärten Ziele“. („Das bestätigte X“ and „Die erklärte
  // X“ stay verbs: there the article stands alone as a pronoun.)
  // (Also before a second adjective: „über den vereinbarten gerichtlichen Vergleich“.)
  if (attributiveArticleAt(t, i - 1) && /(e|en|er|es|em)$/.test(t[i].lower) && (nounAt(t, i + 1) || (adjectiveAt(t, i + 1) && nounAt(t, i + 2)))) return true;
  // (At the sentence's start too, when an auxiliary follows the noun: „Die besagten Möwen werden …“,
  // „Die erwähnten Pläne sind …“; „Die erklärte den Plan …“ keeps its pronoun.)
  if ((i === 1 || /^[.!?:]$/.test(t[i - 2]?.text ?? '')) && /^(der|die|das)$/.test(t[i - 1].lower) && /(e|en)$/.test(t[i].lower) && nounAt(t, i + 1) && AUXILIARIES.has(t[i + 2]?.lower ?? '')) return true;
  // (Also after a degree word there: „eine gut informierte Quelle“, „die viel zitierten Zahlen“.)
  if (DETERMINERS.has(t[i - 2]?.lower ?? '') && participleAfterDegree(t, i)) return true;
  // So it is where an article or a preposition waits for its noun behind adverbs and prepositional
  // phrases: „der bereits erwähnte Unterschied“, „zum bisher wiederholten Mal“, „die aktuell vom
  // Beirat verlautbarten Beschlüsse“, „auf im Netz verbreiteten Bildern“.
  if (ADJECTIVE_ENDING.test(t[i].lower) && nounAt(t, i + 1) && insideOpenNounPhrase(t, i)) return true;
  // So it is at the end of an extended attribute, where a prepositional phrase follows the article:
  // „Der von der Zeitung zitierte Experte“, „die im Mai angekündigten Pläne“ (an article is never
  // followed by a preposition in a plain noun phrase).
  if (/(e|en|er|es|em)$/.test(t[i].lower) && t[i + 1]?.kind === 'word' && isCapitalized(t[i + 1]) && extendedAttribute(t, i)) return true;
  // After „hat“, „ist“ or „wird“ a participle closes its clause; inside it, it is an adverb:
  // „Es hat wiederholt Zwischenfälle gegeben“. So is the finite verb of a clause opened by a
  // conjunction: „weil die Lotsin wiederholt die Sperrung gefordert hatte“.
  // (Only forms without „ge“, which double as adverbs; „hatte angekündigt bei der Wahl anzutreten“ keeps its verb.)
  if (/t$/.test(t[i].lower) && !PARTICIPLE.test(t[i].lower) && t[i + 1]?.kind === 'word' && !/^(und|oder|sowie|aber|worden|wurde|wurden|werden|wird|haben|hat|hatte|hatten|habe|sein|ist|war|sei)$/.test(t[i + 1].lower)) {
    // „wiederholt“ is an adverb right after the finite verb of a main clause too: „Die Regierung ging
    // wiederholt gegen … vor“ (not „Die Lotsin selbst wiederholt …“).
    const before = t[i - 1];
    if (t[i].lower === 'wiederholt' && before?.kind === 'word' && before.lower !== 'selbst' && !isCapitalized(before) && fullVerbForm(st.lex, before.lower)) return true;
    const cs = st.clauseStart(i, Math.max(0, i - 30));
    // (Not right after the conjunction: a verb there makes „da“ an adverb of a main clause, „da hilft
    // nur …“, also where opensSubordinate does not know the verb.)
    if ((opensSubordinate(st, cs) || /^(dass|ob)$/.test(t[cs].lower)) && i > cs + 1) return true;
    for (let k = cs; k < i; k++) if (/^(hat|hatte|haben|hatten|habe|hätte|hätten|ist|war|sind|waren|wird|wurde|werden|wurden)$/.test(t[k].lower)) return true;
  }
  return false;
}

/**
 * Whether token i stands inside a noun phrase still open: an article or a preposition before it,
 * within ten words of the clause, is followed by nothing but adverbs, adjectives, numbers and whole
 * prepositional phrases. A noun, a pronoun or a function word between closes it: „Vor seiner Reise
 * erklärte …“, „Das bestätigte Roth“ (a lone „das“ or „die“ opening a clause is a pronoun).
 */
function insideOpenNounPhrase(t: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 10; k--) {
    if (t[k].kind !== 'word' && t[k].kind !== 'number') return false;
    const preposition = PREPOSITIONS.has(t[k].lower);
    const article = attributiveArticleAt(t, k) || (/^(die|das)$/.test(t[k].lower) && k < i - 1);
    if ((preposition || article) && phraseStaysOpen(t, k + 1, i, preposition)) return true;
  }
  return false;
}

/** Whether tokens from..to hold no noun of their own (see insideOpenNounPhrase); a preposition may have its article first. */
function phraseStaysOpen(t: Token[], from: number, to: number, afterPreposition: boolean): boolean {
  let j = from;
  if (afterPreposition && j < to && DETERMINERS.has(t[j].lower)) j++;
  while (j < to) {
    const w = t[j];
    if (w.kind === 'number') { j++; continue; }
    if (isCapitalized(w) || FUNCTION_WORD.has(w.lower)) return false;
    if (!PREPOSITIONS.has(w.lower)) { j++; continue; }
    // A prepositional phrase runs to its noun: „vom Beirat“, „am 5. Mai“, „in der ersten Woche“.
    j++;
    while (j < to && !isCapitalized(t[j])) j++;
    if (j >= to) return false;
    j++;
  }
  return true;
}

/**
 * Words that end a noun phrase or open another: pronouns, articles, auxiliaries, conjunctions, and
 * the words that make a fixed phrase of a preposition („unter anderem hoffen Forscher“, „vor allem“).
 */
const FUNCTION_WORD: ReadonlySet<string> = new Set([...DETERMINERS, ...AUXILIARIES, ...CONJUNCTIONS, ...SUBJECT_PRONOUNS, ...OBJECT_PRONOUNS,
  'anderem', 'allem', 'langem', 'weitem', 'neuem', 'kurzem', 'weiteres', 'weiterem', 'jeher', 'vornherein', 'erstem']);

/** Demonstratives that stand before a noun, seldom alone before a verb: „diese geplante Reform“. */
const DEMONSTRATIVE = /^(diese|jene|jeder|jede|jedes|jeden|jedem|solche|solchen)$/;

/**
 * Whether the word at k is an article before an adjective. „die“ and „das“ are, except at the
 * start of a clause, where they stand alone for a noun („Das bestätigte Roth“, „Und die erklärte
 * …“); after a verb or a preposition they are articles: „hatte die geplante Reform …“.
 */
function attributiveArticleAt(t: Token[], k: number): boolean {
  const w = t[k]?.lower ?? '';
  if (ATTRIBUTIVE_ARTICLE.has(w) || DEMONSTRATIVE.test(w)) return true;
  const before = t[k - 1];
  return (w === 'die' || w === 'das') && before?.kind === 'word' && !CONJUNCTIONS.has(before.lower);
}

/** Forms of verbs of saying that are also determiners: „meine“ (meinen), „einige“ (sich einigen). */
const DETERMINER_FORM = /^(meine|meinen|meinem|meiner|meines|einige|einigen|einiger|einiges)$/;

/** A capitalised word at k: a noun („meine Tochter“). An article is none: „meinen die Experten“. */
function nounAt(t: Token[], k: number): boolean {
  return t[k]?.kind === 'word' && isCapitalized(t[k]) && !DETERMINERS.has(t[k].lower);
}

/** An inflected adjective at k („meinen alten Plan“); articles end the same way („meinen die …“). */
function adjectiveAt(t: Token[], k: number): boolean {
  return t[k]?.kind === 'word' && !isCapitalized(t[k]) && !DETERMINERS.has(t[k].lower) && /(e|en|er|es|em)$/.test(t[k].lower);
}

/** Words of degree or cause between „sich“ and its adjective, or after it: „sich sehr enttäuscht darüber“. */
const DEGREE_OR_CAUSE = /^(sehr|tief|zutiefst|äußerst|besonders|ausgesprochen|überaus|ziemlich|erneut|wieder|auch|weiterhin|darüber|davon|dafür|damit)$/;

/**
 * The adjective of „sich … <adjective> …“ at j (the „sich“) when only words of degree or cause
 * stand around it and the clause ends after it, else -1. (The plain „sich enttäuscht“ is matched
 * as the listed words.)
 */
function reflexiveAdjective(t: Token[], j: number, adjective: string, end: number): number {
  let k = j + 1;
  while (k < end && k <= j + 3 && DEGREE_OR_CAUSE.test(t[k].lower)) k++;
  if (t[k]?.lower !== adjective) return -1;
  let after = k + 1;
  while (after < end && after <= k + 2 && DEGREE_OR_CAUSE.test(t[after].lower)) after++;
  if (k === j + 1 && after === k + 1) return -1;
  const next = t[after];
  return !next || next.kind === 'punct' ? k : -1;
}

/** Whether the tokens from j on are the words `parts` (lower case). */
export function wordsAt(t: Token[], j: number, parts: readonly string[]): boolean {
  for (let k = 0; k < parts.length; k++) if (t[j + k].lower !== parts[k]) return false;
  return true;
}

/**
 * Whether „sich in“ stands right after the verb at i or before it in its clause, and what follows
 * „in“ is no channel of speech („äußerte sich im Gespräch mit der Zeitung“ speaks).
 */
function sichIn(st: SentenceTokens, i: number): boolean {
  const t = st.tokens;
  const showsIn = (k: number) => t[k]?.lower === 'sich' && t[k + 1]?.lower === 'in' && !channelAfter(st, k + 2);
  if (showsIn(i + 1)) return true;
  for (let k = i - 1; k >= st.clauseStart(i, Math.max(0, i - 12)); k--) if (showsIn(k)) return true;
  return false;
}

/** Whether „zu“, „zum“ or „zur“ stands near the verb at i, within its clause: „zu zwei Jahren Haft verurteilt“. */
function sentencedTo(st: SentenceTokens, i: number, to: number): boolean {
  const t = st.tokens;
  // (Not the „zu“ of an infinitive: „weigerte sich, den Angriff zu verurteilen“.)
  const isZu = (k: number) => /^(zum|zur)$/.test(t[k].lower) || (t[k].lower === 'zu' && !/(en|ern|eln)$/.test(t[k + 1]?.lower ?? ''));
  // (Across quotation marks, which here hold the sentence: „zu „vier Wochen Arrest“ verurteilt“.)
  for (let k = i - 1; k >= Math.max(0, i - 12) && !/^[,.;:!?]$/.test(t[k].text); k--) if (isZu(k)) return true;
  for (let k = i + 1; k < to && k <= i + 12 && !/^[,.;:!?]$/.test(t[k].text); k++) if (isZu(k)) return true;
  return false;
}

/** Where words are said: an interview, a talk, a paper, a broadcast, a session. */
const CHANNEL = /(interview|gespräch|sendung|rede|brief|schreiben|zeitung|blatt|magazin|fernsehen|radio|talkshow|konferenz|sitzung|debatte|erklärung|mitteilung|stellungnahme|beitrag|post|video|tweet)$/;

/** Whether the noun after „in“ at k (past its article and adjectives) is a channel of speech. */
function channelAfter(st: SentenceTokens, k: number): boolean {
  const t = st.tokens;
  for (let j = k; j < k + 4 && j < t.length; j++) {
    if (t[j].kind !== 'word') return false;
    if (isCapitalized(t[j])) return CHANNEL.test(t[j].lower) || st.lex.isDocumentNoun(t[j].text) || !!st.lex.mediumHead(t[j].lower);
  }
  return false;
}

/** Reflexive pronouns of the first and second person, with the subject they reflect. */
const OWN_REFLEXIVE: Readonly<Record<string, string>> = { mich: 'ich', uns: 'wir', dich: 'du', euch: 'ihr' };

/** Whether the verb at i has „sich“ right after it (verb second) or before it in its clause (verb last), or „mich“/„uns“ with „ich“/„wir“. */
function reflexive(st: SentenceTokens, i: number): boolean {
  const t = st.tokens;
  if (t[i + 1]?.lower === 'sich') return true;
  // „Ich erinnere mich“, „erinnern wir uns“ (not „Er erinnerte mich daran“: there „mich“ is the one reminded).
  const own = OWN_REFLEXIVE[t[i + 1]?.lower ?? ''] ?? OWN_REFLEXIVE[t[i + 2]?.lower ?? ''];
  if (own && (t[i - 1]?.lower === own || t[i + 1]?.lower === own)) return true;
  // Past an inverted pronoun subject: „verspricht man sich“, „behauptete er sich“.
  if (/^(man|er|sie|es)$/.test(t[i + 1]?.lower ?? '') && t[i + 2]?.lower === 'sich') return true;
  for (let k = i - 1; k >= st.clauseStart(i, Math.max(0, i - 12)); k--) if (t[k].lower === 'sich') return true;
  return false;
}

/**
 * The finite „wollen“ of the clause before the infinitive at i (within eight words, no clause break
 * between), or -1: in „wollte (die Lotsin) wissen, ob …“ the modal of „wissen wollen“ is the particle.
 */
function wollenBefore(st: SentenceTokens, i: number): number {
  const t = st.tokens;
  for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
    if (WOLLEN.test(t[k].lower)) return k;
    if (t[k].kind !== 'word') return -1;
  }
  return -1;
}
