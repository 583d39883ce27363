// Subjects and sources of a verb of saying: the noun phrase of its clause that looks most like a
// speaker, appositions and relative clauses before it, the agent of a passive, the person quoted
// by „zitieren“.
import type { VerbEntry } from '../lexicon';
import { isCapitalized, type Token } from '../tokens';
import { CONTENT_OPENERS, DASH, opensSubordinate, PURPOSE_OPENER } from './clauses';
import { after, FEMININE_NOUN, feminineOblique, headNoun, nominal, nounPhrase } from './noun-phrase';
import { speakerness, subjectSpeakerness } from './speakerness';
import type { NP, SentenceTokens } from './view';
import {
  ABSTRACT, adjectiveShape, ADVERBS, AUXILIARIES, DETERMINERS, INSEPARABLE_PARTICIPLE, isPassiveParticiple, JOINED_PARTICLE_NAME, NAME_PARTICLES, OBLIQUE, PARTICIPLE, PREPOSITIONS,
  RELATIVE_PRONOUN, SINGULAR_FINITE, SPEAKING_PRONOUN, SUBJECT_PRONOUNS,
} from './words';

/**
 * The subject of the verb at v: of the noun phrases in its clause (outside prepositional
 * phrases), the one that looks most like a speaker, preferring those right next to the verb.
 */
export function subjectOf(st: SentenceTokens, v: number, from: number, to: number): NP | null {
  const cs = st.verbClauseStart(v, from);
  const ce = st.clauseEnd(v + 1, to);
  const t = st.tokens;
  const controller = infinitiveController(st, v, cs, from);
  if (controller !== undefined) return controller;
  // A subordinate clause before the verb holds the subject of its own verb, not of this one: in
  // „Als der Brief eintraf, stellte sich heraus, dass …“ nobody speaks.
  const afterSubordinate = cs - 1 > from && t[cs - 1].text === ',' && st.clauseStart(cs - 1, from) === from
    && (opensSubordinate(st, from) || SUBORDINATOR.test(t[from].lower) || alsOpensClause(st, from, cs - 2));
  if (afterSubordinate) from = cs;
  // A relative clause speaks for its antecedent: „der Fahrgastverband, der die Maßnahme als
  // „Kapitulation“ bezeichnet“ (a nominative relative pronoun right after the comma).
  // (Not when a nominative pronoun follows: in „die Kanzlerin, die er als „Freundin“ bezeichnete“ „er“ speaks.)
  if (cs > from + 1 && t[cs - 1].text === ',' && /^(der|die|welcher|welche)$/.test(t[cs].lower) && (t[cs + 1]?.kind !== 'word' || !isCapitalized(t[cs + 1]) || DETERMINERS.has(t[cs + 1].lower)) && !/^(er|ich|wir|man|du)$/.test(t[cs + 1]?.lower ?? '')) {
    const antecedent = antecedentBefore(st, cs - 1, from);
    if (antecedent) return antecedent;
  }
  // With a compound tense the subject sits next to the finite auxiliary: „Stoiber hatte … betont“.
  let pivot = v;
  for (let k = cs; k < v; k++) if (AUXILIARIES.has(t[k].lower)) { pivot = k; break; }
  if (v === cs || pivot === cs) {
    const before = subjectBeforeClause(st, v, cs, ce, from) ?? (v === cs ? bracketSubject(st, v, cs, from) : null);
    if (before) return before;
  }
  const listed = participleConjunctSubject(st, v, cs, from);
  if (listed) return listed;
  // „X dankte den Menschen und ergänzte, …“: a coordinated verb shares the first one's subject, which stands before that verb.
  const coordinated = v > cs && /^(und|sowie|oder)$/.test(t[v - 1].lower);
  let found: NP | null;
  if (coordinated) [found, pivot] = coordinatedSubject(st, v, cs, afterSubordinate);
  else found = bestSpeakerPhrase(st, cs, ce, pivot, v);
  // (The scores never pick a dative or accusative; after one first only a phrase that may speak is
  // the subject: „Dem Hafenmeister widersprach die Gilde“, but „Dem Kapitän droht ein Ausfall“ has none.)
  if (found && OBLIQUE.has(t[cs].lower) && speakerness(st, found) < 1) found = null;
  if (found) {
    // „CDU und FDP setzten …“: coordinated subjects before the verb are one source.
    if (found[1] + 2 < pivot && /^(und|sowie)$/.test(t[found[1] + 1].lower)) {
      const second = nounPhrase(st, found[1] + 2, pivot);
      if (second && second[1] === pivot - 1) return [found[0], second[1]];
    }
    return found;
  }
  // (A clause opening with its verb had its apposition looked for above.)
  const apposition = (pivot === v || coordinated) && v !== cs ? appositionBefore(st, cs, from) : null;
  if (apposition) return apposition;
  const opening = openingSource(st, cs, pivot);
  if (opening) return opening;
  const shared = asyndeticSubject(st, v, cs, from);
  if (shared) return shared;
  // Coordinated or after an apposition: „Julia Gillard bezeichnete … und erklärte“, „X, Rolle, sagte“.
  return from < cs ? bestSpeakerPhrase(st, from, cs, cs, cs, 1.5) : null;
}

/**
 * The subject of a verb coordinated with a first finite verb in its clause from cs, and the
 * position of that first verb (where the subject is looked for around).
 */
function coordinatedSubject(st: SentenceTokens, v: number, cs: number, afterSubordinate: boolean): [NP | null, number] {
  const t = st.tokens;
  const first = firstFiniteVerb(st, v, cs);
  // (Also right after that first verb, „Am Montag zeigte sich die Regierung bestürzt und
  // verurteilte …“, and in an inverted frame after a quote, „„…“, erklärte Putin und erinnerte
  // …“; but a clause that opens with its verb after a comma otherwise shares the subject before
  // it: „Köhler möchte …, nimmt X in Schutz und warnt …“, „Einer der Lotsen, Piet Ahrens, lobte …“.)
  // (In a subordinate clause the first verb stands last, before „und“: „…, dass man Fehler macht und meint, …“.)
  if (first === cs && SUBORDINATOR.test(t[cs].lower)) return [bestSpeakerPhrase(st, cs, v - 1, v - 2, v - 2), v - 2];
  // (After a subordinate clause the first verb opens the main clause, its subject after it:
  // „Nachdem …, alarmierte die Ärztin den Hafenmeister und wies …“.)
  const after = first > cs || invertedAfterQuote(st, cs) || afterSubordinate;
  return [after ? bestSpeakerPhrase(st, cs, v - 1, first, first) : null, first];
}

