// Clause structure beyond the sentence view: subordinate and relative clauses, content clauses,
// zu-infinitives, finite verbs, inverted subjects, and token lookups by offset.
import type { KonjunktivRecogniser } from '../konjunktiv';
import { isCap, type Token } from '../tokens';
import { feminineOblique } from './noun-phrase';
import { isTime } from './speakerness';
import type { SentenceTokens } from './view';
import { ADVERBS, AUXILIARIES, CONJUNCTIONS, DETERMINERS, isPassiveParticiple, looksFinite, NOT_A_FULL_VERB, OBLIQUE, PREPOSITIONS, RELATIVE_PRONOUN, SEPARABLE_PARTICLE, SUBJECT_PRONOUNS } from './words';

// („wo“ opens place clauses far more often than questions: „…, wo er wirbt“.)
export const CONTENT_OPENERS = new Set(['dass', 'ob', 'wie', 'warum', 'weshalb', 'wieso', 'wann', 'wer', 'was', 'welche', 'welcher', 'welches', 'weswegen', 'inwiefern']);
export const MODALS = /^(will|wollen|wollte|wollten|soll|sollen|sollte|sollten|muss|müssen|musste|mussten|kann|können|konnte|konnten|darf|dürfen|möchte|möchten|wird|werden|würde|würden|werde)$/;
export const DASH = /^[–—]$/;
export const SUBORDINATOR = /^(wenn|weil|obwohl|obgleich|falls|sobald|solange|nachdem|bevor|ehe|während|da|sofern)$/;
/** Whether the clause at k opens with a conditional, causal or temporal conjunction („wenn“, „selbst wenn“, „weil“). */
export function opensSubordinate(st: SentenceTokens, k: number): boolean {
  const t = st.tokens;
  const opener = t[k]?.lower ?? '';
  if (/^(selbst|auch|nur)$/.test(opener)) return SUBORDINATOR.test(t[k + 1]?.lower ?? '');
  if (!SUBORDINATOR.test(opener)) return false;
  // „da“ and „während“ also open main clauses: as an adverb with the finite verb right after it
  // („Da sagte die Lotsin, …“, „Da sei …“), as a preposition with its phrase before the verb
  // („Während der Sitzung sagte die Lotsin, …“).
  if (opener === 'da') return !finiteVerbAt(st, k + 1);
  if (opener === 'während') return !prepositionalWaehrend(st, k);
  return true;
}

/**
 * Whether the word at k is a finite verb opening the rest of a main clause: an auxiliary or modal,
 * a verb of saying, or a finite-looking form with its subject pronoun after it („Da gibt es …“;
 * not the adverbs „erst“ or „vielleicht“, which end like verbs).
 */
function finiteVerbAt(st: SentenceTokens, k: number): boolean {
  const w = st.tokens[k];
  if (w?.kind !== 'word' || isCap(w)) return false;
  if (AUXILIARIES.has(w.lower) || MODALS.test(w.lower) || st.lex.verb(w.lower).length > 0) return true;
  const next = st.tokens[k + 1]?.lower ?? '';
  return looksFinite(w.lower) && (SUBJECT_PRONOUNS.has(next) || next === 'sich');
}

/**
 * Whether „während“ at k governs a genitive phrase that the finite verb follows, with more of the
 * clause after it: „Während des Treffens erklärte der Kapitän …“, „Während der Sitzung sagte sie
 * …“ — not „Während der Kapitän sagte, …“, where the verb ends the clause.
 */
function prepositionalWaehrend(st: SentenceTokens, k: number): boolean {
  const t = st.tokens;
  const article = t[k + 1]?.lower ?? '';
  if (/^(des|eines|seines|ihres|meines|unseres|jenes)$/.test(article)) return true;
  if (!/^(der|einer|seiner|ihrer|unserer|dieser)$/.test(article)) return false;
  let j = k + 2;
  while (j < k + 5 && t[j]?.kind === 'word' && !isCap(t[j]) && /(e|en)$/.test(t[j].lower) && !NOT_A_FULL_VERB.has(t[j].lower)) j++;
  if (!(t[j]?.kind === 'word' && isCap(t[j]))) return false;
  return finiteVerbAt(st, j + 1) && t[j + 2]?.kind === 'word';
}

