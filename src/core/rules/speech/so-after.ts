import { attributionOf } from '../../attribution';
import { speakerness } from '../../grammar/speakerness';
import { MODALS } from '../../grammar/clauses';
import { ADVERBS, AUXILIARIES, CONJUNCTIONS, looksFinite, PREPOSITIONS } from '../../grammar/words';
import { isCap } from '../../tokens';
import { aroundFrame, decided, hasKonjunktiv, makeSpeech, type SpeechContext, type SpeechOutcome, type SpeechRule } from './context';
import { SO } from './signals';

const id = 'speech/so-after';

/**
 * „…, so X.“ after content without quotation marks; also „…, so die Sprecherin des Vereins, Jana
 * Roth.“ and, inside a Konjunktiv sentence, „Der Präsident sei, so X, schuld daran, …“.
 */
export const soAfter: SpeechRule = {
  id,
  description: '„…, so X.“: content before an interposed or closing „so X“.',
  confidence: 0.7,
  triggers: SO,
  match(ctx: SpeechContext): SpeechOutcome | null {
    const { st, sa, sb, end, inQuote } = ctx;
    const t = st.tokens;
    // (Where Konjunktiv and finite verbs stand is found once: asked again at every „so“, a sentence
    // of many „so X“ would be read in quadratic time.)
    let marks: { firstKonjunktiv: number; lastKonjunktiv: number; firstFinite: number } | undefined;
    const sentenceMarks = () => (marks ??= findMarks(ctx));
    for (let k = sa + 2; k < end; k++) {
      if (t[k].lower !== 'so' || t[k - 1].text !== ',' || inQuote(k) || inQuote(k - 2)) continue;
      const np = st.nounPhrase(k + 1, sb);
      if (!np) continue;
      // („…, so die Ministerin laut der Hafenpost.“: she speaks, the paper passes it on.)
      const passedOnBy = t[np[1] + 1]?.lower === 'laut' && ctx.framed?.attribution.cue?.start === t[np[1] + 1].start ? ctx.framed.attribution.speaker : null;
      const attribution = attributionOf(id, st.span(k, k), st.span(np[0], np[1]), 'after', undefined, undefined, passedOnBy);
      if (np[1] >= end - 1 || closingAdverbials(ctx, np[1] + 1, end)) return decided(makeSpeech(ctx, sa, k - 2, 'indirect', attribution, 0.7, id));
      // (Adverbials may follow the source before its comma: „so die Stadt weiter, …“.)
      const comma = commaAfterAdverbials(ctx, np[1] + 1, end);
      if (comma < 0) continue;
      // A relative clause on the source closes the content before the frame, however long it runs:
      // „…, so Roth, die auch angab, dass …“ (its own speech is another quote).
      if (st.opensRelativeClause(comma + 1)) return decided(makeSpeech(ctx, sa, k - 2, 'indirect', attribution, 0.7, id));
      // An apposition on the source closes the sentence: „so Roth, Chef des Vereins“, „so Roth, der
      // Chef des Vereins“.
      let e = comma + 1;
      while (e <= end && t[e].kind !== 'punct') e++;
      const apposition = isCap(t[comma + 1]) || st.nounPhrase(comma + 1, sb)?.[1] === end;
      if (e > end && e - np[1] <= 16 && apposition) return decided(makeSpeech(ctx, sa, k - 2, 'indirect', attribution, 0.7, id));
      // The frame sits inside the reported sentence: in Konjunktiv („Der Kai sei, so Roth, zu kurz“),
      // or in the indicative when a speaking source interrupts a clause that goes on („Das Bad, so
      // die Stadt, bleibt geschlossen“). Not when „so“ gives an example of a group: „Einige Häfen,
      // so Kiel, …“.
      const { firstKonjunktiv, lastKonjunktiv, firstFinite } = sentenceMarks();
      const interrupts = speakerness(st, np) >= 1.5 && !exampleOfGroup(ctx, k - 2) && clauseGoesOn(ctx, firstFinite <= k - 2, comma + 1);
      // (The frame itself is no part of what was said: the speech is the two parts around it.)
      if (firstKonjunktiv <= k - 2 || lastKonjunktiv >= comma + 1 || interrupts) return decided(aroundFrame(ctx, makeSpeech(ctx, sa, k - 2, 'indirect', attribution, 0.7, id), comma + 1, end));
    }
    return null;
  },
};

