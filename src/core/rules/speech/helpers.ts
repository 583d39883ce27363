// Tests the speech rules share: source frames in the sentence, speaking subjects, Konjunktiv
// frames, when a verb of saying without content reports speech, and frameless reported speech.
import { withRule, type Attribution } from '../../attribution';
import { hasMainVerb, invertedSubject, lastCommaBefore, MODALS } from '../../grammar/clauses';
import { isTime, subjectSpeakerness } from '../../grammar/speakerness';
import type { SentenceTokens } from '../../grammar/view';
import { ADVERBS, AUXILIARIES, DETERMINERS, isPassiveParticiple, looksFinite, PARTICIPLE, PREPOSITIONS, SPEAKING_PRONOUN } from '../../grammar/words';
import type { KonjunktivRecogniser } from '../../konjunktiv';
import type { VerbEntry } from '../../lexicon';
import { isCap, type Token } from '../../tokens';
import { lowerTokenIndex } from '../../grammar/clauses';
import type { RuleEngine } from '../../engine/engine';
import { appositionAfter, prepositionalCue, verbGoesOnAt } from '../source-frame';
import { KONJUNKTIV_II, MODAL_II, type VerbContext } from './context';

export interface SentenceFrame {
  /** Where the content starts: after the frame when it opens the sentence, else the sentence start. */
  a: number;
  /** Whether the frame opens the sentence. */
  start: boolean;
  attribution: Attribution;
}

export const REPORTED_CLASSES = new Set(['say', 'name', 'ask']);

/** „Laut X …“, „X zufolge …“, „Nach Angaben von X …“: where the content starts, and whether the frame opens the sentence. */
export function sentenceFrame(st: SentenceTokens, sa: number, sb: number, end: number, inQuote: (i: number) => boolean, engine: RuleEngine): SentenceFrame | null {
  const t = st.tokens;
  const prep = prepositionalCue(st, sa, sb, inQuote, engine);
  if (!prep || !prep.cue) return null;
  const cueAt = lowerTokenIndex(t, prep.cue.start);
  const cueEnd = lowerTokenIndex(t, prep.cue.end - 1);
  const sourceStart = prep.speaker ? lowerTokenIndex(t, prep.speaker.start) : cueAt;
  const sourceEnd = prep.speaker ? lowerTokenIndex(t, prep.speaker.end - 1) : cueEnd;
  const ppStart = Math.min(cueAt, sourceStart);
  const ppEnd = Math.max(cueEnd, sourceEnd);
  // (After a colon the frame governs the clause there only: „Die Lage ist klar: Laut Roth ist …“.)
  let s0 = sa;
  for (let k = ppStart - 1; k > sa; k--) if (t[k].text === ':' && !inQuote(k)) { s0 = k + 1; break; }
  // Only a frame that opens the sentence (after at most a conjunction or adverb) leaves the rest as content.
  const opens = ppStart <= s0 + 1 && ppEnd < end - 1;
  // (There the whole field before the finite verb is the source's, with its „von X“ and apposition.)
  const tail = opens && prep.speaker && sourceEnd === ppEnd ? sourceTail(st, ppEnd, end, sb) : { source: ppEnd, content: ppEnd + 1 };
  const attribution = tail.source > ppEnd ? withRule(prep, prep.rule, st.span(sourceStart, tail.source)) : prep;
  // („Laut der Reederei, sagt Roth, seien …“: a frame interposed after the source speaks for the
  // whole sentence; its speaker reports what the source says. So does „…, so Roth, …“.)
  const start = opens && tail.content < end && !interposedFrame(st, tail.content, sb);
  return { a: start ? tail.content : s0, start, attribution };
}

/** Whether a verb of saying or „so“ with its speaker, closed by a comma, stands at k right after a comma: „…, sagt Roth, …“. */
function interposedFrame(st: SentenceTokens, k: number, sb: number): boolean {
  const t = st.tokens;
  if (t[k - 1]?.text !== ',' || !(t[k]?.lower === 'so' || st.verbAt(k, sb))) return false;
  const speaker = st.nounPhrase(k + 1, sb);
  return !!speaker && t[speaker[1] + 1]?.text === ',';
}