/**
 * A clause opening with its verb after a comma, with no subject of its own, is coordinated
 * without a conjunction and shares the subject of the main clause before it: „Roth zweifelt an
 * dem Plan, meint aber, …“, „Daher zweifelt Roth …, sagt aber …“.
 */
function asyndeticSubject(st: SentenceTokens, v: number, cs: number, from: number): NP | null {
  const t = st.tokens;
  // (Or with a conjunction that joins main clauses after the comma: „Roth kennt keinen Plan, sondern sieht …“.)
  const opensWithVerb = v === cs || (v === cs + 1 && /^(sondern|aber|doch)$/.test(t[cs].lower));
  if (!(opensWithVerb && cs - 1 > from && t[cs - 1].text === ',')) return null;
  const previous = st.clauseStart(cs - 1, from);
  // (Not after a subordinate or infinitive clause, which has no main verb to share.)
  // (Nor a w-clause put first: „Wie ernst die Lage ist, geht daraus hervor, …“.)
  const opener = t[previous].lower;
  if (SUBORDINATOR.test(opener) || opensSubordinate(st, previous) || CONTENT_OPENERS.has(opener) || PURPOSE_OPENER.test(opener) || st.opensRelativeClause(previous)) return null;
  // (Nor past an aside in dashes, whose phrases would compete: „Zeugen – darunter Lotsen – sahen …, sagten aber …“.)
  if (t.slice(previous, cs).some((x) => DASH.test(x.text))) return null;
  const first = firstFiniteVerb(st, cs - 1, previous);
  // (Nor when that clause opens with its verb too: its subject stands further back, „Der Lotse, Jan
  // Roth, lobte den Plan, monierte aber …“, and the search before the clause finds it.)
  // (An impersonal clause has no subject to share: „Dort gibt es ein Dorf, benannt nach …“.)
  if (first >= cs - 1 || first === previous || t[first - 1]?.lower === 'es' || t[first + 1]?.lower === 'es') return null;
  const np = bestSpeakerPhrase(st, previous, cs - 1, first, first);
  return np && speakerness(st, np) > 0 ? np : null;
}

/**
 * A participle closing a list of participle clauses after one auxiliary: „Die Gilde hat Unterschriften
 * gesammelt, Plakate gedruckt und am Montag verkündet, …“. The clause has no finite verb of its own;
 * the subject stands by the auxiliary of the first clause („Plakate“ is an object).
 */
function participleConjunctSubject(st: SentenceTokens, v: number, cs: number, from: number): NP | null {
  const t = st.tokens;
  const participle = (k: number) => t[k]?.kind === 'word' && isPassiveParticiple(t[k].lower);
  // (Verb-last with words before it: „…, erklärt Roth“ and „…, nun erklärt Roth“ are inverted frames in the present.)
  if (!participle(v) || v === cs || !/^[,:.]$/.test(t[v + 1]?.text ?? '') || cs - 1 <= from || t[cs - 1].text !== ',') return null;
  for (let k = cs; k < v; k++) if (AUXILIARIES.has(t[k].lower)) return null;
  // (A list: a participle before „und“ in the clause, „Plakate gedruckt und … verkündet“; not a
  // subordinate clause, whose last verb is finite, „…, wie ein Insider berichtet“, nor a clause
  // with a subject of its own whose auxiliary is left out, „…, Roth stets seine Unschuld beteuert“.)
  if (!t.slice(cs + 1, v).some((x, j) => /^(und|oder|sowie)$/.test(x.lower) && participle(cs + j))) return null;
  // (The clause before ends in a participle too, and a main clause with its auxiliary second opens the list.)
  let end = cs - 1;
  for (let step = 0; step < 4 && end > from && t[end].text === ',' && participle(end - 1); step++) {
    const start = st.clauseStart(end, from);
    if (!opensMainClause(st, start)) return null;
    const aux = auxiliarySecond(st, start, end);
    // (A perfect: after „werden“ the participles are passive and have no speaker in the subject.)
    if (aux >= 0) {
      if (!/^(hat|haben|hatte|hatten|habe|hätte|hätten)$/.test(t[aux].lower)) return null;
      const np = bestSpeakerPhrase(st, start, end, aux, aux);
      return np && !OBLIQUE.has(t[np[0]].lower) && speakerness(st, np) > 0 ? np : null;
    }
    end = start - 1;
  }
  return null;
}

/**
 * A participle after a comma that closes the bracket of a main clause opened by its auxiliary, with
 * a subordinate clause or an aside between: „Die Lotsin hat, wie schon im Vorjahr, erklärt, …“,
 * „Schon Roth hatte, als die Fähre gebaut wurde, festgestellt, …“. The subject stands by the auxiliary.
 */
function bracketSubject(st: SentenceTokens, v: number, cs: number, from: number): NP | null {
  const t = st.tokens;
  // (The participle alone closes it, before the content: in „…, erklärt Roth“ the subject follows.)
  if (!(PARTICIPLE.test(t[v].lower) || INSEPARABLE_PARTICIPLE.test(t[v].lower)) || !/^[,:]$/.test(t[v + 1]?.text ?? '')) return null;
  // (Back over at most two subordinate clauses or asides, each in commas.)
  let end = cs - 1;
  for (let step = 0; step < 3 && end > from && t[end].text === ','; step++) {
    const start = st.clauseStart(end, from);
    const aux = auxiliaryOfOpenBracket(st, start, end);
    if (aux >= 0) {
      const np = bestSpeakerPhrase(st, start, end, aux, aux);
      return np && !OBLIQUE.has(t[np[0]].lower) && speakerness(st, np) > 0 ? np : null;
    }
    end = start - 1;
  }
  return null;
}

/** Whether the clause at start is a main clause: not opened by a conjunction, a content or relative word, „wie“, „als“ or „um“. */
function opensMainClause(st: SentenceTokens, start: number): boolean {
  const opener = st.tokens[start].lower;
  return !(SUBORDINATOR.test(opener) || opensSubordinate(st, start) || CONTENT_OPENERS.has(opener) || /^(wie|als|um)$/.test(opener) || st.opensRelativeClause(start));
}

/** The auxiliary standing second in [start, end), after one phrase of up to five words („Roth hat am Montag“), or -1. */
function auxiliarySecond(st: SentenceTokens, start: number, end: number): number {
  for (let k = start + 1; k < end && k <= start + 5; k++) if (AUXILIARIES.has(st.tokens[k].lower)) return k;
  return -1;
}

/** The finite auxiliary of a main clause in [start, end) whose bracket is still open at its end („Roth hat am Montag“), or -1. */
function auxiliaryOfOpenBracket(st: SentenceTokens, start: number, end: number): number {
  const t = st.tokens;
  if (!opensMainClause(st, start)) return -1;
  const aux = auxiliarySecond(st, start, end);
  if (aux < 0) return -1;
  // (Nothing after it may close the bracket already: „Roth hat den Plan gelesen, …“.)
  const last = t[end - 1];
  return last === t[aux] || isCapitalized(last) || ADVERBS.has(last.lower) || last.kind === 'number' ? aux : -1;
}