/** Whether token v stands in a relative clause („…, den die Zeitung zitiert, …“). */
export function inRelativeClause(st: SentenceTokens, v: number, sa: number): boolean {
  const cs = st.clauseStart(v, sa);
  const t = st.tokens;
  // (Also after a preposition: „die Kundgebung, zu der die Lotsen gerufen hatten“, and „was“ after
  // a pronoun it refers to: „All das, was die Reederei ankündigt, …“.)
  return cs > sa && t[cs - 1].text === ',' && (st.opensRelativeClause(cs) || (PREPOSITIONS.has(t[cs].lower) && cs + 1 < v && st.opensRelativeClause(cs + 1))
    || (t[cs].lower === 'was' && /^(das|alles|etwas|nichts|vieles|manches|einiges|dasselbe|dasjenige)$/.test(t[cs - 2]?.lower ?? '')));
}

/** Numerals that end like a verb: „acht Prozent“, „hundert Lotsen“. */
const NUMERAL_IN_T = /(acht|hundert|tausend|zigst|ßigst)$/;

/** Adverbs that open a relative clause: „die Meldung, wonach …“ (not „wo“, which opens the content as often: „…, wo die Kräfte gebraucht werden“). */
export const RELATIVE_ADVERB = /^(wonach|worin|womit|wobei|wodurch|worauf|woraus|worüber|wofür|wogegen|woran|wovon|wozu)$/;

/**
 * Whether [a, b] has a finite-looking verb outside relative clauses: a lower-case word that is a
 * known verb form, an auxiliary or modal, a Konjunktiv, or ends like a finite verb and stands
 * before no noun (an adjective would).
 */
export function hasMainVerb(st: SentenceTokens, a: number, b: number, konj: KonjunktivRecogniser): boolean {
  const t = st.tokens;
  for (let k = a; k <= b; k++) {
    // Skip a relative clause up to its comma (also one opened by a relative adverb: „die
    // Entscheidung, wonach … ist“).
    if (t[k].text === ',' && k + 1 <= b && (st.opensRelativeClause(k + 1) || RELATIVE_ADVERB.test(t[k + 1].lower))) {
      while (k < b && t[k + 1].text !== ',') k++;
      continue;
    }
    const x = t[k];
    if (x.kind !== 'word' || isCap(x) || x.lower.includes('.') || DETERMINERS.has(x.lower)) continue;
    // Right after a pronoun subject opening the clause stands its finite verb, strong past forms
    // too: „Er starb …“, „Sie kam …“.
    if (k === a + 1 && /^(er|sie|es|ich|wir|man)$/.test(t[a].lower) && !PREPOSITIONS.has(x.lower)) return true;
    if (MODALS.test(x.lower) || /^(ist|sind|war|waren|hat|haben|hatte|hatten|sei|seien|habe|wäre|wären|hätte|hätten|gibt|gab)$/.test(x.lower)) return true;
    if (st.lex.verb(x.lower).length || konj.is(x.lower, t[k - 1]?.lower)) return true;
    // (Plural forms in -ern and -eln too: „ankern“, „handeln“.) Before a noun only a form without
    // an adjective ending: „Das bedeutet Sicherheit“, not „geplante Kais“.
    const beforeNoun = !!t[k + 1] && isCap(t[k + 1]);
    const verbShape = beforeNoun ? /t$/.test(x.lower) && !NOT_A_FULL_VERB.has(x.lower) && !NUMERAL_IN_T.test(x.lower) : /(t|te|ten|en|st|ern|eln)$/.test(x.lower);
    if (verbShape && x.lower.length > 3 && !/^(nicht|jetzt|zuletzt|bereits|erst|meist|sonst|fast|selbst|längst|zunächst|stets|bisher|unten|oben|hinten|vorn|morgen|gestern|vorgestern|heute|eben|sondern|modern|innern)$/.test(x.lower)) return true;
  }
  return false;
}

/** The finite verb of a main clause opening at sa: the first lower-case word that is no article, preposition or conjunction, before v. */
export function finiteVerb(t: Token[], sa: number, v: number): Token | undefined {
  for (let k = sa + 1; k <= v; k++) {
    const w = t[k];
    if (w.kind === 'word' && !isCap(w) && !DETERMINERS.has(w.lower) && !/^(und|oder|aber|auch|zudem|ferner|von|vom|zu|zum|zur|in|im|mit|bei|für|auf|an|am|nach|über|unter|aus)$/.test(w.lower)) return w;
  }
  return undefined;
}

/** „gibt es“, „es gab“ in [a, b): an existential clause, whose noun stands for itself. */
export function existential(t: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (t[k].lower === 'es' && (GEBEN.test(t[k - 1]?.lower ?? '') || GEBEN.test(t[k + 1]?.lower ?? ''))) return true;
  return false;
}
export const GEBEN = /^(gibt|gab|gebe|gäbe|geben|gaben)$/;

