import { attributionOf, documentBefore, DOCUMENT_POINTER, HEISST_SOURCE } from '../../attribution';
import { antecedentEnd, heisstEsObliges, prepositionalRelative } from '../../grammar/clauses';
import { sentenceTopic } from '../../grammar/topic';
import type { NP } from '../../grammar/view';
import { ADVERBS, RELATIVE_PRONOUN } from '../../grammar/words';
import { isCap } from '../../tokens';
import type { Span } from '../../types';
import { afterLead, decided, hasKonjunktiv, makeSpeech, type SpeechContext, type SpeechOutcome, type SpeechRule } from './context';
import { HEISST } from './signals';

const id = 'speech/heisst-es';
/** Conjunctions that join main clauses. */
const COORDINATING = /^(aber|und|doch|sondern|denn|oder|jedoch)$/;

/**
 * „In dem Bericht heißt es, …“ and „…, heißt es.“: the content after or before the impersonal
 * frame. The source is a document named around it, the document named in the sentence before
 * („Darin heißt es, …“), or whom the sentence before is about („Als Begründung heißt es, …“).
 */
export const heisstEs: SpeechRule = {
  id,
  description: '„Im Bericht heißt es, …“ / „…, hieß es.“: the impersonal frame and its content; the source is the document or body named around it.',
  confidence: 0.7,
  triggers: HEISST,
  match(ctx: SpeechContext): SpeechOutcome | null {
    const { st, sa, end, inQuote } = ctx;
    const t = st.tokens;
    for (let k = sa; k < end; k++) {
      if (!/^(heißt|hieß)$/.test(t[k].lower) || inQuote(k)) continue;
      // „Nun heißt es warten“, „Es heißt, Ruhe zu bewahren“: what one must do, nobody's words.
      if (heisstEsObliges(t, t[k + 1]?.lower === 'es' ? k + 2 : k + 1, ctx.sb)) continue;
      // „Es heißt, …“ and „Wie es in dem Bericht heißt, …“: „es“ before the verb, the content after its comma.
      // „…, ein Gutachten, in dem es heißt, …“: the relative pronoun speaks for the document before it.
      const relative = t[k + 1]?.text === ',' && k + 2 <= end ? relativeHeisst(ctx, k) : null;
      if (relative) return decided(makeSpeech(ctx, k + 2, end, 'indirect', attributionOf(id, st.span(k - 1, k), st.span(k - 2, k - 2), 'after', undefined, undefined, null, relative), 0.7, id));
      if (t[k + 1]?.lower !== 'es') {
        // (A conjunction may lead: „Aber wie es aus dem Rathaus hieß, …“.)
        const s0 = COORDINATING.test(t[sa].lower) && t[sa + 1]?.lower === 'wie' ? sa + 1 : sa;
        const opened = (t[s0].lower === 'es' && k === s0 + 1) || (t[s0].lower === 'wie' && t[s0 + 1]?.lower === 'es' && k > s0 + 1);
        if (!opened || t[k + 1]?.text !== ',' || k + 2 > end) continue;
        const es = t[s0].lower === 'es' ? s0 : s0 + 1;
        const source = sourceBetween(ctx, es + 1, k);
        const q = makeSpeech(ctx, k + 2, end, 'indirect', attributionOf(id, st.span(es, k), source ? st.span(source[0], source[1]) : null, 'after'), 0.7, id);
        // („Wie es weiter hieß, …“ with no source goes on with the speaker before.)
        if (q && !source && t.slice(es, k).some((x) => x.lower === 'weiter')) {
          q.continuation = true;
          q.standalone = true;
        }
        return decided(q);
      }
      const source = heisstSource(ctx, k);
      const attribution = attributionOf(id, st.span(k, k + 1), source ? st.span(source[0], source[1]) : null, 'after');
      let c = k + 2;
      while (c <= end && t[c].text !== ',' && t[c].text !== ':') c++;
      // „…, heißt es in dem Brief, der mehrere Beispiele nennt.“: a relative clause after the frame is no content.
      // („der konkrete Fälle …“ reads like an article, so any d-word without Konjunktiv counts here.)
      const relativeAfter = c < end && t[c].text === ',' && k > sa + 2 && t[k - 1].text === ',' && RELATIVE_PRONOUN.test(t[c + 1].lower) && !hasKonjunktiv(ctx, c + 1, end);
      // „Die Lage sei ernst, heißt es, aber wir haben Aufträge.“: with content before the frame, a
      // coordinated clause after it („aber …“, „und …“) goes on in the author's voice.
      // („…, so heißt es im Bericht“: a „so“ pointing back at the content may lead the frame.)
      const lead = t[k - 1].lower === 'so' && t[k - 2]?.text === ',' ? 1 : 0;
      const contentBefore = k > sa + 2 + lead && t[k - 1 - lead].text === ',';
      const coordinatedAfter = contentBefore && COORDINATING.test(t[c + 1]?.lower ?? '');
      if (c < end && !relativeAfter && !coordinatedAfter) return decided(makeSpeech(ctx, c + 1, end, 'indirect', attribution, 0.7, id));
      if (contentBefore) return decided(makeSpeech(ctx, afterLead(ctx, k - 2 - lead), k - 2 - lead, 'indirect', attribution, 0.7, id));
    }
    return null;
  },
};

