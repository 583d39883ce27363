// How much a noun phrase looks like a source of speech: a pronoun, a person, a role, a body —
// and not a thing („die Anwendung der Richtlinie des Kanzlers“ names a thing).
import { isCapitalized } from '../tokens';
import { pastExtendedAttribute } from './noun-phrase';
import type { NP, SentenceTokens } from './view';
import { ABSTRACT, DETERMINERS, GENITIVE_ARTICLE, INDEFINITE_PERSON, OBLIQUE, SUBJECT_PRONOUNS } from './words';

const NEUTER_PRONOUN = /^(dies|dieses|das|jenes|dasselbe|beides|alles|vieles|manches|letzteres|ersteres|solches|nichts|etwas)$/;

/** Log-odds-like score: 3 for a subject pronoun, 2.5 for a role, 1.5 for a body or a full name, below 0 for things. */
export function speakerness(st: SentenceTokens, [a, b]: NP): number {
  const t = st.tokens;
  const first = t[a];
  if (a === b && SUBJECT_PRONOUNS.has(first.lower)) return first.lower === 'es' ? -1 : 3;
  // („Viele glauben …“: people, but none in particular.)
  if (a === b && INDEFINITE_PERSON.test(first.lower)) return 1;
  // A neuter pronoun standing for a fact never speaks; it is the object put first: „Dies sah der
  // Hafenmeister anders und sagte …“.
  if (a === b && NEUTER_PRONOUN.test(first.lower)) return -2;
  // A time („Zwei Tage nach dem Sturm“, „Ende August“, „Am Montag“) never speaks: in
  // „Zwei Tage … erklärte der Rat“ the subject follows the verb.
  if (isTime(st, t[b].lower)) return -3;
  // Nor does an amount („Drei Millionen Euro steckt die Werft in den Kai“).
  if (AMOUNT.test(t[b].lower)) return -3;
  let score = 0;
  if (OBLIQUE.has(first.lower)) score -= 2;
  let hasRole = false, hasOrg = false, names = 0;
  // The head noun is the last capital before a genitive attribute: in „die Anwendung der
  // Richtlinie des Kanzlers“ the role belongs to the attribute, and the phrase names a thing.
  let head = t[b];
  let attributeRole = false;
  // (The words of an extended attribute say nothing of the head: „die vom Gericht verhängte Strafe“.)
  const opens = DETERMINERS.has(first.lower) ? pastExtendedAttribute(st, a + 1, b + 1) : a;
  // (A name in the genitive before a noun of saying only owns it: „Roths Vorwurf“ and „Roths
  // Blockade-Vorwurf“ are charges. Only before such a noun: „Jens Roth“ ends its first word in -s too.)
  const possessor = opens === a && b > a && isCapitalized(first) && /s$/.test(first.text) && isCapitalized(t[a + 1]) && st.lex.isSpeechNoun(t[b].text.slice(t[b].text.lastIndexOf('-') + 1));
  for (let k = opens > a + 1 ? opens : possessor ? a + 1 : a; k <= b; k++) {
    if (k > a && GENITIVE_ARTICLE.has(t[k].lower) && isCapitalized(t[k - 1]) && ABSTRACT.test(t[k - 1].lower) && k - 1 > a) {
      head = t[k - 1];
      for (let j = k + 1; j <= b; j++) if (isCapitalized(t[j]) && (st.lex.roleHead(t[j].lower) || st.lex.organisationHead(t[j].lower))) attributeRole = true;
      break;
    }
    if (!isCapitalized(t[k])) continue;
    if (st.lex.roleHead(t[k].lower)) hasRole = true;
    else if (st.lex.organisationHead(t[k].lower)) hasOrg = true;
    else if (!ABSTRACT.test(t[k].lower)) names++;
  }
  if (attributeRole && !hasRole && !hasOrg) names++;
  if (hasRole) score += 2.5;
  else if (hasOrg) score += 1.5;
  else if (names) score += names >= 2 ? 1.5 : 1; // „Kofi Annan“: first and last name
  // (Reports and estimates are sources: „Eine aktuelle Schätzung beziffert …“.)
  if (!hasRole && !hasOrg && (ABSTRACT.test(head.lower) || possessor) && !st.lex.isSourceNoun(head.text)) score -= 1.5;
  return score;
}

/** Currencies and units that head an amount of money or matter („Drei Millionen Euro“); not „Prozent“, which counts people too („70 Prozent sagen …“). */
const AMOUNT = /^(euro|cent|dollar|franken|pfund|rubel|yen|kilometer|meter|tonnen|kilogramm|kilo|liter|grad)$/;

/** Units of time, parts of a day or a period, weekdays („Zeit“ is left out: „Die Zeit“ is a newspaper). */
const WEEKDAYS = 'montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|sonnabend';
const TIME_NOUN = new RegExp(`^(sekunden?|minuten?|stunden?|tage?|tagen|tages|wochen?|wochenendes?|monate?|monaten|monats|jahre?|jahren|jahres|jahrzehnte?n?|jahrhunderts?|abends?|morgens?|mittags?|nachmittags?|vormittags?|nacht|nächte|nächten|ende|anfang|mitte|beginn|(${WEEKDAYS})s?)$`);
const WEEKDAY = new RegExp(`^(${WEEKDAYS})$`);
/** Parts of a day that join a weekday in one word: „Montagmittag“, „Dienstagabend“. */
const DAY_PARTS = 'morgen|früh|vormittag|mittag|nachmittag|abend|nacht';
const WEEKDAY_PART = new RegExp(`^(${WEEKDAYS})(${DAY_PARTS})$`);

/** A unit of time, a part of a day or period, a weekday or a month: „Ende“, „Abend“, „Montag“, „März“. */
export function isTime(st: SentenceTokens, lower: string): boolean {
  return TIME_NOUN.test(lower) || TIME_COMPOUND.test(lower) || WEEKDAY_PART.test(lower) || st.lex.months.has(lower);
}

/** Compounds naming a point in a period: „Jahresbeginn“, „Saisonauftakt“, „Monatsende“, „Wochenmitte“ (only these heads: „Bundestag“ and „Vorsitzende“ end like times too). */
const TIME_COMPOUND = /^\p{Ll}{3,}(beginn|anfang|auftakt|mitte)$|^(jahres|monats|wochen|quartals|tages|semester|schul|saison)ende$/u;

/** A weekday or a month: after it a capitalised word starts a new phrase („am Montag Jan Roth“). */
export function isDayOrMonth(st: SentenceTokens, lower: string): boolean {
  return isWeekday(lower) || st.lex.months.has(lower);
}

/** A weekday, alone or with its part of the day: „Montag“, „Montagmittag“ — never part of a name. */
export function isWeekday(lower: string): boolean {
  return WEEKDAY.test(lower) || WEEKDAY_PART.test(lower);
}

/** The speakerness of a subject scored without its article, which at the sentence start would count as a name („Der Kai“). */
export function subjectSpeakerness(st: SentenceTokens, [a, b]: NP): number {
  return speakerness(st, DETERMINERS.has(st.tokens[a].lower) && b > a ? [a + 1, b] : [a, b]);
}
