import { attributionOf } from '../../attribution';
import { decided, makeSpeech, type SpeechOutcome, type VerbContext, type VerbFrameRule } from './context';

const id = 'speech/from-previous-sentence';

/** Words that open a sentence by pointing back at the one before: „Dies bestätigte …“, „Davon geht … aus“. */
export const POINTS_BACK = /^(dies|das|davon|darauf|darüber)$/;

/**
 * „Dies bestätigte Stoiber“, „Das berichtet die Zeitung“, „Davon geht X aus“, „Das geht aus dem
 * Bericht hervor“: the content is the sentence before; the source follows the verb. What that
 * sentence yielded is replaced. When the sentence before is a direct quote („„…“ Das sagte die
 * Lotsin.“), this sentence is that quote's frame (quote-attribution/pointer-after) and reports
 * nothing of its own.
 */
export const fromPreviousSentence: VerbFrameRule = {
  id,
  description: '„Dies bestätigte X.“: the sentence before is the content of this frame.',
  confidence: 0.6,
  match(ctx: VerbContext): SpeechOutcome | null {
    const { st, v, verb, sa, sb, previous } = ctx;
    const t = st.tokens;
    // („So äußerte sich X“ points back only at a quote: after prose, „so“ is left to the other frames.)
    const so = t[sa].lower === 'so';
    if (!(v <= sa + 1 && (POINTS_BACK.test(t[sa].lower) || so) && previous)) return null;
    // („Das geht aus einem Schreiben des Senats hervor“: the document the content comes from.)
    const np = st.after(v, sb) ?? (t[v + 1]?.lower === 'aus' ? st.nounPhrase(v + 2, sb) : null);
    const attr = attributionOf(id, st.cueSpan(v, verb.particle), np ? st.span(np[0], np[1]) : null, 'sentence-verb', verb.entry);
    const q = makeSpeech(ctx, previous[0], previous[1], 'indirect', attr, 0.6, id);
    if (q && so) return null;
    if (q) q.fromPrevious = true;
    return decided(q);
  },
};
