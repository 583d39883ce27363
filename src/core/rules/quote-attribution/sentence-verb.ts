import { attributionOf, mediumSpan, subjectMention, type Attribution } from '../../attribution';
import { inRelativeClause, lastCommaBefore } from '../../grammar/clauses';
import type { NP, SentenceTokens } from '../../grammar/view';
import { ADVERBS, DETERMINERS } from '../../grammar/words';
import { isCapitalized } from '../../tokens';
import type { VerbReading } from '../../grammar/verbs';
import { KONJUNKTIV_II, MODAL_II } from '../speech/context';
import type { QuoteContext, QuoteRule } from './context';

const id = 'quote-attribution/sentence-verb';

/**
 * The subject without the quote it is found for, which is never its own speaker: „rief der Mann
 * „Haltet den Dieb““ gives „der Mann“; a quote taken for the whole subject („Die Menge hat
 * „Nieder mit dem Zaun“ gerufen“) gives none.
 */
function outsideQuote(subj: NP | null, qa: number, qb: number): NP | null {
  if (!subj || subj[1] < qa || subj[0] > qb) return subj;
  return subj[0] < qa ? [subj[0], qa - 1] : null;
}

const COORDINATING = /^(und|oder|sowie|aber|sondern)$/;

/**
 * A verb of saying elsewhere in the sentence, nearest first; verbs of thinking only when no verb of
 * saying is near. „Es drohe „eine Erderwärmung““: with an impersonal „es“ the verb is no act of
 * saying, and the quote stands alone.
 */
export const sentenceVerb: QuoteRule = {
  id,
  description: 'The nearest verb of saying elsewhere in the sentence; its subject speaks.',
  confidence: 0.8,
  match({ st, qa, qb, sa, sb, inQuote }: QuoteContext): Attribution | null {
    const t = st.tokens;
    // The sentence's verbs outside quotations, found once for all its quotes.
    const verbs = st.memo(`sentence-verbs:${sa}:${sb}`, () => {
      const out: { j: number; v: VerbReading }[] = [];
      for (let j = sa; j < sb; j++) {
        if (inQuote(j)) continue;
        const v = st.verbAt(j, sb);
        // (A decision frames its content, not a quotation: „hat den „überhasteten“ Plan beschlossen“.)
        if (v && v.entry.cls !== 'decide') out.push({ j, v });
      }
      return out;
    });
    // A verb in a relative clause the quote stands outside of speaks of someone else: „kritisierte
    // den Kapitän, der zum Streik aufgerufen haben soll, als „…““ is the critic's verdict.
    // A main clause of its own between a verb before the quote and the quote ends that verb's reach:
    // „Die Kanzlerin nannte den Plan „mutig“, der Minister vermisste eine „klare Linie““.
    // So does a main clause after the quote whose own subject stands before its verb: „…als „…“,
    // der Minister strich … hervor“.
    const elsewhere = (j: number) => (inRelativeClause(st, j, sa) && (qb < st.clauseStart(j, sa) || qa > st.clauseEnd(j + 1, sb)))
      || (j < qa && mainClauseBetween(st, j, qa)) || (j > qb && subjectFirstClause(st, qb, j));
    // Nearest first, outward from the quote; a verb of thinking counts 12 tokens farther. On a
    // tie the earlier verb wins. The walk stops where no farther verb can be nearer.
    let best = -1;
    let bestDist = Infinity;
    let bestVerb: VerbReading | null = null;
    const right = firstAfter(verbs, qb);
    for (let k = right - 1; k >= 0; k--) {
      const { j, v } = verbs[k];
      if (j >= qa) continue;
      if (qa - j > bestDist) break;
      if (elsewhere(j)) continue;
      const d = qa - j + (v.entry.cls === 'think' ? 12 : 0);
      if (d <= bestDist) { best = j; bestDist = d; bestVerb = v; }
    }
    // A verb after „und“ (or „oder“, „sowie“, „aber“) past the quote heads the next conjunct: in
    // „bewertete den Umbau als „…“ und unterstrich, dass …“ the quote is the first verb's.
    const conjunctions = coordinatingConjunctions(st, sa, sb);
    const next = conjunctions[firstAfter(conjunctions, qb)];
    const conjunction = best >= 0 && next ? next.j : Infinity;
    const coordinated = (j: number) => conjunction < j;
    for (let k = right; k < verbs.length; k++) {
      const { j, v } = verbs[k];
      if (j - qb >= bestDist) break;
      if (elsewhere(j) || coordinated(j)) continue;
      const d = j - qb + (v.entry.cls === 'think' ? 12 : 0);
      if (d < bestDist) { best = j; bestDist = d; bestVerb = v; }
    }
    if (best < 0 || !bestVerb) return null;
    // A verb of thinking inside what a verb of saying before it reports is part of the report: in
    // „Roth sagte, der Hafen sei bedroht und die Reederei solle wissen, „dass wir …““ Roth speaks.
    if (bestVerb.entry.cls === 'think') ({ j: best, v: bestVerb } = reportingFrameBefore(st, verbs, best, sa) ?? { j: best, v: bestVerb });
    const subj = outsideQuote(st.sourceOf(best, bestVerb.entry, sa, sb), qa, qb);
    const impersonal = subj && subj[0] === subj[1] && t[subj[0]].lower === 'es';
    // („wobei zu betonen sei, dass …“, „ist festzuhalten“: a „zu“ infinitive with „sein“ or
    // „bleiben“ says what is to be said; nobody says it.)
    if (impersonal || modalInfinitive(t, best)) return null;
    const { speaker, refersTo } = subjectMention(st, best, subj, sa);
    return attributionOf(id, st.cueSpan(best, bestVerb.particle), speaker, 'sentence-verb', bestVerb.entry, undefined, mediumSpan(st, best, bestVerb.entry, sa, sb), refersTo);
  },
};

