// The clause around a hedge word: its bounds, its verb group, and tests on both.
import { SUBORDINATOR } from '../../grammar/clauses';
import { AUXILIARIES, PREPOSITIONS } from '../../grammar/words';
import type { HedgeLexicon } from '../../hedges';
import type { Token } from '../../tokens';
import type { HedgeKind, Range } from '../../types';

const CLAUSE_BREAK = new Set([',', ';', ':', '–', '„', '“', '»', '«', '"']);
/** Words that open a new clause after a comma; other commas separate list items inside a clause. */
const CLAUSE_OPENERS = new Set(['dass', 'weil', 'wenn', 'ob', 'als', 'der', 'die', 'das', 'den', 'dem', 'deren', 'dessen', 'wo', 'was', 'wie', 'um', 'so', 'sondern', 'aber', 'doch', 'während', 'nachdem', 'bevor', 'obwohl', 'damit', 'denn', 'welche', 'welcher', 'welches', 'sagte', 'sagt', 'hieß', 'heißt', 'berichtete', 'berichtet', 'teilte',
  // (Question words open dependent clauses too: „…, wohin es gehören mag“.)
  'wohin', 'woher', 'wann', 'warum', 'weshalb', 'wieso', 'wer', 'wem', 'wen', 'wodurch', 'womit', 'worauf', 'worüber', 'wofür', 'wonach', 'falls', 'sofern', 'sobald', 'solange', 'seitdem', 'obgleich', 'indem',
  // (Infinitive clauses like „…, um … zu“: „…, ohne gefragt zu werden“, „…, statt zu warten“.)
  'ohne', 'statt', 'anstatt']);

export const isCapitalWord = (t: Token | undefined): boolean => !!t && t.kind === 'word' && t.text[0] !== t.lower[0];
/** A past participle in lower case, of the stricter shapes: „geklärt“, „entschieden“ (not as infinitive), „bestätigt“, „identifiziert“, „angekündigt“. */
export const PARTICIPLE = /^(ge\p{Ll}{2,}(t|en)|(be|er|ver|ent|zer)\p{Ll}{2,}t|\p{Ll}{3,}iert|\p{Ll}+ge\p{Ll}{2,}(t|en))$/u;
/** Words that deny what follows them in a clause: „kommt nicht in Frage“, „besteht kaum“. */
export const NEGATION = /^(nicht|kein|keine|keinen|keiner|kaum|nie|niemals)$/;
// Participles before „haben/sein“: gesehen, genommen, verhandelt, belauscht, worden (lower case: not a noun).
const isParticiple = (t: Token | undefined) => !!t && t.kind === 'word' && t.text[0] === t.lower[0] && (/^ge\p{L}+(t|en)$/u.test(t.lower) || /^(be|er|ent|ver|zer|miss|über|unter)\p{L}+t$/u.test(t.lower) || /\p{L}{3,}(iert|ert|tet|en)$/u.test(t.lower) || t.lower === 'worden');

/** Tokens of the clause around i: up to a colon, dash, quotation mark, or a comma that opens a new clause. */
export function clauseBounds(toks: Token[], i: number, acrossQuotes = false): [number, number] {
  const breaksAt = (k: number) => {
    const t = toks[k].text;
    if (acrossQuotes && toks[k].kind === 'quote') return false;
    if (t !== ',') return CLAUSE_BREAK.has(t);
    return !toks[k + 1] || CLAUSE_OPENERS.has(toks[k + 1].lower) || prepositionalRelative(toks, k + 1);
  };
  // (A full stop before a lower-case word ends no clause: „soll Kaiser Joseph II. gesagt haben“.)
  const ends = (k: number) => /^[!?]$/.test(toks[k].text) || (toks[k].text === '.' && !/^\p{Ll}/u.test(toks[k + 1]?.text ?? ''));
  let a = i, b = i;
  while (a > 0 && !breaksAt(a - 1)) a--;
  while (b < toks.length - 1 && !breaksAt(b + 1) && !ends(b + 1)) b++;
  return [a, b];
}