/**
 * Where the source of a frame opening the sentence ends, past what the frame rules leave after it
 * (whose the role is: „Laut dem Chef von Nordkurs …“; an apposition in commas: „Nach Angaben des
 * Sprechers, Jan Roth, …“), and where its content starts: after an apposition with an article too
 * („Laut Jan Roth, dem Chef der Reederei, …“), which leaves the source as it was. Only when the
 * finite verb of the content follows.
 */
function sourceTail(st: SentenceTokens, e: number, end: number, sb: number): { source: number; content: number } {
  const t = st.tokens;
  let k = e;
  if (/^(von|vom)$/.test(t[k + 1]?.lower ?? '')) {
    const owner = st.nounPhrase(k + 2, sb);
    // (A day dates the statement and is no source: „Nach Polizeiangaben vom Mittwoch …“.)
    if (owner && isTime(st, t[owner[1]].lower) && verbGoesOnAt(t, owner[1] + 1)) return { source: e, content: owner[1] + 1 };
    if (owner && (verbGoesOnAt(t, owner[1] + 1) || t[owner[1] + 1]?.text === ',')) k = owner[1];
  }
  const apposition = appositionAfter(st, k, sb);
  if (apposition && apposition[1] + 2 < end) return { source: DETERMINERS.has(t[k + 2].lower) ? k : apposition[1], content: apposition[1] + 2 };
  // (A relative clause on the source is the frame's too: „Laut der Polizei, die am Montag kam, ist …“.)
  if (t[k + 1]?.text === ',' && st.opensRelativeClause(k + 2)) {
    const close = st.clauseEnd(k + 2, sb);
    if (t[close]?.text === ',' && verbGoesOnAt(t, close + 1) && close + 1 < end) return { source: k, content: close + 1 };
  }
  // (An apposition the source frame took in already: „Laut dem Chef, Jan Roth, ist …“.)
  if (t[k + 1]?.text === ',' && verbGoesOnAt(t, k + 2) && k + 2 < end) return { source: k, content: k + 2 };
  return verbGoesOnAt(t, k + 1) ? { source: k, content: k + 1 } : { source: e, content: e + 1 };
}

/** Whether the verb at v has a subject that can speak: a person, role or body, not „ein Chaos“. */
export function speakingSubject(st: SentenceTokens, v: number, entry: VerbEntry, sa: number, sb: number, minimum = 1.5): boolean {
  const t = st.tokens;
  const subject = st.sourceOf(v, entry, sa, sb);
  // („ein Chaos“, „eine Strafe“: what looms comes with an indefinite article.)
  if (!subject || /^(ein|eine|einer|kein|keine)$/.test(t[subject[0]].lower)) return false;
  if (subject[0] === subject[1] && SPEAKING_PRONOUN.test(t[subject[0]].lower)) return true;
  return subjectSpeakerness(st, subject) >= minimum;
}

/** Whether „heißt es“ / „hieß es“ stands outside quotations in [sa, v). */
export function heisstBefore(t: Token[], sa: number, v: number, inQuote: (i: number) => boolean): boolean {
  for (let k = sa; k + 1 < v; k++) if (/^(heißt|hieß)$/.test(t[k].lower) && t[k + 1].lower === 'es' && !inQuote(k)) return true;
  return false;
}

/** Whether a frame of saying with its subject after the verb opens at k: „sagte die Lotsin“, „meinte der Trainer“, „glaubt die Lotsin“. */
export function invertedSayingFrame(st: SentenceTokens, k: number, sb: number): boolean {
  const verb = st.verbAt(k, sb);
  return !!verb && (verb.entry.cls === 'say' || framesLikeSaying(st, verb.entry.lemma, k)) && invertedSubject(st, k, sb);
}

/**
 * Whether the verb of thinking at v frames the content before it like „sagte“: „…, meinte der
 * Trainer“ (lexicon: framesLikeSaying), and a belief someone else holds, „…, glaubt die Lotsin“
 * (framesLikeSayingForOthers; „…, glaube ich“ hedges the speaker's own words).
 */