/** How far back from a token the clause checks look for the comma that opens its clause: a clause's length. */
export const CLAUSE_REACH = 30;

/**
 * The last comma after lo and before k, within CLAUSE_REACH tokens of k, or -1. (A bounded look, so
 * that a sentence of thousands of quotes or verbs costs no more per token.)
 */
export function lastCommaBefore(t: Token[], lo: number, k: number): number {
  for (let j = k - 1; j > lo && j >= k - CLAUSE_REACH; j--) if (t[j].text === ',') return j;
  return -1;
}

/** Openers of an infinitive clause of purpose or manner: „um … zu“, „ohne … zu“, „statt … zu“. */
export const PURPOSE_OPENER = /^(um|ohne|statt|anstatt)$/;

/** „die Steuern zu senken“: a clause ending in zu + infinitive. */
export function zuInfinitive(t: Token[], a: number, end: number): boolean {
  // A purpose or manner clause is no content: „…, um den Weg freizumachen“, „ohne zu zögern“.
  if (PURPOSE_OPENER.test(t[a]?.lower ?? '')) return false;
  // Nor a main clause opening with its finite verb: „Ob er zweifelt, bleibt abzuwarten“, „…, ist zu prüfen“.
  if (MODAL_INFINITIVE_VERB.test(t[a]?.lower ?? '')) return false;
  // (Up to and with `end`: a joined infinitive is one token and may close the clause: „aufzugeben“.)
  for (let k = a; k <= end; k++) {
    // (A zu-infinitive has no finite verb: „…, dann ist das ernst zu nehmen“ is a main clause.)
    if (t[k].text === ',' || (k > a && !isCap(t[k]) && MODAL_INFINITIVE_VERB.test(t[k].lower))) return false;
    if (t[k].lower === 'zu' && /en$|ern$|eln$|^sein$|^tun$/.test(t[k + 1]?.lower ?? '') && (k + 1 === end || t[k + 2]?.kind === 'punct')) return true;
    if (/^\p{L}+zu\p{L}+en$/u.test(t[k].lower) && t[k].lower.length > 8 && (k === end || t[k + 1]?.kind === 'punct')) return true;
  }
  return false;
}

/** Finite verbs that take a zu-infinitive as their own predicate: „bleibt abzuwarten“, „ist zu prüfen“, „steht zu befürchten“. */
const MODAL_INFINITIVE_VERB = /^(bleibt|bleiben|blieb|blieben|ist|sind|war|waren|wäre|wären|steht|stand|gilt|galt|scheint|schien|scheinen|schienen)$/;
/** Adverbs and particles between „heißt es“ and what one must do or what it means: „Nun heißt es erst einmal warten“, „Was heißt es denn, … zu …?“. */
const OBLIGING_ADVERB = /^(nun|jetzt|erst|einmal|also|dann|wieder|zunächst|vorerst|weiterhin|bald|vorläufig|künftig|fortan|denn|eigentlich|überhaupt|konkret)$/;
const INFINITIVE = /^(?!(eben|oben|unten|morgen|daneben|zusammen|entgegen)$)\p{Ll}{2,}(en|ern|eln)$/u;

/**
 * „Nun heißt es auf das Hochwasser warten“: the infinitive closes the clause after its objects. The
 * word before it is no article or preposition („hieß es von den beiden“, „von allen“ end on no verb).
 */
function infinitiveClosesClause(t: Token[], from: number, sb: number): boolean {
  let end = from;
  while (end + 1 < Math.min(sb, from + 8) && t[end + 1].kind === 'word') end++;
  if (end === from || (t[end + 1] && t[end + 1].kind !== 'punct')) return false;
  const before = t[end - 1].lower;
  return !isCap(t[end]) && INFINITIVE.test(t[end].text) && !DETERMINERS.has(t[end].lower) && !DETERMINERS.has(before) && !PREPOSITIONS.has(before);
}

/**
 * „Nun heißt es warten“, „Für die Lotsen heißt es nun, Ruhe zu bewahren“, „Jetzt heißt es: abwarten“:
 * „heißt es“ before an infinitive says what one must do; it reports nobody's words. `j` is the token
 * after „es“; the sentence's tokens end before `sb`.
 */
