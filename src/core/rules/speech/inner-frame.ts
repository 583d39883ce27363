import { inRelativeClause, lowerTokenIndex, opensSubordinate, RELATIVE_ADVERB } from '../../grammar/clauses';
import { decided, makeSpeech, type SpeechContext, type SpeechOutcome, type SpeechRule } from './context';
import { FRAME } from './signals';

const id = 'speech/inner-frame';

/**
 * „… hat nach Polizeiangaben …“: a source frame inside the sentence makes all of it the content —
 * unless the frame stands in a relative or subordinate clause, whose content it is alone: „Das
 * Boot, auf dem nach Angaben der Reederei Geld lag, ist gesunken“ reports where the money was.
 */
export const innerFrame: SpeechRule = {
  id,
  description: 'A source frame inside the sentence („… hat nach Polizeiangaben …“) makes the whole sentence its content, or the relative or subordinate clause it stands in.',
  confidence: 0.7,
  triggers: FRAME,
  match(ctx: SpeechContext): SpeechOutcome | null {
    const { framed, end } = ctx;
    if (!framed) return null;
    const clause = framed.start ? null : clauseOfFrame(ctx);
    return decided(clause ? makeSpeech(ctx, clause[0], clause[1], 'indirect', framed.attribution, 0.7, id) : makeSpeech(ctx, framed.a, end, 'indirect', framed.attribution, 0.7, id));
  },
};

/** The relative or subordinate clause after a comma that holds the frame's cue, as [first, last] tokens; null in the main clause. */
function clauseOfFrame({ st, sa, end, framed }: SpeechContext): [number, number] | null {
  const cue = framed?.attribution.cue;
  if (!cue) return null;
  const t = st.tokens;
  const f = lowerTokenIndex(t, cue.start);
  const cs = st.clauseStart(f, sa);
  if (cs <= sa || t[cs - 1]?.text !== ',') return null;
  const opens = inRelativeClause(st, f, sa) || opensSubordinate(st, cs) || RELATIVE_ADVERB.test(t[cs].lower);
  if (!opens) return null;
  const ce = st.clauseEnd(f + 1, end + 1) - 1;
  return ce > f ? [cs, ce] : null;
}
