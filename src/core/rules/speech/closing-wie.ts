import { hasMainVerb, PURPOSE_OPENER } from '../../grammar/clauses';
import { AUXILIARIES } from '../../grammar/words';
import { decided, makeSpeech, verbAttribution, type SpeechOutcome, type VerbContext, type VerbFrameRule } from './context';

const id = 'speech/closing-wie';

/** „…, wie palästinensische Rettungskräfte mitteilten.“: a closing „wie“ frame; the content is before it. */
export const closingWie: VerbFrameRule = {
  id,
  description: '…, wie X mitteilte: a closing „wie“ frame; the content is the sentence before it.',
  confidence: 0.7,
  match(ctx: VerbContext): SpeechOutcome | null {
    const { st, v, sa, sb, end, inQuote, verbClause } = ctx;
    const t = st.tokens;
    if (!(verbClause > sa + 2 && t[verbClause].lower === 'wie' && t[verbClause - 1].text === ',' && !inQuote(verbClause - 2))) return null;
    // The frame closes the sentence. (A relative clause about the speaker may follow it: „…, wie
    // Obmann Roth sagt, der dem Verein vorsitzt.“ So may an addition without a verb of its own, or
    // an infinitive of the frame: „…, wie die Polizei mitteilte, seit Montag“, „…, wie der Sender
    // meldete, ohne Zahlen zu nennen“.)
    const closes = st.clauseEnd(v + 1, sb) > end || (t[v + 1]?.text === ',' && ((st.opensRelativeClause(v + 2) && st.clauseEnd(v + 2, sb) > end) || addition(ctx, v + 2)));
    if (!closes) return null;
    return decided(makeSpeech(ctx, sa, verbClause - 2, 'indirect', verbAttribution(ctx, id), 0.7, id));
  },
};

/**
 * Whether the rest of the sentence from k adds to the frame before it: no verb of its own, or an
 * infinitive with „ohne“, „um“ or „statt“. (Not when the clause before stops at its auxiliary: in
 * „Der Kai ist, wie wir sehen, ein Wrack“ the rest completes it.)
 */
function addition(ctx: VerbContext, k: number): boolean {
  const { st, end, konj, verbClause } = ctx;
  if (AUXILIARIES.has(st.tokens[verbClause - 2].lower)) return false;
  // (An addition is short: a bound keeps a sentence of many frames linear.)
  return PURPOSE_OPENER.test(st.tokens[k]?.lower ?? '') || (k <= end && end - k < 12 && !hasMainVerb(st, k, end, konj));
}