/** A relative clause opened by a preposition: „…, mit dem er …“, „…, im Rahmen derer er …“. */
function prepositionalRelative(toks: Token[], k: number): boolean {
  if (!PREPOSITIONS.has(toks[k]?.lower ?? '')) return false;
  return RELATIVE.test(toks[k + 1]?.lower ?? '') || (isCapitalWord(toks[k + 1]) && /^(derer|dessen|deren)$/.test(toks[k + 2]?.lower ?? ''));
}

const RELATIVE = /^(dem|der|den|denen|deren|derer|dessen|welchem|welcher|welchen|welche)$/;

export function clauseOf(toks: Token[], i: number): Range {
  const [a, b] = clauseBounds(toks, i);
  return { start: toks[a].start, end: toks[b].end };
}

/** The verb group at the end of the clause of a modal: its last words. */
export function clauseTail(toks: Token[], i: number): Token[] {
  // (Quoted words inside the clause belong to it: „sollen „fünf Höfe“ gestürmt worden sein“.)
  const [a, whole] = clauseBounds(toks, i, true);
  const b = coordinatedClauseEnd(toks, i, whole);
  // Parenthesised asides („(CDU)“) are not part of the verb group.
  const words: Token[] = [];
  let depth = 0;
  for (const t of toks.slice(a, b + 1)) {
    if (t.text === '(') depth++;
    else if (t.text === ')') depth = Math.max(0, depth - 1);
    else if (t.kind === 'word' && (depth === 0 || t === toks[i])) words.push(t);
  }
  // In a subordinate clause the modal itself stands last: look at what precedes it.
  const at = words.findIndex((t) => t === toks[i]);
  if (at === words.length - 1) return words.slice(Math.max(0, at - 3), at);
  // (So it does before a comma after which the main clause goes on, with a perfect before it:
  // „Der Kapitän, der Geld genommen haben soll, fehlt“; not „wie hoch die Grenze sein soll, …“.)
  // (Or before „und“ that joins the next verb to the clause: „ein Deck, das aus Norwegen stammen
  // soll und hundert Gäste fasst“.)
  const before = words.slice(Math.max(0, at - 3), at);
  const closes = toks[i + 1]?.text === ',' || (/^(und|oder)$/.test(toks[i + 1]?.lower ?? '') && before.length > 0);
  if (closes && hasPerfectInfinitive(before)) return before;
  // (And at the end of a relative clause, whatever its verb group: „Die Bande, die für … verantwortlich
  // sein soll, wurde gefasst“.)
  if (closes && toks[a - 1]?.text === ',' && /^(der|die|das|welche|welcher|welches)$/.test(toks[a].lower)) return before;
  return words.slice(at + 1);
}

/**
 * „Die Fähre soll im Mai fahren, und die Brücke soll repariert worden sein“: a clause coordinated
 * after a comma with a finite auxiliary of its own is another clause; the modal's ends before it.
 */
function coordinatedClauseEnd(toks: Token[], i: number, b: number): number {
  for (let k = i + 1; k < b; k++) {
    if (toks[k].text !== ',' || !/^(und|oder|aber|doch|sondern|denn)$/.test(toks[k + 1]?.lower ?? '')) continue;
    // (Up to its own next comma: „…, und dann sagen, man wird …“ shares the modal; the „wird“ is of a clause inside.)
    for (let j = k + 2; j <= b && toks[j].text !== ','; j++) if (toks[j].kind === 'word' && AUXILIARIES.has(toks[j].lower)) return k - 1;
  }
  return b;
}