/**
 * Whether the words from a to the sentence's last word at `end` are adverbials of time, place or manner
 * that close the frame: „…, so die Polizei am Montag.“, „…, so Roth gegenüber der Hafenpost.“, „…, so Roth laut der Hafenpost.“
 * (a preposition or adverb first, no punctuation and no verb of its own).
 */
function closingAdverbials(ctx: SpeechContext, a: number, end: number): boolean {
  const { st, sb } = ctx;
  const t = st.tokens;
  if (end - a > 10 || !(PREPOSITIONS.has(t[a].lower) || ADVERBS.has(t[a].lower) || t[a].lower === 'laut')) return false;
  // A verb at the end makes „so“ open a clause of its own: „…, so eine Reparatur jetzt ansteht.“
  // („selbst“ ends like one: „…, so Roth selbst.“ frames.)
  if (!isCap(t[end]) && t[end].lower !== 'selbst' && looksFinite(t[end].lower)) return false;
  for (let k = a; k <= end; k++) if ((t[k].kind !== 'word' && t[k].kind !== 'number') || (!isCap(t[k]) && (AUXILIARIES.has(t[k].lower) || !!st.verbAt(k, sb)))) return false;
  return true;
}

/** The comma closing „so X“ at a or after adverbials of up to five words („weiter“, „am Montag“); -1 if none. */
function commaAfterAdverbials(ctx: SpeechContext, a: number, end: number): number {
  const { st, sb } = ctx;
  const t = st.tokens;
  if (t[a]?.text === ',') return a;
  if (!(PREPOSITIONS.has(t[a].lower) || ADVERBS.has(t[a].lower))) return -1;
  for (let k = a; k <= end && k <= a + 5; k++) {
    if (t[k].text === ',') return k;
    if ((t[k].kind !== 'word' && t[k].kind !== 'number') || (!isCap(t[k]) && (AUXILIARIES.has(t[k].lower) || !!st.verbAt(k, sb)))) return -1;
  }
  return -1;
}

/** „Einige Häfen, so Kiel, …“: the phrase before „so“ (ending at b) is a group opened by a quantifier. */
function exampleOfGroup(ctx: SpeechContext, b: number): boolean {
  const t = ctx.st.tokens;
  for (let k = b; k >= ctx.sa && k > b - 5; k--) {
    if (t[k].kind !== 'word') return false;
    if (GROUP_QUANTIFIER.test(t[k].lower)) return true;
  }
  return false;
}
const GROUP_QUANTIFIER = /^(einige|einigen|viele|vielen|mehrere|mehreren|manche|manchen|zahlreiche|zahlreichen|andere|anderen|etliche|etlichen|diverse|verschiedene|verschiedenen|wenige|wenigen)$/;

/** The first and last Konjunktiv and the first lower-case finite verb of the sentence (or ±Infinity). */
function findMarks(ctx: SpeechContext): { firstKonjunktiv: number; lastKonjunktiv: number; firstFinite: number } {
  const { st: { tokens: t }, sa, end } = ctx;
  let firstKonjunktiv = Infinity, lastKonjunktiv = -Infinity, firstFinite = Infinity;
  for (let k = sa; k <= end; k++) {
    if (hasKonjunktiv(ctx, k, k)) {
      firstKonjunktiv = Math.min(firstKonjunktiv, k);
      lastKonjunktiv = k;
    }
    if (firstFinite === Infinity && t[k].kind === 'word' && !isCap(t[k]) && finite(t[k].lower)) firstFinite = k;
  }
  return { firstKonjunktiv, lastKonjunktiv, firstFinite };
}

/**
 * Whether the clause around an interposed „so X“ is one clause cut in two: a phrase before it waits
 * for the finite verb after it at c („Das Bad, so die Stadt, bleibt geschlossen“), or the words
 * after it go on with the clause begun before („Der Kai bleibt aber, so die Reederei, vorerst
 * gesperrt“). `verbBefore`: whether a finite verb stands before „so“.
 */
function clauseGoesOn(ctx: SpeechContext, verbBefore: boolean, c: number): boolean {
  const { st, end } = ctx;
  const t = st.tokens;
  if (c > end || t[c].kind !== 'word' || isCap(t[c]) || CONJUNCTIONS.has(t[c].lower)) return false;
  return !finite(t[c].lower) || !verbBefore;
}

const finite = (lower: string): boolean => AUXILIARIES.has(lower) || MODALS.test(lower) || looksFinite(lower);
