import { attributionOf } from '../../attribution';
import { makeSpeech, type SpeechOutcome, type VerbContext, type VerbFrameRule } from './context';

const id = 'speech/from-previous-sentence';

/**
 * „Dies bestätigte Stoiber“, „Das berichtet die Zeitung“, „Davon geht X aus“: the content is the
 * sentence before; the source follows the verb. What that sentence yielded is replaced.
 */
export const fromPreviousSentence: VerbFrameRule = {
  id,
  description: '„Dies bestätigte X.“: the sentence before is the content of this frame.',
  confidence: 0.6,
  match(ctx: VerbContext): SpeechOutcome | null {
    const { st, v, verb, sa, sb, previous } = ctx;
    const t = st.tokens;
    if (!(v <= sa + 1 && /^(dies|das|davon|darauf|darüber)$/.test(t[sa].lower) && previous)) return null;
    const np = st.after(v, sb);
    const attr = attributionOf(id, st.cueSpan(v, verb.particle), np ? st.span(np[0], np[1]) : null, 'sentence-verb', verb.entry);
    const q = makeSpeech(ctx, previous[0], previous[1], 'indirect', attr, 0.6, id);
    if (q) q.fromPrevious = true;
    return q;
  },
};