/**
 * No subject, as with „verlautete“, „hieß es“ or a passive: the source is the opening phrase „Aus
 * EU-Kreisen verlautete …“, „Von polnischer Seite wurde verlangt …“, „Bei der Agentur XY hieß es …“
 * (also after „wie“: „Wie aus einem Bericht der Reederei hervorgeht, …“), with its attachments.
 */
function openingSource(st: SentenceTokens, cs: number, pivot: number): NP | null {
  const t = st.tokens;
  const asWie = t[cs].lower === 'wie';
  let opener = asWie ? cs + 1 : cs;
  // (After „wie“ past adverbs, and up to adverbs before the verb: „wie schon vom Gericht vorab
  // entschieden“. Not in a main clause: „…, auch von der Fähre behaupten“ speaks of it.)
  while (asWie && opener < pivot && ADVERBS.has(t[opener].lower)) opener++;
  while (asWie && pivot - 1 > opener && ADVERBS.has(t[pivot - 1].lower)) pivot--;
  if (!/^(aus|von|vom|bei|beim|seitens)$/.test(t[opener]?.lower ?? '')) return null;
  const k = t[opener].lower === 'von' && t[opener + 1]?.lower === 'seiten' ? opener + 2 : opener + 1;
  let np = nounPhrase(st, k, pivot);
  // („Aus dem Bericht des Amts für Schutz an der Küste geht hervor …“.)
  while (np && np[1] < pivot - 2 && PREPOSITIONS.has(t[np[1] + 1].lower)) {
    const attached = nounPhrase(st, np[1] + 2, pivot);
    if (!attached) break;
    np = [np[0], attached[1]];
  }
  // (Scored without its article, which is dative after the preposition: „aus dem Antrag“.)
  return np && np[1] === pivot - 1 && subjectSpeakerness(st, np) > -1 ? np : null;
}

/**
 * An infinitive clause has no subject of its own: in „um … neue Verluste verkünden zu müssen“ the
 * losses say nothing; who speaks is the subject of the clause before („Roth trat ans Mikrofon, um
 * zu erklären, …“), or no one. Undefined for any other clause.
 */
function infinitiveController(st: SentenceTokens, v: number, cs: number, from: number): NP | null | undefined {
  const t = st.tokens;
  const purpose = PURPOSE_OPENER.test(t[cs].lower) && (t[v - 1]?.lower === 'zu' || t[v + 1]?.lower === 'zu');
  // (Or an infinitive clause after a comma, which opens with no verb of its own: in „Die Sprecherin
  // versuchte, den Gästen zu erklären, …“ the guests are told. Its controller may be the object, so
  // only a person's subject is taken: „…, es sei heikel, den Gästen zu sagen, …“ has none.)
  const infinitive = !purpose && t[v - 1]?.lower === 'zu' && cs > from && t[cs - 1].text === ',' && !CONTENT_OPENERS.has(t[cs].lower) && !finiteVerbFirst(st, cs);
  if (!(purpose || infinitive)) return undefined;
  return from < cs - 1 ? bestSpeakerPhrase(st, from, cs - 1, cs - 1, cs - 1, infinitive ? 2.5 : 1.5) : null;
}

/** Whether the clause at cs opens with a finite verb before its subject: „…, wagt Roth nicht zu sagen“. */
function finiteVerbFirst(st: SentenceTokens, cs: number): boolean {
  const t = st.tokens;
  return t[cs].kind === 'word' && !isCapitalized(t[cs]) && !DETERMINERS.has(t[cs].lower) && !PREPOSITIONS.has(t[cs].lower) && !ADVERBS.has(t[cs].lower) && t[cs].lower !== 'zu';
}

/**
 * The subject of a clause that opens with its verb, standing before it: an apposition („Einer der
 * Lotsen, Piet Ahrens, lobte …“), a phrase with a relative clause („Celebi, die fast nur Frauen
 * vertritt, nennt …“) or a stray comma („Der Vizekanzler Franz Müntefering (SPD), hat …“).
 */
function subjectBeforeClause(st: SentenceTokens, v: number, cs: number, ce: number, from: number): NP | null {
  const t = st.tokens;
  // (Not when a subject pronoun follows the verb: in „Gut drei Pfund, mein Lieber, sagt sie“ the
  // words in commas are what she says.)
  const apposition = SPEAKING_PRONOUN.test(t[v + 1]?.lower ?? '') ? null : appositionBefore(st, cs, from);
  if (apposition) return apposition;
  // (Not when the subject follows the verb: „Alle Gebiete seien sicher, sagte Charles Bouchard“.)
  const inverted = nounPhrase(st, cs + 1, ce);
  const subjectAfter = !!inverted && speakerness(st, inverted) > 0;
  const beforeAside = subjectAfter ? null : subjectBeforeAside(st, cs, from);
  if (beforeAside) return beforeAside;
  if (cs - 1 > from && t[cs - 1].text === ',' && st.clauseStart(cs - 1, from) === from && !subjectAfter) {
    // (Coordinated heads included: „Die Landrätin und Kreischefin Ute Berg (FW), hat …“.)
    const last = antecedentBefore(st, cs - 1, from);
    if (last && speakerness(st, last) >= 1.5 && nominal(st, from, cs - 2)) return [from, cs - 2];
  }
  // (A relative clause is a clause's length long: the look back is bounded, so that a sentence of
  // thousands of short quotes costs no more per quote.)
  for (let k = cs - 2; k > from && k >= cs - 40; k--) {
    if (t[k].kind === 'quote') {
      // (A few quoted words inside the relative clause belong to it: „Die Ministerin, die sich „erleichtert“ zeigte, kündigte …“.)
      const open = st.openingOf(k);
      if (open > from && open < k && k - open <= 8) { k = open; continue; }
      break;
    }
    if (t[k].text !== ',' || !/^(der|die|das|den|dem|denen|welcher|welche|welches|welchen|dessen|deren)$/.test(t[k + 1]?.lower ?? '')) continue;
    const opens = st.clauseStart(k, from);
    const last = antecedentBefore(st, k, from);
    // (Coordinated antecedents are one plural subject: „Die Lotsinnen und Lotsen, die dort arbeiten, berichten …“.)
    const conjunct = last && conjunctBefore(st, last, opens);
    const antecedent = conjunct ? [conjunct[0], last[1]] as NP : last;
    // (Not an object put first: „Den Währungsfonds, dessen Organe tagen, forderte er auf …“.)
    // (Nor a plural before a singular verb: „Die Mönche, die …, beschrieb die Agentur als …“.)
    // (A focus adverb may open the clause before it: „Auch die Opposition, die …, kritisierte …“.)
    const atStart = antecedent && (opens === antecedent[0] || t.slice(opens, antecedent[0]).every((x) => ADVERBS.has(x.lower)));
    const plural = antecedent && (!!conjunct || st.plural(antecedent));
    if (antecedent && atStart && !OBLIQUE.has(t[antecedent[0]].lower) && !(SINGULAR_FINITE.test(t[v].lower) && plural)) return antecedent;
    break;
  }
  return null;
}