/** For „…, <noun>, in dem es heißt“ with „heißt“ at k: the noun the relative pronoun stands for, or null. */
function relativeHeisst({ st, sa }: SpeechContext, k: number): Span | null {
  const t = st.tokens;
  if (!(t[k - 1]?.lower === 'es' && prepositionalRelative(t, k - 3) && t[k - 4]?.text === ',')) return null;
  const e = antecedentEnd(t, k - 4);
  for (let a = Math.max(sa, e - 8); a <= e; a++) {
    const np = st.nounPhrase(a, e + 1);
    if (np && np[1] === e && isCap(t[e])) return st.span(np[0], np[1]);
  }
  return null;
}

/** Who or what „heißt es“ at k speaks for. */
function heisstSource({ st, sa, sb, previous }: SpeechContext, k: number): NP | null {
  const t = st.tokens;
  // „…, heißt es in dem Brief“, „…, hieß es (am Freitag) aus dem Rathaus“.
  let source: NP | null = null;
  let p = k + 2;
  // Past adverbs and an asking („auf Nachfrage“, „auf STANDARD-Anfrage“): „hieß es auf Nachfrage aus dem Büro“.
  for (;;) {
    if (p < sb && ADVERBS.has(t[p].lower)) p++;
    else if (t[p]?.lower === 'auf' && /(nachfrage|anfrage)$/.test(t[p + 1]?.lower ?? '')) {
      p += 2;
      // (Whose asking, in the genitive: „auf Anfrage der Hafenpost aus dem Rathaus“.)
      const asker = /^(der|des)$/.test(t[p]?.lower ?? '') ? st.nounPhrase(p, sb) : null;
      if (asker) p = asker[1] + 1;
    }
    else break;
  }
  // (Not „heißt es auf die nächste Runde warten“: „auf“ names only where words stand written.)
  if (p < sb) source = phraseAfter(st, p, sb);
  if (!source && k >= sa + 2) {
    // „Im Rundschreiben heißt es“, „Bei der Agentur XY hieß es“, „Aus dem Rathaus hieß es“.
    // („In dem Beschluss, den der Stadtrat gefasst hat, heißt es“: past a relative clause.)
    const relativeBefore = (np: NP) => t[np[1] + 1]?.text === ',' && st.opensRelativeClause(np[1] + 2) && t[k - 1].text === ',';
    for (let j = sa; j < k; j++) {
      let np = phraseAfter(st, j, k);
      // („Aus dem Ministerium von Eva Roth hieß es“: the ministry, with its owner attached.)
      while (np && np[1] < k - 2 && t[np[1] + 1].lower === 'von') {
        const owner = st.nounPhrase(np[1] + 2, k);
        if (!owner) break;
        np = [np[0], owner[1]];
      }
      if (np && (np[1] === k - 1 || (j === sa && relativeBefore(np)))) {
        source = np;
        break;
      }
    }
  }
  // „Darin heißt es, …“: the document named in the sentence before.
  if (!source && k > sa && DOCUMENT_POINTER.test(t[sa].lower)) source = documentBefore(st, sa);
  // „Als Begründung heißt es, …“: a frame that opens its sentence goes on from the one before; a
  // trailing „…, hieß es.“ with no source named is hearsay from no one in particular.
  const trailing = k > sa + 2 && t[k - 1].text === ',';
  if (!source && previous && !trailing) source = sentenceTopic(st, previous[0], previous[1] + 1);
  return source;
}

/** „in dem Bericht“ between „es“ and „heißt“ (tokens [a, k)): the source phrase after its preposition, ending right before the verb. */
function sourceBetween({ st }: SpeechContext, a: number, k: number): NP | null {
  // (Adverbs may follow the source: „wie es aus dem Rathaus dazu ergänzend hieß“.)
  let first: NP | null = null;
  for (let j = a; j < k; j++) {
    const np = phraseAfter(st, j, k);
    if (np && np[1] === k - 1) return np;
    if (np && !first && st.tokens.slice(np[1] + 1, k).every((x) => x.kind === 'word' && !isCap(x))) first = np;
  }
  return first;
}

/** The phrase after a preposition naming a source at j („im Bericht“, „auf der Website“), before k. */
function phraseAfter(st: SpeechContext['st'], j: number, k: number): NP | null {
  const t = st.tokens;
  if (!HEISST_SOURCE.test(t[j].lower)) return null;
  const np = st.nounPhrase(j + 1, k);
  return np && (t[j].lower !== 'auf' || writtenOn(st, np)) ? np : null;
}

/** Where words stand written after „auf“: a page, a site, a post, a placard, a document or a medium. */
function writtenOn(st: SpeechContext['st'], [a, b]: NP): boolean {
  const t = st.tokens;
  for (let k = a; k <= b; k++) {
    const w = t[k];
    if (/(seite|site|homepage|blog|account|profil|plakat|transparent|bild|foto|flugblatt|twitter|facebook|instagram|kanal|plattform)$/.test(w.lower) || st.lex.isDocumentNoun(w.text) || st.lex.mediumHead(w.lower)) return true;
  }
  return false;
}
