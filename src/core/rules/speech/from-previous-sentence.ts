import { attributionOf } from '../../attribution';
import { participleCloses } from '../../grammar/clauses';
import { DENIAL } from '../../grammar/words';
import type { Token } from '../../tokens';
import { decided, makeSpeech, verbAttribution, type SpeechOutcome, type VerbContext, type VerbFrameRule } from './context';

const id = 'speech/from-previous-sentence';

/** Words that open a sentence by pointing back at the one before: „Dies bestätigte …“, „Davon geht … aus“. */
export const POINTS_BACK = /^(dies|das|davon|darauf|darüber)$/;

/** A passive auxiliary in second place after the pointer: „Dies wurde … bestätigt“. */
const PASSIVE_AUXILIARY = /^(wird|wurde|werden|wurden|ist|war|sind|waren)$/;

/**
 * „Dies bestätigte Stoiber“, „Das berichtet die Zeitung“, „Davon geht X aus“, „Das geht aus dem
 * Bericht hervor“, and in the passive „Das wurde von der Hafenmeisterin bestätigt“ (the agent speaks;
 * without one nobody is named): the content is the sentence before; the source follows the verb. What that
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
    const passive = !so && passiveAtEnd(t, sa, v, ctx.end);
    if (!((v <= sa + 1 || passive) && (POINTS_BACK.test(t[sa].lower) || so) && previous)) return null;
    if (passive) {
      const q = makeSpeech(ctx, previous[0], previous[1], 'indirect', verbAttribution(ctx, id), 0.6, id);
      if (q) q.fromPrevious = true;
      return decided(q);
    }
    // („Das geht aus einem Schreiben des Senats hervor“: the document the content comes from.)
    const np = st.after(v, sb) ?? (t[v + 1]?.lower === 'aus' ? st.nounPhrase(v + 2, sb) : null);
    const attr = attributionOf(id, st.cueSpan(v, verb.particle), np ? st.span(np[0], np[1]) : null, 'sentence-verb', verb.entry);
    const q = makeSpeech(ctx, previous[0], previous[1], 'indirect', attr, 0.6, id);
    if (q && so) return null;
    if (q) q.fromPrevious = true;
    return decided(q);
  },
};

/**
 * Whether the sentence from sa is one clause „Dies wurde … <participle at v>“, the participle closing
 * it (before „worden“). With „sein“ only the perfect: „Das ist so gemeint“ is a state. Not denied:
 * „Das wurde weder bestätigt noch dementiert“ reports no one's words.
 */
function passiveAtEnd(t: readonly Token[], sa: number, v: number, end: number): boolean {
  const auxiliary = t[sa + 1]?.lower ?? '';
  if (!PASSIVE_AUXILIARY.test(auxiliary) || !participleCloses(t, v, end)) return false;
  if (/^(ist|war|sind|waren)$/.test(auxiliary) && t[end]?.lower !== 'worden') return false;
  for (let k = sa + 2; k < v; k++) if (/^[,;:]$/.test(t[k].text) || DENIAL.test(t[k].lower)) return false;
  return true;
}