/**
 * The subject before an aside in commas that is no apposition: „Die Lotsin, sichtlich bewegt,
 * sagte …“, „Auch Roth, lange als Kritikerin bekannt, hat erklärt …“. A main clause has one phrase
 * before its verb; with the aside, that phrase is the person at the start of the sentence.
 */
function subjectBeforeAside(st: SentenceTokens, cs: number, from: number): NP | null {
  const t = st.tokens;
  if (!(cs - 1 > from && t[cs - 1].text === ',')) return null;
  const inner = st.clauseStart(cs - 1, from);
  // (The aside opens in lower case, with an adverb, adjective or participle; a relative clause has its own search.)
  if (!(inner - 1 > from && t[inner - 1].text === ',' && cs - inner <= 12 && t[inner].kind === 'word' && !isCapitalized(t[inner]) && !st.opensRelativeClause(inner))) return null;
  let outer = st.clauseStart(inner - 1, from);
  if (outer !== from) return null;
  while (outer < inner - 2 && ADVERBS.has(t[outer].lower)) outer++;
  const np = nounPhrase(st, outer, inner - 1);
  if (!np || np[1] !== inner - 2 || OBLIQUE.has(t[np[0]].lower) || speakerness(st, np) < 1) return null;
  // (The finite verb opens the clause at cs.)
  return SINGULAR_FINITE.test(t[cs].lower) && st.plural(np) ? null : np;
}

/** Whether the clause at cs is an inverted frame right after a quotation: „„…“, erklärte Putin und …“. */
function invertedAfterQuote(st: SentenceTokens, cs: number): boolean {
  return st.tokens[cs - 1]?.text === ',' && st.tokens[cs - 2]?.kind === 'quote';
}

/** The first finite verb of a clause whose later verb at v is coordinated with it („dankte … und ergänzte“). */
function firstFiniteVerb(st: SentenceTokens, v: number, cs: number): number {
  const t = st.tokens;
  // (An adjective between an article or preposition and its noun is none: „Trotz dieses guten Ergebnisses stufte …“.)
  // (Also one of several: „Der amtierende kenianische Außenminister verteidigte …“.)
  const adjective = (k: number) => adjectiveShape(t[k]);
  const attributive = (k: number) => {
    let a = k, b = k;
    while (a > cs && adjective(a - 1)) a--;
    while (b + 1 < v && adjective(b + 1)) b++;
    return a > 0 && (DETERMINERS.has(t[a - 1].lower) || PREPOSITIONS.has(t[a - 1].lower)) && isCapitalized(t[b + 1]);
  };
  const finiteCandidate = (k: number) => t[k].kind === 'word' && !isCapitalized(t[k]) && !DETERMINERS.has(t[k].lower) && !PREPOSITIONS.has(t[k].lower) && !ADVERBS.has(t[k].lower) && !JOINED_PARTICLE_NAME.test(t[k].text) && !attributive(k);
  // (A conjunction between genitive names before a singular verb is not it: „Die Äußerungen
  // Hassemers und Papiers bezeichnete …“; before a plural it joins the subject: „X und Kollegen haben …“.)
  const joinsGenitives = (k: number) => {
    if (!/^(und|sowie|oder)$/.test(t[k].lower) || !isCapitalized(t[k + 1])) return false;
    let n = k + 1;
    while (n < v && !finiteCandidate(n)) n++;
    return n < v && SINGULAR_FINITE.test(t[n].lower);
  };
  let first = cs;
  while (first < v && !(finiteCandidate(first) && !joinsGenitives(first))) first++;
  return first;
}

/**
 * The source of speech cued by the verb at v. Mostly its subject; but whoever is quoted speaks:
 * „Das Blatt zitiert eine Nachbarin mit dem Satz: …“ (the object of an active „zitieren“).
 */
export function sourceOf(st: SentenceTokens, v: number, entry: VerbEntry, from: number, to: number): NP | null {
  // What „wurde bekannt“ is the news, not who told it: „Ende August war der Fall bekannt geworden: …“.
  if (entry.lemma === 'bekanntwerden') return null;
  const t = st.tokens;
  const cs = st.verbClauseStart(v, from);
  const ce = st.clauseEnd(v + 1, to);
  const passive = passiveClause(st, v, cs, ce);
  if (entry.lemma === 'zitieren') {
    // Whoever is quoted speaks; the one quoting is the medium (mediumOf): „X wird von Reuters
    // zitiert“ (the subject), „Die Zeitung zitiert einen Augenzeugen“ (the object).
    if (passive) return subjectOf(st, v, from, to) ?? agentOf(st, v, cs);
    let object = after(st, v, to);
    // (With the verb first in its clause the first phrase after it is the subject, the one quoting:
    // „„…“, zitiert die Hafenzeitung den Lotsen“ — the second is the one quoted.)
    if (object && v === cs) object = after(st, object[1], to) ?? nameAfterMedium(st, object) ?? object;
    if (object && objectSpeakerness(st, object) > 0 && t[object[0]].lower !== 'sie') return object;
    return subjectOf(st, v, from, to);
  }
  // A passive participle („wurde gefordert“, „wird vom Amt als „kritisch“ bewertet“):
  // the source is the agent with „von“, or the phrase it came from; its subject only suffered it.
  // (A strong one in -en reads like an infinitive, „wird … beschrieben“ / „wird … beschreiben“: it is a
  // participle after „wurde“ or „worden“, or with an agent „von“ before it.)
  if (passive && (PARTICIPLE.test(t[v].lower) || INSEPARABLE_PARTICIPLE.test(t[v].lower) || strongParticiple(t, v, entry, cs, ce))) return passiveSource(st, v, cs, from);
  return subjectOf(st, v, from, to);
}

/**
 * Whether the clause [cs, ce) of the verb at v has a passive auxiliary of its own. An aside in
 * dashes or brackets has its own verbs: „Roth – dessen Patent geprüft werden soll – hatte gewarnt“
 * is active.
 */
