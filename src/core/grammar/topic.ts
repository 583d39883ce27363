// The topic of a sentence: the role or body it is about when it acts („Die Wahlkommission hat
// den Termin festgelegt.“). A Konjunktiv sentence after it, or a quote without a frame, reports
// that topic's words.
import type { NP, SentenceTokens } from './view';
import { feminineOblique } from './noun-phrase';
import { ADVERBS, AUXILIARIES, DETERMINERS, INTENSIFIER, NOT_A_FULL_VERB, OBLIQUE, PREPOSITIONS } from './words';
import { isCap } from '../tokens';

const AUXILIARY_OR_MODAL = /^(haben|hatten|hätten|werden|wurden|würden|sollen|sollten|wollen|wollten|können|konnten|müssen|mussten|dürfen|durften|sind|waren|wären)$/;
export const PASSIVE_OR_COPULA = /^(wurde|wurden|worden|wird|werden|gilt|galt|gelten|galten|ist|war|sind|waren)$/;

/**
 * The subject of a main clause when it names a role or body: the noun phrase before the finite
 * verb, or right after it when an adverbial opens the sentence („Am Montag erklärte der Minister …“).
 */
export function sentenceTopic(st: SentenceTokens, a: number, b: number): NP | null {
  const t = st.tokens;
  let i = a;
  // „HIV-Forschung: Die Behörden haben …“: a dateline or rubric before a colon is no part of the clause.
  for (let k = a; k < Math.min(b, a + 8); k++) if (t[k].text === ':') i = k + 1;
  let fronted = false;
  for (; i < b && (t[i].kind !== 'word' || /^(und|aber|doch|auch|zudem|dann|so)$/.test(t[i].lower)); i++) if (/^(zudem|dann|so)$/.test(t[i].lower)) fronted = true;
  // („Zudem verhandelten Mitarbeiter der Reederei …“: an adverb in the first place puts the finite
  // verb right after it, and the subject after the verb.)
  if (fronted && t[i]?.kind === 'word' && !isCap(t[i]) && !DETERMINERS.has(t[i].lower) && !PREPOSITIONS.has(t[i].lower)) {
    const subject = st.nounPhrase(i + 1, b);
    return subject && st.speakerness(subject) >= 1.5 ? subject : null;
  }
  const first = st.nounPhrase(i, b);
  if (first) {
    if (st.speakerness(first) >= 1.5 && t[first[1] + 1]?.kind === 'word' && !isCap(t[first[1] + 1])) return first;
    // With a name in commas: „Der Flugbetriebsleiter, Reinhard Kraxner, spekulierte …“.
    const opening = t[first[1] + 1]?.text === ',' ? st.openingPhrase(i, b) : null;
    if (opening && opening.np[1] > first[1] && t[opening.next]?.kind === 'word' && !isCap(t[opening.next]) && st.speakerness(first) >= 1.5) return opening.np;
    // An object first („Einen neuen Erreger haben Forscher entdeckt“, „Dieser Darstellung
    // widerspricht die Gilde“): the subject follows the verb.
    if (!OBLIQUE.has(t[first[0]].lower) && !feminineOblique(t, first)) return null;
  }
  // An object or adverbial first: the subject follows the finite verb.
  // („Gegen den „Verband integrativer …“ ermittelt die Staatsanwaltschaft“: past a prepositional phrase.)
  // („Dem Einsatz automatischer Geräte steht die Fraktion kritisch gegenüber“: past the object.)
  let phrase = PREPOSITIONS.has(t[i]?.lower ?? '') ? st.nounPhrase(i + 1, b) : first;
  // (A comparison belongs to the phrase: „Mit schärferen Worten als die Lotsen kritisieren die Grünen …“.)
  const compared = phrase && /^(als|wie)$/.test(t[phrase[1] + 1]?.lower ?? '') ? st.nounPhrase(phrase[1] + 2, b) : null;
  if (compared) phrase = [phrase![0], compared[1]];
  let v = phrase && t[phrase[1] + 1]?.kind === 'word' && !isCap(t[phrase[1] + 1]) ? phrase[1] + 1 : i;
  // (An adjective before its noun is no verb: „Dem Einsatz automatischer Geräte steht …“.)
  const adjective = (k: number) => /(e|en|er|es|em)$/.test(t[k].lower) && !!t[k + 1] && isCap(t[k + 1]) && !AUXILIARY_OR_MODAL.test(t[k].lower);
  // (After an adverb of one word the verb comes right after it: „Danach hat die Ministerin …“.)
  // (A finite verb there, not a conjunction, „Etwa als …“; nor a copula or passive, „Daher ist die Aufnahme … kein Thema“.)
  const verbNext = t[i + 1]?.kind === 'word' && (AUXILIARIES.has(t[i + 1].lower) || !NOT_A_FULL_VERB.has(t[i + 1].lower)) && !PASSIVE_OR_COPULA.test(t[i + 1].lower);
  // (Not „Demnach …“, which makes the sentence a source's words, not its subject's deeds.)
  const adverbFirst = !phrase && ADVERBS.has(t[i]?.lower ?? '') && !/^(demnach|demzufolge)$/.test(t[i].lower) && verbNext;
  while (v < b && !(t[v].kind === 'word' && !isCap(t[v]) && !/^(der|die|das|den|dem|des|ein|eine|einer|einem|einen)$/.test(t[v].lower) && (v > i + 1 || (adverbFirst && v === i + 1)) && !adjective(v))) v++;
  // (Past adverbials after the verb: „prüft seit dem Frühjahr das Bauamt“.)
  let k = v + 1;
  while (k < b && k - v <= 8 && t[k].kind === 'word' && !DETERMINERS.has(t[k].lower) && (PREPOSITIONS.has(t[k].lower) || !isCap(t[k]))) {
    const skipped = PREPOSITIONS.has(t[k].lower) ? st.nounPhrase(k + 1, b) : null;
    k = skipped ? skipped[1] + 1 : k + 1;
  }
  const after = v < b ? st.nounPhrase(v + 1, b) ?? (k < b ? st.nounPhrase(k, b) : null) : null;
  return after && st.speakerness(after) >= 1.5 ? after : null;
}

