import { attributionOf, type Attribution } from '../../attribution';
import { actingTopic, isInstitutional } from '../../grammar/topic';
import { isCapitalized } from '../../tokens';
import { actorFiniteVerb } from '../speech/frameless';
import type { QuoteContext, QuoteRule } from './context';

const id = 'quote-attribution/sentence-actor';

/**
 * No verb of saying anywhere in the sentence (the rules before this one found none), yet quoted
 * words in it: „Der Hafenverband befürwortet neue Verträge, damit sich die Lotsen „nicht mehr gegen
 * die Reeder stellen können““, „Die Gewerkschaft kämpft für „faire Löhne für alle, die nachts
 * arbeiten““. The person or body the sentence is about, acting before the quote, is whose words
 * they are. Not in reported speech (its fragments are that speech's: the discourse rules take
 * them), and not for a thing as topic („Die Lage bleibt „äußerst angespannt““).
 */
export const sentenceActor: QuoteRule = {
  id,
  description: 'No verb of saying in the sentence: the person or body it is about, acting before the quote, speaks; its finite verb is the cue.',
  confidence: 0.5,
  match({ st, qa, qb, sa, sb, inQuote }: QuoteContext): Attribution | null {
    const t = st.tokens;
    if (qa - sa < 2) return null;
    // (Konjunktiv or reportive „soll“ outside the quotation: the sentence reports someone's speech.)
    for (let k = sa; k < sb; k++) {
      if (k >= qa && k <= qb) continue;
      if (!inQuote(k) && t[k].kind === 'word' && !isCapitalized(t[k]) && (st.lex.konjunktiv.has(t[k].lower) || /^(soll|sollen)$/.test(t[k].lower))) return null;
    }
    const actor = actingTopic(st, sa, qa, true);
    if (!actor || actor[1] >= qa - 1) return null;
    const person = isInstitutional(st, actor) || st.speakerness(actor) >= 1.5;
    if (!person) return null;
    // The actor's finite verb is the cue, as for Konjunktiv below a main clause („Seit Jahren kämpft
    // die Gewerkschaft für „…““).
    const verb = actorFiniteVerb(st, actor, sa, qa);
    return attributionOf(id, verb >= 0 ? st.span(verb, verb) : null, st.span(actor[0], actor[1]), 'none');
  },
};