export function passiveClause(st: SentenceTokens, v: number, cs: number, ce: number): boolean {
  const t = st.tokens;
  for (let k = cs; k < ce; k++) {
    const close = DASH.test(t[k].text) ? asideEnd(st, k, ce) : t[k].text === '(' ? st.matchingParen(k, ce, 1) : -1;
    // (Unless the verb itself stands in it: „(die Lage wird als unklar bezeichnet)“.)
    if (close > k && !(k < v && v < close)) { k = close; continue; }
    if (/^(wird|wurde|werden|wurden|worden|werde|würde|würden)$/.test(t[k].lower)) return true;
  }
  return false;
}

/** The dash closing the aside that the dash at `open` begins, before ce, or -1. */
function asideEnd(st: SentenceTokens, open: number, ce: number): number {
  for (let k = open + 1; k < ce; k++) if (DASH.test(st.tokens[k].text)) return k;
  return -1;
}

/** „wurde … beschrieben“, „wird von der Reederei … beschrieben“: a strong participle of an inseparable verb. */
function strongParticiple(t: Token[], v: number, entry: VerbEntry, cs: number, ce: number): boolean {
  // (Not the infinitive itself: „nie müde wurde zu betonen“.)
  if (!/^(be|er|ver|ent|zer|emp|miss)\p{Ll}{3,}en$/u.test(t[v].lower) || t[v].lower === entry.lemma || t[v - 1]?.lower === 'zu') return false;
  for (let k = cs; k < ce; k++) if (/^(wurde|wurden|worden|von|vom)$/.test(t[k].lower)) return true;
  return false;
}

/** The agent of a passive („von Reuters“, „vom Sender“), when it can speak. */
export function agentOf(st: SentenceTokens, v: number, cs: number): NP | null {
  const t = st.tokens;
  for (let j = cs; j < v; j++) {
    if (t[j].lower !== 'von' && t[j].lower !== 'vom') continue;
    const agent = nounPhrase(st, j + 1, v);
    if (agent && objectSpeakerness(st, agent) > 0) return agent;
  }
  return null;
}

/**
 * The medium that passes a quote on: the agent of a passive „zitiert“ („wird von der BBC
 * zitiert“) or the subject of an active one („Die Zeitung zitiert einen Augenzeugen“).
 */
export function mediumOf(st: SentenceTokens, v: number, entry: VerbEntry, from: number, to: number): NP | null {
  if (entry.lemma !== 'zitieren') return null;
  const cs = st.verbClauseStart(v, from);
  if (passiveClause(st, v, cs, st.clauseEnd(v + 1, to))) return agentOf(st, v, cs);
  const source = sourceOf(st, v, entry, from, to);
  const subject = subjectOf(st, v, from, to);
  // (The medium and the quoted name read as one phrase: „zitiert der Hafenkurier Jan Roth“.)
  if (subject && source && source[0] > subject[0] && source[1] === subject[1]) return [subject[0], source[0] - 1];
  return subject && source && subject[0] !== source[0] ? subject : null;
}

/**
 * „zitiert der Hafenkurier Jan Roth, …“: a medium or body right before a person's given name is
 * no close apposition („der Lotse Jan Roth“ is one) but the subject before the object; the name
 * and what follows it, or null.
 */
function nameAfterMedium(st: SentenceTokens, [a, b]: NP): NP | null {
  const t = st.tokens;
  for (let k = a + 1; k < b; k++) {
    if (!isCapitalized(t[k]) || !st.lex.givenNameGender(t[k].text)) continue;
    const head = t[k - 1].text, lower = head.toLowerCase();
    // (A title the lexicon does not know as a medium is one too, unless it names a person:
    // „zitiert der deutsche Focus Jan Roth“, not „zitiert der Autor Jan Roth“.)
    const medium = st.lex.mediumHead(head) || st.lex.organisationHead(lower) || !PERSON_SUFFIX.test(lower);
    return isCapitalized(t[k - 1]) && medium && !st.lex.roleHead(lower) ? [k, b] : null;
  }
  return null;
}

/** The source of a passive: its agent („vom Wetterdienst“), the document („im Bericht“) or the place it came from. */
function passiveSource(st: SentenceTokens, v: number, cs: number, from: number): NP | null {
  const t = st.tokens;
  // (The „von“ nearest the participle: „die Zahl von Unfällen vom Amt … bewertet“.)
  for (let j = v - 1; j >= cs; j--) {
    if (!/^(von|vom|seitens|durch)$/.test(t[j].lower)) continue;
    // („Ausgehend von den Ergebnissen wird entschieden“, „abgesehen von …“: the „von“ of another word.)
    if (/^(ausgehend|abgesehen|unabhängig|weit|fern)$/.test(t[j - 1]?.lower ?? '')) continue;
    // („von vielen als … bezeichnet“: a quantifier standing alone is the agent.)
    // (Not before its noun: „von vielen politischen Beobachtern“.)
    const phrase = nounPhrase(st, j + 1, v);
    const alone = /^(vielen|einigen|manchen|allen|anderen|beiden|mehreren)$/.test(t[j + 1]?.lower ?? '') && !isCapitalized(t[j + 2] ?? t[j + 1]) && !(phrase && phrase[1] > j + 1) ? [j + 1, j + 1] as NP : null;
    const agent = alone ?? nounPhrase(st, t[j + 1]?.lower === 'seiten' ? j + 2 : j + 1, v);
    // („ein Memorandum vom August 2002“ dates it: a month is no agent.)
    // (With „durch“ only a person or body: „durch den Sprecher zurückgewiesen“, not „durch den Satz gekennzeichnet“.)
    if (agent && objectSpeakerness(st, agent) > (t[j].lower === 'durch' ? 1 : -1) && !st.lex.months.has(t[agent[0]].lower)) return agent;
  }
  // „wird im Gutachten als riskant beschrieben“: the document it is said in.
  for (let j = cs; j < v - 1; j++) {
    if (!/^(in|im)$/.test(t[j].lower)) continue;
    const document = nounPhrase(st, j + 1, v);
    if (document && st.lex.isDocumentNoun(t[st.head(document)].text)) return document;
  }
  const k = /^(aus|bei|beim|seitens)$/.test(t[cs].lower) ? cs + 1 : -1;
  const np = k > 0 ? nounPhrase(st, k, v) : null;
  if (np && objectSpeakerness(st, np) > -1) return np;
  // „Im Ministerium wurde betont, …“, „In der Reederei wird erwartet, …“: a body named as the place,
  // opening the clause, is where the words came from (a town is no body: „In Kiel wurde betont“).
  const within = /^(in|im)$/.test(t[cs].lower) ? nounPhrase(st, cs + 1, v) : null;
  if (within && (within[1] === v - 1 || AUXILIARIES.has(t[within[1] + 1]?.lower ?? '')) && st.lex.organisationHead(t[st.head(within)].lower)) return within;
  // „ein Absatz des Gutachtens, in dem davon die Rede ist, dass …“: the document it is in.
  if (cs > from + 1 && t[cs - 1].text === ',' && /^(in|worin)$/.test(t[cs].lower) && (t[cs].lower === 'worin' || RELATIVE_PRONOUN.test(t[cs + 1]?.lower ?? ''))) {
    for (let i = st.clauseStart(cs - 1, from); i < cs - 1; i++) {
      const document = nounPhrase(st, i, cs - 1);
      if (document && document[1] === cs - 2) return document;
    }
  }
  return null;
}

