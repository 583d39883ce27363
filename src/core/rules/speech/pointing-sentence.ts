import { attributionOf } from '../../attribution';
import { speakerness } from '../../grammar/speakerness';
import { lastContentToken } from '../../grammar/clauses';
import { ADVERBS, SEPARABLE_PARTICLE } from '../../grammar/words';
import { decided, makeSpeech, type SpeechContext, type SpeechOutcome, type SpeechRule } from './context';

const id = 'speech/pointing-sentence';

/** „Zu diesem Ergebnis“, „Zu dem Schluss“: the finding of the sentence before, put first. */
const FINDING = /^(ergebnis|schluss|fazit|urteil|befund|einschätzung)$/;
const ARRIVES = /^(kommt|kam|kommen|kamen|gelangt|gelangte|gelangen|gelangten)$/;
const SEES = /^(sieht|sah|sehen|sahen)$/;
const STANDS = /^(steht|stand|stehen|standen)$/;
/** Words between the verb and the source: adverbs and particles of emphasis („zumindest“, „jedenfalls“). */
const BETWEEN = /^(zumindest|jedenfalls|wenigstens|offenbar|auch|ebenfalls|inzwischen|mittlerweile|nun|jetzt|heute|zumal|etwa)$/;

/**
 * „Der Kai ist marode. So sieht es zumindest die Polizei.“, „… Zu diesem Ergebnis kommt eine
 * Studie der Stadt.“, „… So steht es in einem Bericht der Reederei.“: a sentence that opens by
 * pointing back and names who said it after its verb makes the sentence before its content (as
 * „Dies bestätigte X“ does with a verb of saying). The source must be able to speak: a person,
 * role, body or document.
 */
export const pointingSentence: SpeechRule = {
  id,
  description: '„… So sieht es die Polizei.“, „… Zu diesem Ergebnis kommt eine Studie.“: the sentence before is the content of the one pointing back at it.',
  confidence: 0.6,
  // (No trigger: „So steht es …“ has no verb of saying, and the test below is cheap.)
  match(ctx: SpeechContext): SpeechOutcome | null {
    const { st, sa, sb, previous } = ctx;
    const t = st.tokens;
    if (!previous) return null;
    const first = t[sa].lower, second = t[sa + 1]?.lower ?? '';
    let v = -1;
    // „So sieht es X“, „So steht es in X“.
    if (first === 'so' && (SEES.test(second) || STANDS.test(second)) && t[sa + 2]?.lower === 'es') v = sa + 1;
    // „Zu diesem Ergebnis kommt X“, „Zum selben Schluss gelangt X“.
    else if (/^(zu|zum)$/.test(first)) {
      let k = sa + 1;
      while (k < sa + 4 && t[k]?.kind === 'word' && !FINDING.test(t[k].lower)) k++;
      if (FINDING.test(t[k]?.lower ?? '') && ARRIVES.test(t[k + 1]?.lower ?? '')) v = k + 1;
    }
    // (A particle closing the sentence makes another verb: „So sieht es der Vertrag vor“ provides, „So kam es zustande“ happened.)
    if (v < 0 || SEPARABLE_PARTICLE.test(t[lastContentToken(t, sa, sb)].lower)) return null;
    let k = STANDS.test(t[v].lower) || SEES.test(t[v].lower) ? v + 2 : v + 1;
    while (k < sb && (BETWEEN.test(t[k].lower) || ADVERBS.has(t[k].lower))) k++;
    // („So steht es im Bericht“, „in einem Gutachten“: where it is written is the source.)
    const written = STANDS.test(t[v].lower);
    if (written && !/^(in|im)$/.test(t[k]?.lower ?? '')) return null;
    const source = st.nounPhrase(written ? k + 1 : k, sb);
    if (!source || (!written && speakerness(st, source) < 1.5 && !st.lex.isDocumentNoun(t[source[1]].text) && !st.lex.isSourceNoun(t[source[1]].text))) return null;
    // (The finding put first belongs to the cue: „Zu diesem Ergebnis kommt“.)
    const cue = first === 'so' ? st.span(v, v + 1) : st.span(sa, v);
    const q = makeSpeech(ctx, previous[0], previous[1], 'indirect', attributionOf(id, cue, st.span(source[0], source[1]), 'sentence-verb'), 0.6, id);
    if (q) q.fromPrevious = true;
    return decided(q);
  },
};
