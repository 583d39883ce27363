import { withRule } from '../../attribution';
import { finiteVerb, hasContentClause, lowerTokenIndex } from '../../grammar/clauses';
import { decided, makeSpeech, verbAttribution, type SpeechOutcome, type VerbContext, type VerbFrameRule } from './context';
import { KONJUNKTIV_AUXILIARY, opinionVerb, REPORTED_CLASSES, reportedVerb } from './helpers';

const id = 'speech/reported';

/**
 * „Er sprach von einem Erfolg“, „forderte Konsequenzen“: speech without its content is reported.
 * A verb in a sentence with a direct quote is that quote's cue instead. Opinions of experts and
 * bodies count too: „Kritiker fürchten Interessenskonflikte“, „Analysten halten X für
 * wahrscheinlich“ (a verb of thinking with a role or organisation as subject), but not in
 * Konjunktiv: „Das Präsidium halte das Verfahren für schnell“ reports someone else's words.
 */
export const reported: VerbFrameRule = {
  id,
  description: 'X forderte Konsequenzen: a verb of saying (or an expert\'s opinion) without content is reported speech.',
  confidence: 0.5,
  match(ctx: VerbContext): SpeechOutcome | null {
    const { st, v, verb, sa, sb, end, konj, quotedCount } = ctx;
    const t = st.tokens;
    const opinion = verb.entry.cls === 'think' && opinionVerb(t, v, end, verb.entry.lemma) && !konj.is(t[v].lower, t[v - 1]?.lower) && !/e$/.test(t[v].lower) && !t.slice(sa, end + 1).some((x) => /^(wird|werden|wurde|wurden|worden)$/.test(x.lower));
    if (!((REPORTED_CLASSES.has(verb.entry.cls) || opinion) && quotedCount === 0 && !hasContentClause(t, v, end) && (opinion || reportedVerb(st, v, sa, end, verb.entry)))) return null;
    const attr = verbAttribution(ctx, id);
    if (!attr.speaker) return null;
    if (opinion && st.speakerness([lowerTokenIndex(t, attr.speaker.start), lowerTokenIndex(t, attr.speaker.end - 1)]) < 1.5) return null;
    const b = sb - 1;
    // „Außerdem hätten sich die Bürgermeister … ausgesprochen“: a speech act in Konjunktiv is itself
    // reported by whoever spoke before.
    const inKonjunktiv = KONJUNKTIV_AUXILIARY.test(finiteVerb(t, sa, v)?.lower ?? '');
    return decided(makeSpeech(ctx, sa, t[b].kind === 'punct' ? b : end, 'reported', inKonjunktiv ? withRule(attr, id, attr.speaker, 'by-previous') : attr, 0.5, id));
  },
};