/** Speakerness of an object or a prepositional object, where its dative or accusative article is expected. */
function objectSpeakerness(st: SentenceTokens, np: NP): number {
  return speakerness(st, np) + (OBLIQUE.has(st.tokens[np[0]].lower) ? 2 : 0);
}

/** Endings of nouns for persons the role lexicon may not know: „Lotsin“, „Schwimmer“, „Praktikant“. */
export const PERSON_SUFFIX = /(in|innen|er|or|ist|ent|ant|eur)$/;

/**
 * An apposition right before the clause at cs: „Die Sprecherin der Stiftung, Heike van Dam,
 * sagte“, „Marta Lindner, Vorsitzende des Vereins, kritisierte“ — both parts together.
 */
export function appositionBefore(st: SentenceTokens, cs: number, from: number): NP | null {
  const t = st.tokens;
  if (!(cs - 1 > from && t[cs - 1].text === ',')) return null;
  let inner = st.clauseStart(cs - 1, from);
  if (!(inner - 1 > from && t[inner - 1].text === ',')) return null;
  let outer = st.clauseStart(inner - 1, from);
  // „Alice Kakamara, 30, beschrieb …“: an age in commas.
  if (inner === cs - 2 && t[inner].kind === 'number') {
    const person = nounPhrase(st, outer, inner - 1);
    return person && person[1] === inner - 2 && speakerness(st, person) > 0 ? person : null;
  }
  // (An adverb may open the apposition: „Roth, zugleich Chef des Vereins, warf … vor“.)
  let noun = inner;
  while (noun < cs - 2 && ADVERBS.has(t[noun].lower) && !isCapitalized(t[noun])) noun++;
  // (A relative clause is no apposition, and an object put first has none: „Den Fonds, dessen Organe tagen, forderte er auf“.)
  if (!nominal(st, noun, cs - 2) || st.opensRelativeClause(inner) || OBLIQUE.has(t[outer].lower)) return null;
  // („Roth, einst Lotse, heute Dozent, rät …“: a second apposition opening with an adverb.)
  let middle = outer;
  while (middle < inner - 2 && ADVERBS.has(t[middle].lower) && !isCapitalized(t[middle])) middle++;
  if (middle > outer && outer - 1 > from && t[outer - 1].text === ',' && nominal(st, middle, inner - 2)) {
    inner = outer;
    outer = st.clauseStart(outer - 1, from);
  }
  // („Auch der Sprecher der Fraktion, Dieter Wiefelspütz, will …“: an adverb before it.)
  while (outer < inner - 2 && (ADVERBS.has(t[outer].lower) || /^(und|aber|doch|auch)$/.test(t[outer].lower))) outer++;
  const first = nounPhrase(st, outer, inner - 1);
  const second = nounPhrase(st, noun, cs - 1);
  // (Opening in lower case it must name a role: „…, stellvertretende Hafenmeisterin, …“ is one,
  // „Anna Roth, erstattete Anzeige, berichtete …“ has a verb where the adjective would stand.)
  if (second && !isCapitalized(t[noun]) && !DETERMINERS.has(t[noun].lower) && speakerness(st, second) < 1.5 && !PERSON_SUFFIX.test(t[second[1]].lower)) return null;
  return first && second && nominal(st, outer, inner - 2) && Math.max(speakerness(st, first), speakerness(st, second)) > 0 ? [outer, cs - 2] : null;
}

/** The noun phrase ending right before the comma at `comma` (within its clause), when it can speak. */
function antecedentBefore(st: SentenceTokens, comma: number, from: number): NP | null {
  for (let i = st.clauseStart(comma, from); i < comma; i++) {
    const np = nounPhrase(st, i, comma);
    if (np && np[1] === comma - 1) return speakerness(st, np) > 0 ? np : null;
  }
  return null;
}

/** The noun phrase from the clause start at opens that is joined to np by „und“ or „sowie“: „die Lotsinnen“ in „die Lotsinnen und Lotsen“. */
function conjunctBefore(st: SentenceTokens, np: NP, opens: number): NP | null {
  const t = st.tokens;
  if (!(np[0] - 2 >= opens && /^(und|sowie)$/.test(t[np[0] - 1].lower))) return null;
  let i = opens;
  while (i < np[0] - 2 && ADVERBS.has(t[i].lower)) i++;
  const first = nounPhrase(st, i, np[0] - 1);
  return first && first[1] === np[0] - 2 ? first : null;
}