/**
 * The role or body a sentence [a, b) is about when it acts in the active voice, else null; with
 * `anySpeaker`, also a person named without a role („Jan Ohm schüttelte den Kopf.“).
 */
export function actingTopic(st: SentenceTokens, a: number, b: number, anySpeaker = false): NP | null {
  if (b <= a) return null;
  const topic = sentenceTopic(st, a, b);
  return topic && actsAsSource(st, topic, [a, b - 1], anySpeaker) ? topic : null;
}

/**
 * Whether the topic of the sentence before is a role or body acting in the active voice
 * („Die Wahlkommission hat den Termin festgelegt.“), so that a following Konjunktiv sentence
 * reports its words rather than those of an earlier speaker. Pronouns, things, passives and
 * „gilt als“ do not qualify.
 */
export function actsAsSource(st: SentenceTokens, np: NP, [sa, sb]: NP, anySpeaker = false): boolean {
  const t = st.tokens;
  if (!anySpeaker && !isInstitutional(st, np)) return false;
  // (Only the main clause: „…, die vor dem Umzug beschlossen wurden“ is no passive of it.)
  const end = Math.min(sb + 1, st.clauseEnd(np[1] + 1, sb + 1));
  for (let k = Math.min(sa, np[0]); k < end; k++) if (PASSIVE_OR_COPULA.test(t[k].lower) && !statesStance(st, k, end)) return false;
  return true;
}

/** Adjectives of a stance or feeling about a matter, which its holder then voices: „ist empört“, „war skeptisch“, „reagierte gelassen“. */
export const STANCE = /^(empört|enttäuscht|zufrieden|unzufrieden|überzeugt|skeptisch|optimistisch|zuversichtlich|besorgt|verärgert|erleichtert|entsetzt|fassungslos|überrascht|froh|stolz|wütend|sauer|schockiert|begeistert|erbost|verwundert|irritiert|alarmiert|bestürzt|erschüttert|gelassen|zurückhaltend|kritisch|verhalten|entspannt)$/;

/**
 * „Die Lotsin ist empört.“, „Der Trainer war zufrieden.“: a copula whose predicate, at the end of
 * the clause past adverbs, is a stance: the subject holds a view that the words after it voice (as
 * with „zeigte sich zufrieden“). A passive or „ist Mitglied“ states no view.
 */
function statesStance(st: SentenceTokens, copula: number, end: number): boolean {
  const t = st.tokens;
  let k = copula + 1;
  // („ist sich sicher“, „sind sich einig“: certainty held about a matter is a view too.)
  const reflexive = t[k]?.lower === 'sich';
  if (reflexive) k++;
  while (k < end - 1 && t[k].kind === 'word' && (ADVERBS.has(t[k].lower) || INTENSIFIER.test(t[k].lower) || /^(hörbar|tief|zutiefst|nicht|wenig|völlig)$/.test(t[k].lower))) k++;
  return k === end - 1 && t[k].kind === 'word' && (STANCE.test(t[k].lower) || (reflexive && /^(sicher|gewiss|einig|uneins|uneinig)$/.test(t[k].lower)));
}

/** Whether the noun phrase names a role or body („der Sprecher der Fraktion“, „die Wahlkommission“). */
export function isInstitutional(st: SentenceTokens, [a, b]: NP): boolean {
  for (let k = a; k <= b; k++) if (isCap(st.tokens[k]) && (st.lex.roleHead(st.tokens[k].lower) || st.lex.organisationHead(st.tokens[k].lower))) return true;
  return false;
}