export function heisstEsObliges(t: Token[], j: number, sb: number): boolean {
  let k = j;
  while (k < sb && OBLIGING_ADVERB.test(t[k].lower)) k++;
  // („für die Fischer“: whom it obliges.)
  if (t[k]?.lower === 'für') {
    let e = k + 1;
    while (e < sb && e - k <= 4 && t[e].kind === 'word') e++;
    k = e;
    while (k < sb && OBLIGING_ADVERB.test(t[k].lower)) k++;
  }
  const next = t[k];
  if (!next || k >= sb) return false;
  const bareInfinitive = (x: number) => INFINITIVE.test(t[x]?.text ?? '') && !DETERMINERS.has(t[x].lower) && (t[x + 1]?.kind === 'punct' || t[x + 1]?.lower === 'und');
  if (next.kind === 'word') return bareInfinitive(k) || infinitiveClosesClause(t, k, sb);
  // („Jetzt heißt es: abwarten“, „Nun heißt es: Marke schärfen, Kunden gewinnen“: an object noun
  // without article may stand first; a quote after the colon starts with its subject.)
  if (next.text === ':') return bareInfinitive(k + 1) || (isCap(t[k + 1]) && !DETERMINERS.has(t[k + 1].lower) && !SUBJECT_PRONOUNS.has(t[k + 1].lower) && bareInfinitive(k + 2));
  if (next.text !== ',') return false;
  // (An infinitive clause is short: the look ahead is bounded.)
  let end = k + 1;
  while (end + 1 < Math.min(sb, k + 30) && t[end + 1].text !== ',' && t[end + 1].kind !== 'punct') end++;
  return zuInfinitive(t, k + 1, end);
}

/** A subject right after the verb: a pronoun or a noun phrase, not a preposition. */
export function invertedSubject(st: SentenceTokens, v: number, sb: number): boolean {
  const t = st.tokens;
  let k = v + 1;
  // (Past adverbs, approximations and a time: „…, informierte am Montag die Polizei“, „…, gab rund ein Fünftel an“.)
  for (;;) {
    if (k < sb && /^(auch|dann|noch|heute|gestern|weiter|zudem|außerdem|später|jedoch|aber|rund|etwa|knapp|fast|nahezu|beinahe)$/.test(t[k].lower)) k++;
    else if (k + 1 < sb && /^(am|im)$/.test(t[k].lower) && isTime(st, t[k + 1].lower)) k += 2;
    else break;
  }
  if (k >= sb || (t[k].kind !== 'word' && t[k].kind !== 'number')) return false;
  if (/^(er|sie|es|man|wir|ich)$/.test(t[k].lower)) return true;
  // (A dative is no subject: „…, droht ihr eine Haftstrafe“; „ihr“ before its noun is a possessive:
  // „…, sagte ihr Sprecher“.)
  if (/^(ihm|ihr|ihnen|mir|dir|uns|euch)$/.test(t[k].lower) && !(t[k].lower === 'ihr' && t[k + 1]?.kind === 'word' && isCap(t[k + 1]))) return false;
  // (A number before its noun: „…, sagten 40 Lotsen“.)
  const np = st.nounPhrase(k, sb) ?? (t[k].kind === 'number' ? st.nounPhrase(k + 1, sb) : null);
  // (Past a dative object by its case, before a role, body or person: „…, sagte dem Hafenamt eine
  // Sprecherin“; not „…, verspreche den Aktionären rosige Zeiten“.)
  if (np && (OBLIQUE.has(t[np[0]].lower) || feminineOblique(t, np))) {
    const subject = st.nounPhrase(np[1] + 1, sb);
    return !!subject && t.slice(subject[0], subject[1] + 1).some((w) => isCap(w) && (!!st.lex.roleHead(w.lower) || !!st.lex.organisationHead(w.lower) || !!st.lex.givenNameGender(w.text)));
  }
  return !!np && st.speakerness(np) > 0;
}

export function lastContentToken(t: Token[], sa: number, sb: number): number {
  let e = sb - 1;
  while (e > sa && t[e].kind === 'punct') e--;
  return e;
}

export function hasContentClause(t: Token[], v: number, end: number): boolean {
  for (let k = v + 1; k <= end; k++) if (CONTENT_OPENERS.has(t[k].lower) && t[k - 1]?.text === ',') return true;
  return false;
}

const INDEFINITE_PRONOUN = /^(jemanden|niemanden|allen|einigen|vielen|manchen|beiden|anderen|meisten|wenigen|keinen|jenen|solchen|letzteren|ersteren)$/;