/** „haben/sein“ after a participle: „genommen haben“, „gestorben sein“, „belauscht worden sein“. */
export function hasPerfectInfinitive(tail: Token[]): boolean {
  const n = tail.length;
  if (n < 2) return false;
  const last = tail[n - 1].lower;
  if ((last === 'haben' || last === 'sein') && isParticiple(tail[n - 2])) return true;
  // A perfect with a modal or „lassen“ takes two infinitives, in either order: „soll ihn hinrichten
  // haben lassen“, „soll ihn hinrichten lassen haben“.
  const pair = [tail[n - 2].lower, last];
  const bare = tail[n - 3];
  return pair.includes('haben') && pair.some((w) => DOUBLE_INFINITIVE.test(w)) && !!bare && bare.text === bare.lower && /\p{L}(en|ern|eln)$/u.test(bare.lower);
}

/** Verbs whose perfect stands as an infinitive next to another: „hat ihn gehen lassen“, „hat warten müssen“. */
const DOUBLE_INFINITIVE = /^(lassen|müssen|können|dürfen|wollen)$/;

/**
 * A perfect infinitive at the end, or an unmistakable past before „und“/„oder“: „soll … erprobt
 * worden sein und demnächst in den Handel kommen“ (not a state: „soll bis Mai vollendet sein und …“).
 */
export function hasPerfectBeforeCoordination(tail: Token[]): boolean {
  if (hasPerfectInfinitive(tail)) return true;
  // (A past is its last two words: only those are looked at, not the whole tail again.)
  for (let k = 1; k < tail.length - 1; k++) if (/^(und|oder)$/.test(tail[k + 1].lower) && unmistakablePast(tail.slice(k - 1, k + 1))) return true;
  return false;
}

/** „genommen haben“, „gewesen sein“, „gebaut worden sein“: a past that no state passive shares („geprägt sein“, „überlegt sein“). */
export function unmistakablePast(tail: Token[]): boolean {
  const n = tail.length;
  return n >= 2 && ((tail[n - 1].lower === 'haben' && hasPerfectInfinitive(tail)) || (tail[n - 1].lower === 'sein' && /^(gewesen|worden)$/.test(tail[n - 2].lower)));
}

/** Unnamed people behind a claim, besides the lexicon's vague subjects: „manche behaupten“, „böse Zungen behaupten“. */
export const SOME_PEOPLE = /^(manche|einige|viele|andere|zungen|gegner|skeptiker|stimmen|mehrheit|mehrzahl|minderheit|menschen|leute)$/;

/** A belief verb with an unnamed group as subject („Beobachter meinen“) is a vague source. */
export function vagueOr(toks: Token[], i: number, lex: HedgeLexicon, kind: HedgeKind): HedgeKind {
  for (let k = Math.max(0, i - 4); k < Math.min(toks.length, i + 3); k++) if (k !== i && lex.vagueSubjects.has(toks[k].lower)) return 'vague_source';
  return kind;
}

/** A zu-infinitive joined to its separable particle: „einzustellen“, „abzuschaffen“. */
const JOINED_ZU_INFINITIVE = /^(ab|an|auf|aus|bei|dar|ein|fest|fort|her|hin|mit|nach|um|vor|weg|zurück|zusammen)zu\p{Ll}{3,}(en|ern|eln)$/u;

/**
 * A zu-infinitive clause starting at a, within ten words and before any comma, „dass“, „ob“ or
 * subordinating conjunction: „es zu schaffen“, „eine Art zu retten“, „die Wracks aufzuspüren“ (an
 * event weighed, or what can be done).
 */
export function zuInfinitiveWithin(toks: Token[], a: number): boolean {
  for (let k = a; k < Math.min(toks.length - 1, a + 10); k++) {
    const t = toks[k];
    if (t.kind !== 'word' || t.lower === 'dass' || t.lower === 'ob' || SUBORDINATOR.test(t.lower)) return false;
    if (t.lower === 'zu' && toks[k + 1].kind === 'word' && toks[k + 1].text === toks[k + 1].lower && /(en|ern|eln)$/.test(toks[k + 1].lower)) return true;
    if (JOINED_ZU_INFINITIVE.test(t.text)) return true;
    // (A „zu“ before anything else is no infinitive: „zu groß“.)
    if (t.lower === 'zu') return false;
  }
  return false;
}