export function framesLikeSaying(st: SentenceTokens, lemma: string, v: number): boolean {
  const { senses } = st.lex;
  return senses.framesLikeSaying.has(lemma) || (senses.framesLikeSayingForOthers.has(lemma) && !/^(ich|wir)$/.test(st.tokens[v + 1]?.lower ?? ''));
}

/** Whether a verb of saying outside quotations stands in [from, end]. */
export function laterVerb(st: SentenceTokens, from: number, end: number, sb: number, inQuote: (i: number) => boolean): boolean {
  const t = st.tokens;
  // („heißt es“ frames too: „In der Ordnung, die vom Rat beschlossen wurde, heißt es, …“, „…, in dem es heißt, …“.)
  for (let k = from; k <= end; k++) if (!inQuote(k) && (st.verbAt(k, sb) || (/^(heißt|hieß)$/.test(t[k].lower) && (t[k + 1]?.lower === 'es' || t[k - 1]?.lower === 'es')))) return true;
  return false;
}

/** Whether the frame verb at v is finite in Konjunktiv I itself („rate“, „behaupte“) or has a Konjunktiv auxiliary before it in its clause („habe … gerechnet“). */
export function konjunktivFrame(t: Token[], v: number, entry: VerbEntry, cs: number, konj: KonjunktivRecogniser): boolean {
  if (isKonjunktivOfVerb(t, v, entry)) return true;
  for (let k = cs; k < v; k++) if (/^(habe|sei|werde)$/.test(t[k].lower) && konj.at(t, k)) return true;
  return false;
}

/** Whether token v is the 3rd person Konjunktiv I of the verb of saying it reads as: „rate“, „behaupte“, „gehe (davon aus)“. */
export function isKonjunktivOfVerb(t: Token[], v: number, entry: VerbEntry): boolean {
  const base = entry.particle && !entry.particle.includes(' ') && entry.lemma.startsWith(entry.particle) ? entry.lemma.slice(entry.particle.length) : entry.lemma;
  if (!base.endsWith('en') || base === 'sein') return false;
  return t[v].lower === base.slice(0, -1) && t[v - 1]?.lower !== 'ich';
}

export const KONJUNKTIV_AUXILIARY = /^(habe|hätte|hätten|sei|seien|wäre|wären|werde)$/;

