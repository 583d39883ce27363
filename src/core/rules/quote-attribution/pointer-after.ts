import { attributionOf, mediumSpan, type Attribution } from '../../attribution';
import { DASH } from '../../grammar/clauses';
import { POINTS_BACK } from '../speech/from-previous-sentence';
import type { Token } from '../../tokens';
import type { QuoteContext, QuoteRule } from './context';

const id = 'quote-attribution/pointer-after';

/**
 * „„Wir bleiben hier.“ Das sagte die Lotsin am Montag.“, „„…“ So äußerte sich der Minister.“,
 * „„…“ Mit diesen Worten wandte sich …“: a quote that is a sentence of its own, and the next
 * sentence points back at it with a verb of saying. That verb is the cue; its subject speaks.
 */
export const pointerAfter: QuoteRule = {
  id,
  description: '„„…“ Das sagte X.“: the next sentence points back at the quote with a verb of saying; its subject speaks.',
  match({ st, qa, qb, sa, sb, inQuote, wordAfter: w }: QuoteContext): Attribution | null {
    const t = st.tokens;
    // In the same sentence after a dash, comma or colon: „„…“ – mit diesen Worten verabschiedete sich X.“,
    // „„…“: Mit diesen Worten eröffnete X die Sitzung.“
    const phrase = w >= 0 ? w : t[qb + 1]?.text === ':' ? qb + 2 : -1;
    if (phrase >= 0 && withTheseWords(t, phrase)) {
      const subj = st.subjectOf(phrase + 3, phrase, sb);
      return subj ? attributionOf(id, st.span(phrase, phrase + 2), st.span(subj[0], subj[1]), 'after') : null;
    }
    // The quote is its whole sentence (past a final full stop outside the marks).
    if (qa !== sa || !(qb + 1 >= sb || (qb + 2 >= sb && /^[.!?]$/.test(t[qb + 1].text)))) return null;
    // (The next sentence may open with a dash: „„…“ – Mit diesen Worten …“.)
    const n = DASH.test(t[sb]?.text ?? '') ? sb + 1 : sb;
    if (n >= t.length || inQuote(n)) return null;
    let v = -1;
    if (POINTS_BACK.test(t[n].lower) || t[n].lower === 'so') v = n + 1;
    else if (withTheseWords(t, n)) v = n + 3;
    if (v < 0 || v >= t.length) return null;
    // The next sentence's end: its first full stop outside quotations.
    let end = v;
    while (end < t.length && !(/^[.!?]$/.test(t[end].text) && !inQuote(end))) end++;
    const verb = st.verbAt(v, end);
    if (!verb) {
      // „Mit diesen Worten wandte sich X an …“: the phrase is the cue and the clause's subject speaks.
      if (t[n].lower !== 'mit') return null;
      const subj = st.subjectOf(v, n, end);
      return subj ? attributionOf(id, st.span(n, n + 2), st.span(subj[0], subj[1]), 'after') : null;
    }
    const subj = st.sourceOf(v, verb.entry, n, end);
    return subj ? attributionOf(id, st.cueSpan(v, verb.particle), st.span(subj[0], subj[1]), 'after', verb.entry, undefined, mediumSpan(st, v, verb.entry, n, end)) : null;
  },
};

/** „mit diesen Worten“, „mit den Worten“ at token n. */
function withTheseWords(t: Token[], n: number): boolean {
  return t[n]?.lower === 'mit' && /^(diesen|den)$/.test(t[n + 1]?.lower ?? '') && t[n + 2]?.text === 'Worten';
}
