import { attributionOf, documentBefore } from '../../attribution';
import { decided, makeSpeech, type SpeechContext, type SpeechOutcome, type SpeechRule } from './context';
import { POINTER } from './signals';

const id = 'speech/pointer-adverb';
/** Words before „danach“ that make it a time: „die Tage danach“, „kurz danach“, „und danach“. */
const TIME_BEFORE = /^(stunden|stunde|tage|tag|tagen|wochen|woche|monate|monaten|jahre|jahren|minuten|sekunden|kurz|bald|gleich|unmittelbar|direkt|sofort|erst|schon|und|oder|ob|wenn|als|dass|noch|auch|,)$/;

/**
 * „Die Kommission legte ihren Bericht vor. Demnach haben die Konzerne …“, „… stellte den
 * Gesetzentwurf vor. Die Rechte stehen danach über …“: right after a document is named, „demnach“
 * or „danach“ („according to it“) makes the sentence its content, in any mood. The adverb is the
 * frame: cue and speaker mention at once. Without a document just before, or opening the sentence,
 * „danach“ is a time („Danach schlossen sie den Kai“) and the rule stays silent.
 */
export const pointerAdverb: SpeechRule = {
  id,
  description: '„… legte den Bericht vor. Demnach …“: „demnach“/„danach“ right after a named document make the sentence its content.',
  confidence: 0.5,
  triggers: POINTER,
  match(ctx: SpeechContext): SpeechOutcome | null {
    const { st, sa, end, inQuote } = ctx;
    const t = st.tokens;
    // („Danach“ opening a sentence is mostly a time: „Danach gingen alle nach Hause“; so it is after a
    // time or a conjunction: „in den Stunden danach“, „kurz danach“, „ob danach …“.)
    const according = (k: number) => t[k].lower === 'demnach' || (t[k].lower === 'danach' && k > sa && !TIME_BEFORE.test(t[k - 1].lower));
    let k = sa;
    while (k <= end && (inQuote(k) || !according(k))) k++;
    const document = k <= end ? documentBefore(st, sa) : null;
    if (!document) return null;
    const adverb = st.span(k, k);
    // (An adverb opening the sentence is the frame, not part of what was said.)
    const from = k === sa ? sa + 1 : sa;
    return decided(makeSpeech(ctx, from, end, 'indirect', attributionOf(id, adverb, adverb, 'sentence-verb', undefined, undefined, null, st.span(document[0], document[1])), 0.5, id));
  },
};
