import { inRelativeClause, lowerTokenIndex, opensSubordinate, RELATIVE_ADVERB } from '../../grammar/clauses';
import type { IndirectQuote } from '../../indirect';
import type { Token } from '../../tokens';
import type { Span } from '../../types';
import { aroundFrame, decided, makeSpeech, type SpeechContext, type SpeechOutcome, type SpeechRule } from './context';
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
    const [a, b] = (framed.start ? null : clauseOfFrame(ctx)) ?? [framed.a, end];
    return decided(aroundInnerFrame(ctx, a, b));
  },
};

/**
 * The content [a, b] without the frame inside it: „Der Kai ist [nach Angaben der Reederei] gesperrt“
 * reports „Der Kai ist … gesperrt“, in two segments; the frame's words are the source's name, not
 * what it said.
 */
function aroundInnerFrame(ctx: SpeechContext, a: number, b: number): IndirectQuote | null {
  const { st, framed } = ctx;
  const attribution = framed!.attribution;
  const t = st.tokens;
  const frame = attribution.cue ? framePhrase(t, attribution.cue, attribution.speaker) : null;
  if (!frame || frame[0] <= a || frame[1] > b) return makeSpeech(ctx, a, b, 'indirect', attribution, 0.7, id);
  const before = makeSpeech(ctx, a, frame[0] - 1, 'indirect', attribution, 0.7, id);
  return frame[1] < b ? aroundFrame(ctx, before, frame[1] + 1, b) : before;
}

/** The tokens of the cue and the source when they form one phrase („nach Angaben der Reederei“, „der Reederei zufolge“), else of the cue alone. */
function framePhrase(t: Token[], cue: Span, source: Span | null): [number, number] {
  const range = (x: Span): [number, number] => [lowerTokenIndex(t, x.start), lowerTokenIndex(t, x.end - 1)];
  const c = range(cue);
  if (!source) return c;
  const s = range(source);
  const touching = s[0] <= c[1] + 1 && c[0] <= s[1] + 1;
  return touching ? [Math.min(c[0], s[0]), Math.max(c[1], s[1])] : c;
}

/** The relative or subordinate clause after a comma that holds the frame's cue, as [first, last] tokens; null in the main clause. */
function clauseOfFrame({ st, sa, end, framed, inQuote }: SpeechContext): [number, number] | null {
  const cue = framed?.attribution.cue;
  if (!cue) return null;
  const t = st.tokens;
  const f = lowerTokenIndex(t, cue.start);
  const cs = st.clauseStart(f, sa);
  if (cs <= sa || t[cs - 1]?.text !== ',') return null;
  const opens = inRelativeClause(st, f, sa) || opensSubordinate(st, cs) || RELATIVE_ADVERB.test(t[cs].lower);
  if (!opens) return null;
  // (It ends at the next comma, colon or dash outside quoted words: a quoted word inside it, „die
  // „viel“ verdient hat“, does not.)
  let ce = f + 1;
  while (ce <= end && !(/^[,;:–—]$/.test(t[ce].text) && !inQuote(ce))) ce++;
  return ce - 1 > f ? [cs, ce - 1] : null;
}