const SEIN_OR_BLEIBEN = /^(ist|sind|sei|seien|war|waren|wäre|wären|bleibt|bleiben|blieb|bleibe)$/;

/** A „zu“ infinitive governed by „sein“ or „bleiben“ next to it: „zu betonen sei“, „bleibt zu erwähnen“. */
function modalInfinitive(t: readonly { lower: string }[], v: number): boolean {
  return t[v - 1]?.lower === 'zu' && (SEIN_OR_BLEIBEN.test(t[v + 1]?.lower ?? '') || SEIN_OR_BLEIBEN.test(t[v - 2]?.lower ?? ''));
}

/** The sentence's coordinating conjunctions, found once for all its quotes like its verbs. */
function coordinatingConjunctions(st: SentenceTokens, sa: number, sb: number): { j: number }[] {
  return st.memo(`sentence-conjunctions:${sa}:${sb}`, () => {
    const out: { j: number }[] = [];
    for (let j = sa; j < sb; j++) if (COORDINATING.test(st.tokens[j].lower)) out.push({ j });
    return out;
  });
}

/** The verb of saying before j whose content, after a comma, holds j; null if none. */
function reportingFrameBefore(st: SentenceTokens, verbs: readonly { j: number; v: VerbReading }[], j: number, sa: number): { j: number; v: VerbReading } | null {
  for (let k = firstAfter(verbs, j - 1) - 1; k >= 0; k--) {
    const frame = verbs[k];
    if (frame.j >= j || frame.v.entry.cls !== 'say') continue;
    const c = lastCommaBefore(st.tokens, frame.j, j);
    return c > frame.j && !inRelativeClause(st, frame.j, sa) && !mainClauseBetween(st, frame.j, j) ? frame : null;
  }
  return null;
}

/** Index of the first verb after token i (binary search; the list is in token order). */
function firstAfter(verbs: readonly { j: number }[], i: number): number {
  let lo = 0, hi = verbs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (verbs[mid].j <= i) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** Whether a comma between j and the quote at qa opens a main clause with a subject and an indicative verb („, der Minister vermisste …“). */
export function mainClauseBetween(st: SentenceTokens, j: number, qa: number): boolean {
  const t = st.tokens;
  const c = lastCommaBefore(t, j, qa);
  if (c < 0) return false;
  let k = c + 1;
  if (DETERMINERS.has(t[k]?.lower ?? '') && !isCapitalized(t[k])) k++;
  const nounAt = k;
  while (k < qa && t[k].kind === 'word' && isCapitalized(t[k])) k++;
  const verb = t[k];
  // (An indicative past or present in -t/-te; a Konjunktiv of the content is no main clause of its
  // own: „, der Plan sei …“, „, beide hätten …“.)
  return k > nounAt && k < qa && verb.kind === 'word' && !isCapitalized(verb) && /(t|te)$/.test(verb.lower) && !KONJUNKTIV_II.has(verb.lower) && !MODAL_II.test(verb.lower) && !ADVERBS.has(verb.lower) && !st.verbAt(k, qa);
}

/** Whether the verb at j opens a main clause after a comma behind the quote, its subject first („…“, der Minister strich …). */
export function subjectFirstClause(st: SentenceTokens, qb: number, j: number): boolean {
  const t = st.tokens;
  const c = lastCommaBefore(t, qb, j);
  if (c < 0 || c + 1 >= j) return false;
  for (let k = c + 1; k < j; k++) if (!(t[k].kind === 'word' && (isCapitalized(t[k]) || DETERMINERS.has(t[k].lower)))) return false;
  return isCapitalized(t[j - 1]);
}
