import { attributionOf } from '../../attribution';
import { ADVERBS, AUXILIARIES, looksFinite, PREPOSITIONS } from '../../grammar/words';
import { isCap } from '../../tokens';
import { decided, hasKonjunktiv, makeSpeech, type SpeechContext, type SpeechOutcome, type SpeechRule } from './context';
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
    for (let k = sa + 2; k < end; k++) {
      if (t[k].lower !== 'so' || t[k - 1].text !== ',' || inQuote(k) || inQuote(k - 2)) continue;
      const np = st.nounPhrase(k + 1, sb);
      if (!np) continue;
      const attribution = attributionOf(id, st.span(k, k), st.span(np[0], np[1]), 'after');
      if (np[1] >= end - 1 || closingAdverbials(ctx, np[1] + 1, end)) return decided(makeSpeech(ctx, sa, k - 2, 'indirect', attribution, 0.7, id));
      if (t[np[1] + 1]?.text !== ',') continue;
      // An apposition or a relative clause on the source closes the sentence: „so Roth, Chef des
      // Vereins“, „so Roth, der Chef des Vereins“, „so Roth, der den Verein führt“.
      let e = np[1] + 2;
      while (e <= end && t[e].kind !== 'punct') e++;
      const apposition = isCap(t[np[1] + 2]) || st.nounPhrase(np[1] + 2, sb)?.[1] === end || (st.opensRelativeClause(np[1] + 2) && !isCap(t[end]));
      if (e > end && e - np[1] <= 16 && apposition) return decided(makeSpeech(ctx, sa, k - 2, 'indirect', attribution, 0.7, id));
      // The frame sits inside the reported sentence.
      if (hasKonjunktiv(ctx, sa, k - 2) || hasKonjunktiv(ctx, np[1] + 2, end)) return decided(makeSpeech(ctx, sa, end, 'indirect', attribution, 0.7, id));
    }
    return null;
  },
};

/**
 * Whether the words from a to the sentence's last word at `end` are adverbials of time, place or manner
 * that close the frame: „…, so die Polizei am Montag.“, „…, so Roth gegenüber der Hafenpost.“
 * (a preposition or adverb first, no punctuation and no verb of its own).
 */
function closingAdverbials(ctx: SpeechContext, a: number, end: number): boolean {
  const { st, sb } = ctx;
  const t = st.tokens;
  if (end - a > 10 || !(PREPOSITIONS.has(t[a].lower) || ADVERBS.has(t[a].lower))) return false;
  // A verb at the end makes „so“ open a clause of its own: „…, so eine Reparatur jetzt ansteht.“
  // („selbst“ ends like one: „…, so Roth selbst.“ frames.)
  if (!isCap(t[end]) && t[end].lower !== 'selbst' && looksFinite(t[end].lower)) return false;
  for (let k = a; k <= end; k++) if ((t[k].kind !== 'word' && t[k].kind !== 'number') || (!isCap(t[k]) && (AUXILIARIES.has(t[k].lower) || !!st.verbAt(k, sb)))) return false;
  return true;
}