/** Of the noun phrases in [cs, ce) outside prepositional phrases and quotations, the likeliest subject of the verb at v. */
function bestSpeakerPhrase(st: SentenceTokens, cs: number, ce: number, pivot: number, v: number, minimum = -2): NP | null {
  let best: NP | null = null;
  let bestScore = -Infinity;
  const t = st.tokens;
  for (let j = cs; j < ce; j++) {
    if (j === v || j === pivot) continue;
    const tok = t[j];
    // Words inside a quotation are not the subject: step over it.
    if (tok.kind === 'quote' && st.nameQuoteEnd(j) < 0) {
      const close = st.closingOf(j);
      if (close > j) j = close;
      continue;
    }
    // (A number opens a phrase only as a share: „40 Prozent der Befragten“.)
    if (tok.kind !== 'word' && !(tok.kind === 'quote' && st.nameQuoteEnd(j) > 0) && !(tok.kind === 'number' && (/^prozent/.test(t[j + 1]?.lower ?? '') || t[j + 1]?.text === '%'))) continue;
    // Prepositional phrases and „als …“ hold no subject: „Als Grund nannte die Kölnerin …“
    // (but „Von der Leyen betonte“ is a name).
    const particleName = NAME_PARTICLES.has(tok.lower) && isCapitalized(tok) && j === cs ? nounPhrase(st, j, pivot) : null;
    // „Während Premierminister Juncker ankündigte, …“: with the verb at the end, „während“ is a conjunction.
    // (So is „als“ before a subject: „als die Reederei ihren Kunden mitteilte, …“.)
    // (The verb last, or before its auxiliary: „als Roth erfahren hatte, …“; a pronoun after it is
    // its subject, and the clause a main one: „Als Grund nannte sie, …“.)
    if (j === cs && (tok.lower === 'während' || alsOpensClause(st, j, v)) && v >= ce - 2 && !SPEAKING_PRONOUN.test(t[v + 1]?.lower ?? '')) continue;
    // (A comparison holds none either: „Ähnlich wie die Lotsen argumentierte die Reederei“.)
    const comparison = tok.lower === 'wie' && /^(ähnlich|genau|genauso|ebenso|gleich)$/.test(t[j - 1]?.lower ?? '');
    // (A relative pronoun after its preposition is the whole phrase: „…, in dem alle Häfen …“.)
    if (PREPOSITIONS.has(tok.lower) && t[j - 1]?.text === ',' && RELATIVE_PRONOUN.test(t[j + 1]?.lower ?? '')) {
      j++;
      continue;
    }
    // („Laut Eva Roth hat Jan Ohm …“: „laut“ and „gemäß“ before a phrase are prepositions too.)
    const sourcePreposition = /^(laut|gemäß)$/.test(tok.lower) && !!t[j + 1] && (isCapitalized(t[j + 1]) || DETERMINERS.has(t[j + 1].lower));
    if (!particleName && (PREPOSITIONS.has(tok.lower) || sourcePreposition || tok.lower === 'als' || comparison)) {
      // (Past an adverb or a number: „von insgesamt 500 Flüchtlingen“.)
      let k = j + 1;
      while (k < ce && k - j <= 3 && (t[k].kind === 'number' || ADVERBS.has(t[k].lower) || /^(insgesamt|rund|etwa|knapp|mehr|über|fast|fünf|zehn|hundert|tausend)$/.test(t[k].lower))) k++;
      const np = nounPhrase(st, k, j < v ? v : ce);
      if (np) j = np[1];
      // Its conjuncts belong to it: „Auf dem Kai und der Mole beklagten sich Lotsen“, „In Kiel und Rostock forderten …“,
      // and so do the items of a list: „Lotsen aus Kiel, Lübeck und Rostock“.
      const end = j < v ? v : ce;
      const joins = (k: number) => /^(und|oder|sowie)$/.test(t[k]?.lower ?? '');
      while (np && (joins(j + 1) || t[j + 1]?.text === ',') && j + 2 < end) {
        const next = nounPhrase(st, j + 2, end);
        if (!next || (t[j + 1].text === ',' && !joins(next[1] + 1) && t[next[1] + 1]?.text !== ',')) break;
        j = next[1];
      }
      continue;
    }
    const np = nounPhrase(st, j, j < pivot ? pivot : j < v ? v : ce);
    if (!np) continue;
    const score = subjectScore(st, np, cs, pivot, j);
    if (score > bestScore) {
      best = np;
      bestScore = score;
    }
    j = np[1];
  }
  return bestScore > minimum ? best : null;
}

/**
 * Whether „als“ at j opens a clause with its verb v last: a subject follows it („als die Reederei
 * ihren Kunden mitteilte“, „als Roth erfuhr“), not a role or a thing („Als Grund nannte …“, „wurde X
 * als Gastredner angekündigt“, „als Erstes zu fragen“).
 */
function alsOpensClause(st: SentenceTokens, j: number, v: number): boolean {
  const t = st.tokens;
  const next = t[j + 1];
  if (t[j].lower !== 'als' || !next) return false;
  if (DETERMINERS.has(next.lower) || SUBJECT_PRONOUNS.has(next.lower)) return true;
  const finite = !PARTICIPLE.test(t[v].lower) || AUXILIARIES.has(t[v + 1]?.lower ?? '');
  return isCapitalized(next) && !st.lex.roleHead(next.lower) && !ABSTRACT.test(next.lower) && t[j + 2]?.lower !== 'zu' && finite;
}

