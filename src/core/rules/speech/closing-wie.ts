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
    // (A relative clause about the speaker may close the sentence: „…, wie Obmann Roth sagt, der dem
    // Verein vorsitzt.“)
    const closes = st.clauseEnd(v + 1, sb) > end || (t[v + 1]?.text === ',' && st.opensRelativeClause(v + 2) && st.clauseEnd(v + 2, sb) > end);
    if (!(verbClause > sa + 2 && t[verbClause].lower === 'wie' && t[verbClause - 1].text === ',' && closes && !inQuote(verbClause - 2))) return null;
    return decided(makeSpeech(ctx, sa, verbClause - 2, 'indirect', verbAttribution(ctx, id), 0.7, id));
  },
};