/** A present „soll“ in a relative frame reports a claim: „eine Klage, nach der die Wahl wiederholt werden soll“. */
export function reportedSoll(t: Token[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (t[k].lower === 'soll' || t[k].lower === 'sollen') return true;
  return false;
}

/** Whether a sentence with a verb of saying and no content clause reports speech. */
export function reportedVerb(st: SentenceTokens, v: number, sa: number, end: number, entry: VerbEntry): boolean {
  const t = st.tokens;
  const lemma = entry.lemma;
  // („begründete die Verschiebung mit …“, „drohte mit Suizid“: with „mit“ these are acts of speech.)
  // (Not the impersonal „Es drohe ein Wettlauf mit …“.)
  const withMit = /^(begründen|drohen)$/.test(lemma) && t[v - 1]?.lower !== 'es' && t[v + 1]?.lower !== 'es' && t.slice(v + 1, Math.min(end + 1, v + 5)).some((x) => x.lower === 'mit');
  if (st.lex.senses.reportsNothingWithoutContent.has(lemma) && !withMit) return false;
  // „forderte 92 Menschenleben“: a disaster claims lives; it demands nothing.
  // (Also with the victims put first: „Drei Tote forderte der Sturm am Kai“.)
  if (lemma === 'fordern' && t.slice(st.clauseStart(v, sa), end + 1).some((x) => /(opfer|tote|toten|menschenleben|todesopfer|verletzte|verletzten)$/.test(x.lower))) return false;
  // Passives („wurde … berichtet“) report that something was said, not who said it, unless the
  // clause names its source („wird im Gutachten als riskant beschrieben“, „wurde vom Beirat verlangt“).
  // (Only the verb's own clause counts: „…, obwohl ein Abkommen unterzeichnet wurde“ is no passive of it.)
  const cs = st.clauseStart(v, sa), ce = st.clauseEnd(v + 1, end + 1);
  // (So is a participle right before „werden“: „dass das Ergebnis vorhergesagt werden kann“; a
  // naming there is no speech at all: „die von allen „Käfer“ genannt werden“.)
  const presentPassive = /^(werden|wird|werde)$/.test(t[v + 1]?.lower ?? '') && isPassiveParticiple(t[v].lower);
  if (presentPassive && entry.cls === 'name') return false;
  const passive = presentPassive || t.slice(cs, ce).some((x) => /^(wurde|wurden|worden)$/.test(x.lower));
  // (An active participle needs its „haben“ and someone who speaks: „hat … in Genf gewarnt“,
  // not „wie gesagt“ or „Die Herbstsaison hat einen Toten gefordert“.)
  if (/^ge/.test(t[v].lower) && !passive) {
    if (!t.slice(cs, v).some((x) => /^(hat|hatte|haben|hatten|habe|hätte|hätten)$/.test(x.lower))) return false;
    if (!speakingSubject(st, v, entry, sa, end + 1)) return false;
  }
  if (passive) {
    // The source must be the participle's agent or document, not its subject („Die Schlange wurde
    // auf der Basis von Wirbeln beschrieben“ names no one).
    if (!isPassiveParticiple(t[v].lower)) return false;
    const source = st.sourceOf(v, entry, sa, end + 1);
    const before = source ? t[source[0] - 1]?.lower : undefined;
    if (!source || !/^(von|vom|seitens|seiten|in|im)$/.test(before ?? '')) return false;
  }
  if (lemma === 'sprechen' || lemma === 'berichten') return t.slice(v + 1, end + 1).some((x) => /^(von|über)$/.test(x.lower));
  // A zu-infinitive („hat Mühe, seinen Plan zu erklären“, „ist als Fehlplanung zu werten“, „wie zu
  // erwarten“, „mitzuteilen“) says what is to be said or could be, not what was said.
  if (t[v - 1]?.lower === 'zu' || (entry.particle && t[v].lower.startsWith(`${entry.particle}zu`))) return false;
  // An infinitive under a modal („will zustimmen“, „soll erklären“) announces speech, it does not report it.
  if (/(en|ern|eln)$/.test(t[v].lower) && t.slice(sa, v).some((x) => MODALS.test(x.lower))) return false;
  // Nor does one after a verb of perception: „hörte den Säugling schreien“ heard a sound.
  if (/(en|ern|eln)$/.test(t[v].lower) && t.slice(cs, v).some((x) => /^(hörte|hörten|hört|hören|sah|sahen|sieht|sehen)$/.test(x.lower))) return false;
  return true;
}

/**
 * A verb of thinking stating an opinion with a noun phrase: „fürchten Konflikte“, „erwarten eine
 * Lösung“, „halten X für wahrscheinlich“, „sehen in X den ersten Schritt“ (not a participle).
 */
export function opinionVerb(t: Token[], v: number, end: number, lemma: string): boolean {
  if (/^ge/.test(t[v].lower)) return false;
  const rest = t.slice(v + 1, end + 1);
  if (lemma === 'halten') return rest.some((x) => x.lower === 'für');
  if (lemma === 'sehen') return rest.some((x) => x.lower === 'in' || x.lower === 'als');
  return /^(fürchten|befürchten|erwarten|vermuten|bezweifeln)$/.test(lemma);
}

/**
 * Reported speech with no frame: 'strong' when a Konjunktiv I form or a reportive „soll … haben“
 * stands outside quotations (news prose uses them for nothing else), 'weak' for a Konjunktiv II
 * main verb, which also marks conditionals.
 */
export function frameless(t: Token[], sa: number, end: number, inQuote: (i: number) => boolean, konj: KonjunktivRecogniser, reportive: ReadonlySet<number>): Mood | null {
  let weak = false, soll = false, asIf = false;
  for (let k = sa; k <= end; k++) {
    // An unreal comparison („…, als sei nichts geschehen“, „als ob es kein Morgen gebe“) compares;
    // its Konjunktiv reports nobody's words, up to the end of its clause.
    if (asIf && /^[,;:–—]$/.test(t[k].text)) asIf = false;
    if (t[k].lower === 'als' && !inQuote(k)) asIf = /^(ob|wenn)$/.test(t[k + 1]?.lower ?? '') || (!!t[k + 1] && konj.is(t[k + 1].lower, 'als'));
    // (A capital inside the sentence is a noun: „im Falle einer Verurteilung“.)
    if (asIf || inQuote(k) || t[k].kind !== 'word' || (k > sa && isCap(t[k]))) continue;
    const w = t[k].lower;
    if (/^(soll|sollen)$/.test(w)) {
      // The hedge detector decides what is reportive („soll … genommen haben“); one rule, not two.
      // (Not at the end of a clause the sentence goes on after: „Der Kapitän, der Geld genommen haben
      // soll, fehlt“ is the author's sentence about him; the hedge stays.)
      if (reportive.has(t[k].start) && t[k + 1]?.text !== ',') return { strength: 'strong', marker: 'soll' };
      // Plans and demands passed on („Juventus soll absteigen“) continue the speech before them;
      // a plan in a subordinate clause („…, die ausgebaut werden soll“) is the author's account.
      // (Verb-final „soll“ closes its clause or follows its infinitive after a comma: „…, das neu
      // sein soll und …“; not „Geliefert werden soll …“, whose fronted verbs stand before the second place.)
      if (k === end || t[k + 1].kind === 'punct' || (k > sa && /^(sein|tun|\p{Ll}+(en|ern|eln))$/u.test(t[k - 1].text) && lastCommaBefore(t, sa, k) >= 0)) continue;
      weak = soll = true;
      continue;
    }
    if (!konj.at(t, k) || MODAL_II.test(w)) continue;
    if (KONJUNKTIV_II.has(w)) weak = true;
    else if (k > sa) return { strength: 'strong', marker: 'konjunktiv' };
  }
  return weak ? { strength: 'weak', marker: soll ? 'soll' : 'konjunktiv' } : null;
}

/** How a sentence without a frame marks reported speech: Konjunktiv (strong: I, weak: II) or „soll“ (strong: reportive, weak: a plan). */
export interface Mood {
  strength: 'strong' | 'weak';
  marker: 'konjunktiv' | 'soll';
}

/**
 * Whether the verb of saying at v closes a clause set off by commas inside the sentence, right
 * before the finite verb of the main clause: „Wegen der Berichte, sie seien gewarnt worden, wachsen
 * Sorgen“, „Die Hälfte derer, die wir Freunde nennen, würde …“. The sentence goes on after it, so
 * what follows is no content. (An interposed frame opens with its verb, „Der Kai, hatte sie gesagt,
 * ist …“, „…, so schrieb sie, …“; a „wie“ frame reports the clause around it.)
 */
export function closesInsertedClause({ st, v, c, sa, verbClause, konj }: VerbContext): boolean {
  const t = st.tokens;
  if (t[c]?.text !== ',' || verbClause <= sa || v <= verbClause || t[verbClause - 1]?.text !== ',' || /^(wie|so)$/.test(t[verbClause].lower) || t[sa].lower === 'wie') return false;
  if (AUXILIARIES.has(t[verbClause].lower) || (!isCap(t[verbClause]) && hasMainVerb(st, verbClause, verbClause, konj))) return false;
  // (The verb ends its clause, perhaps before auxiliaries: „gewarnt worden“.)
  for (let k = v + 1; k < c; k++) if (!AUXILIARIES.has(t[k].lower) && !/^(worden|gewesen)$/.test(t[k].lower)) return false;
  const first = t[c + 1];
  if (first?.kind !== 'word' || isCap(first) || DETERMINERS.has(first.lower) || PREPOSITIONS.has(first.lower) || ADVERBS.has(first.lower) || PARTICIPLE.test(first.lower)) return false;
  return AUXILIARIES.has(first.lower) || looksFinite(first.lower) || hasMainVerb(st, c + 1, c + 1, konj);
}