/** How likely the phrase np (found at j) is the subject of the finite verb at pivot in the clause from cs. */
function subjectScore(st: SentenceTokens, np: NP, cs: number, pivot: number, j: number): number {
  const t = st.tokens;
  // A phrase before its postposition is none: „der Vollständigkeit halber“, „der Lotsin zuliebe“.
  if (POSTPOSITION.test(t[np[1] + 1]?.lower ?? '')) return -Infinity;
  // A dative, accusative or genitive by its case is never the subject: „Dem Hafenmeister widersprach
  // die Gilde“, „Dieser Darstellung widerspricht die Gilde“, „Der Ministerin stimmte Roth zu“.
  if (OBLIQUE.has(t[np[0]].lower) || feminineOblique(t, np)) return -Infinity;
  // „ihr“ alone is a dative unless its verb is in the second person plural: „Die Lotsen werfen ihr
  // vor, …“, „sagte ihr“ (but „Ihr habt …“, „sagt ihr“).
  if (np[0] === np[1] && t[np[0]].lower === 'ihr' && !/t$/.test(t[pivot]?.lower ?? '')) return -Infinity;
  let score = speakerness(st, np);
  if (np[0] > pivot && t[np[0]].lower === 'sie') score -= 2; // „nannte sie …“: an object
  // (An adverb may stand between the phrase and its verb: „Die Lotsin wiederum erklärte …“.)
  // (So may prepositional phrases attached to a phrase that opens the clause, when it names a
  // person or a body: „Anna Roth von der SPD nannte …“, not „Gerüchte um … hatte …“ or „Gleich nach …“.)
  const beforeVerb = np[1] < pivot && (onlyAdverbsBetween(st, np[1], pivot) || (np[0] === cs && score >= 1.5 && onlyAttachmentsBetween(st, np[1], pivot)));
  if (beforeVerb) score += 1;
  if (np[0] === cs && np[1] < pivot) score += 0.5;
  // The whole field before the finite verb is one noun phrase: in a main clause that is almost
  // always the subject („Ida Klee von der Feuerwehr nannte die Zahlen …“).
  if (np[0] === cs && beforeVerb) score += 1;
  if (j > pivot && onlyAdverbsBetween(st, pivot, np[0])) score += 1;
  // After the verb the subject comes before a full noun phrase object: in „Danach bat Roth die
  // Soldaten, …“ Roth asks, however much more the role sounds like a speaker.
  // (Not when the second phrase opens without an article or a capital: „die Grüne australische
  // Senatorin“ is one phrase, whatever splits it.)
  const opensPhrase = DETERMINERS.has(t[np[0]].lower) || isCapitalized(t[np[0]]);
  if (j > pivot && opensPhrase && subjectCandidateBefore(st, pivot, np[0])) score -= 2;
  // „Weitere Namen nannte sie nicht“: a pronoun that can only be nominative right
  // after the finite verb is the subject, so what stands before the verb is an object.
  if (np[0] === pivot + 1 && np[0] === np[1] && /^(er|ich|wir|man)$/.test(t[np[0]].lower)) score += 1.5;
  // So is „der“ with a man's role after a singular verb (never dative or genitive singular there):
  // in „Die Lotsin lobt nun der Hafenmeister“ he is the one who speaks.
  if (j > pivot && onlyAdverbsBetween(st, pivot, np[0]) && nominativeMasculine(st, np) && SINGULAR_FINITE.test(t[pivot].lower)) score += 2.5;
  const before = t[np[0] - 1];
  // (A conjunction opening the sentence is capitalised too, and owns no genitive: „Weil der Lotse …“.)
  // (So is an article-less plural after a noun: „keine Namen anderer Kapitäne“.)
  const genitive = t[np[0]].lower === 'der' || t[np[0]].lower === 'des' || (np[0] < np[1] && np[0] - 1 > cs && !isCapitalized(t[np[0]]) && /er$/.test(t[np[0]].lower) && !DETERMINERS.has(t[np[0]].lower));
  // (Nor does an adverb opening the sentence: „Auch der nun vorliegende Bericht lässt …“.)
  if (before && before.kind === 'word' && isCapitalized(before) && !SUBORDINATOR.test(before.lower) && !ADVERBS.has(before.lower) && genitive) score -= 2;
  // In a clause with its verb last, the subject comes right after the conjunction: „weil der Lotse
  // den Beamten keine Namen nannte“, „als Nordkurs den Verkauf verkündete“.
  // („als“ only where it opens such a clause: not „Als Grund nannte die Lotsin …“.)
  // So does it after a relative pronoun with its preposition: „das Abkommen, in dem alle Häfen
  // eigene Beiträge zusagen“.
  const relativeAfterPreposition = t[cs - 1]?.text === ',' && PREPOSITIONS.has(t[cs].lower) && RELATIVE_PRONOUN.test(t[cs + 1]?.lower ?? '');
  const first = SUBORDINATOR.test(t[cs].lower) || alsOpensClause(st, cs, pivot) ? cs + 1 : relativeAfterPreposition ? cs + 2 : -1;
  if (np[0] === first && np[1] < pivot) score += 1.5;
  // A phrase after that subject is its object, however much it sounds like a speaker: „in dem alle
  // Häfen eigene Lotsen zusagen“.
  if (first > 0 && np[0] > first && np[1] < pivot && subjectCandidateBefore(st, first - 1, np[0])) score -= 2;
  // „Eine Lösung forderten die Lotsen“: a phrase that is singular cannot be the subject of the plural
  // verb right after it (unless coordinated: „Die USA und die Opposition fordern …“).
  if (np[1] + 1 === pivot && PLURAL_FINITE.test(t[pivot].lower) && clearlySingular(t, np) && !/^(und|sowie|oder)$/.test(t[np[0] - 1]?.lower ?? '')) score -= 3;
  // „Die Äußerungen … bezeichnete Wiefelspütz als …“: a plural cannot be the subject of a singular verb.
  // (Nor the second part of a coordination: „… Hassemers und Papiers bezeichnete …“.)
  if (np[1] < pivot && pivot < t.length && SINGULAR_FINITE.test(t[pivot].lower) && (st.plural(np) || (np[0] - 1 > cs && /^(und|sowie)$/.test(t[np[0] - 1].lower)))) score -= 3;
  return score;
}

/** Finite verbs in the plural: „forderten“, „sagen“, „sind“ (a finite verb ending in -n is plural). */
const PLURAL_FINITE = /^(sind|\p{Ll}+(en|ern|eln))$/u;

/** A phrase that is singular by its article and ending: „eine Lösung“, „die Ministerin“, „die Reederei“. */
function clearlySingular(t: readonly Token[], np: NP): boolean {
  const first = t[np[0]].lower;
  if (first === 'ein' || first === 'eine') return true;
  return /^(die|diese|jene)$/.test(first) && np[1] > np[0] && t[np[0] + 1].kind === 'word' && FEMININE_NOUN.test(headNoun(t, np).lower);
}

/** „der“ and a man's role: „der Hafenmeister“, „der neue Vorsitzende Jan Roth“ (not „der Lotsin“, a dative). */
function nominativeMasculine(st: SentenceTokens, [a, b]: NP): boolean {
  const t = st.tokens;
  if (t[a].lower !== 'der') return false;
  for (let k = a + 1; k <= b; k++) {
    if (!isCapitalized(t[k])) continue;
    return !!st.lex.roleHead(t[k].lower) && !/(in|innen|frau)$/.test(t[k].lower);
  }
  return false;
}

/** Postpositions only (not „wegen“ or „gegenüber“, which stand before a phrase too): the phrase before them is no subject. */
const POSTPOSITION = /^(halber|zuliebe)$/;

/** Conjunctions that open a clause with its verb last. */
const SUBORDINATOR = /^(weil|dass|ob|wenn|nachdem|obwohl|obgleich|bevor|sobald|solange|falls|sofern|seitdem|indem)$/;

/** Whether only prepositional phrases stand between the phrase ending at e and the verb at v: „von der SPD“, „aus Kiel“. */
function onlyAttachmentsBetween(st: SentenceTokens, e: number, v: number): boolean {
  const t = st.tokens;
  let k = e + 1;
  while (k < v) {
    if (!PREPOSITIONS.has(t[k].lower)) return false;
    const object = nounPhrase(st, k + 1, v);
    if (!object) return false;
    k = object[1] + 1;
  }
  return k > e + 1;
}

/** Whether a noun phrase that may be nominative (no oblique article, no pronoun) stands right after the verb v and right before j. */
function subjectCandidateBefore(st: SentenceTokens, v: number, j: number): boolean {
  const t = st.tokens;
  let k = v + 1;
  while (k < j && adverbOrReflexive(t[k])) k++;
  if (k >= j || t[k].kind !== 'word' || (!isCapitalized(t[k]) && !DETERMINERS.has(t[k].lower))) return false;
  if (OBLIQUE.has(t[k].lower) || SUBJECT_PRONOUNS.has(t[k].lower)) return false;
  const np = nounPhrase(st, k, j);
  return !!np && np[1] + 1 === j && !feminineOblique(t, np);
}

function onlyAdverbsBetween(st: SentenceTokens, v: number, j: number): boolean {
  for (let k = v + 1; k < j; k++) if (!adverbOrReflexive(st.tokens[k])) return false;
  return true;
}

/** Words that may stand between a verb and its subject without separating them: adverbs and „sich“. */
function adverbOrReflexive(w: Token): boolean {
  return ADVERBS.has(w.lower) || w.lower === 'sich';
}