/** A lower-case finite verb right after a comma, which opens a main clause („…, fährt die Fähre nicht“). */
function mainClauseVerb(w: Token): boolean {
  const x = w.lower;
  return w.kind === 'word' && !isCap(w) && looksFinite(x) && !INDEFINITE_PRONOUN.test(x) && !DETERMINERS.has(x) && !PREPOSITIONS.has(x) && !RELATIVE_PRONOUN.test(x) && !CONJUNCTIONS.has(x) && !ADVERBS.has(x) && !SUBJECT_PRONOUNS.has(x);
}

/** A lower-case content word right before an article, a subject pronoun or „sich“: a verb opening its clause („griff dieser“, „kam die Polizei“, „griff sich …“). */
function strongPastBeforeSubject(t: Token[], k: number): boolean {
  const w = t[k], next = t[k + 1];
  if (!next || w.kind !== 'word' || isCap(w) || w.lower.length < 3 || NOT_A_FULL_VERB.has(w.lower) || RELATIVE_PRONOUN.test(w.lower) || INDEFINITE_PRONOUN.test(w.lower)) return false;
  if (SUBORDINATOR.test(w.lower) || /^(um|ohne|statt|wie|wo|was|als|zu|so|nicht|noch|dass|daß|ob)$/.test(w.lower)) return false;
  return DETERMINERS.has(next.lower) || /^(er|sie|es|man|dieser|diese|wir|ich|sich)$/.test(next.lower);
}

/** The end of the clause starting at a: the sentence end, or the token before a comma that opens a main clause. */
export function clauseEndAfter(t: Token[], a: number, end: number): number {
  for (let k = a; k < end; k++) {
    if (t[k].text !== ',' || !t[k + 1]) continue;
    if (/^(kann|konnte|wird|wurde|ist|war|hat|hatte|sind|waren|haben|hatten|werden|wurden|blieb|blieben)$/.test(t[k + 1].lower)) return k - 1;
    // (Any finite verb opening the main clause after the subordinate one: „…, dass der Kai gesperrt ist, fährt die Fähre nicht“,
    // also a strong past before its subject: „…, dass der Kai zu kurz sei, griff dieser zum Hammer“.)
    if (mainClauseVerb(t[k + 1]) || strongPastBeforeSubject(t, k + 1)) return k - 1;
    // (Also after „dann“ or „so“ resuming a conditional: „Wenn Roth sagt, man sei …, dann ist das …“.)
    if (/^(dann|so)$/.test(t[k + 1].lower) && t[k + 2] && (AUXILIARIES.has(t[k + 2].lower) || mainClauseVerb(t[k + 2]))) return k - 1;
    // „die Ankündigung, den Hafen zu verlassen, kam überraschend“: a zu-infinitive closed by a comma.
    // (Also a joined one, „…, das Lager aufzugeben, kam …“, and before quoted words: „…, aufgeregt zu sein, „…““.)
    const closesInfinitive = t[k - 2]?.lower === 'zu' || (/^\p{L}+zu\p{L}+en$/u.test(t[k - 1]?.lower ?? '') && t[k - 1].lower.length > 8);
    const next = t[k + 1];
    if (closesInfinitive && ((next.kind === 'word' && !isCap(next) && !/^(und|oder|sowie|aber|sondern|um|ohne|statt|anstatt)$/.test(next.lower)) || next.text === '„')) return k - 1;
  }
  return end;
}

export function lowerTokenIndex(t: Token[], pos: number): number {
  let lo = 0, hi = t.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (t[mid].start <= pos) lo = mid; else hi = mid - 1;
  }
  return lo;
}

/** A relative clause opened by a preposition at k: „…, in dem es heißt, …“, „…, mit der sie fordert, …“ (not „in dem Bericht“). */
export function prepositionalRelative(t: readonly Token[], k: number): boolean {
  return PREPOSITIONS.has(t[k]?.lower ?? '') && RELATIVE_PRONOUN.test(t[k + 1]?.lower ?? '') && t[k + 2]?.kind === 'word' && !isCap(t[k + 2]);
}

/** The last word of the antecedent of a relative clause after the comma at `comma`, past a verb's particle („legte ein Gutachten vor, in dem …“). */
export function antecedentEnd(t: readonly Token[], comma: number): number {
  const before = t[comma - 1];
  return before?.kind === 'word' && !isCap(before) && SEPARABLE_PARTICLE.test(before.lower) ? comma - 2 : comma - 1;
}

/** Whether the passive participle at v closes the clause ending at `end`, before an optional „worden“: „wurde … bestätigt“, „ist … bestätigt worden“. */
export function participleCloses(t: readonly Token[], v: number, end: number): boolean {
  return v === (t[end]?.lower === 'worden' ? end - 1 : end) && isPassiveParticiple(t[v].lower);
}
