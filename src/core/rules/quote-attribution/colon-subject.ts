import { attributionOf, type Attribution } from '../../attribution';
import { sentenceTopic, STANCE } from '../../grammar/topic';
import { subjectSpeakerness } from '../../grammar/speakerness';
import { CONTENT_OPENERS } from '../../grammar/clauses';
import type { NP, SentenceTokens } from '../../grammar/view';
import { ADVERBS, DETERMINERS, fullVerbForm, PREPOSITIONS } from '../../grammar/words';
import { isCapitalized, type Token } from '../../tokens';
import type { QuoteContext, QuoteRule } from './context';

const id = 'quote-attribution/colon-subject';

/**
 * „Die Lotsin war anderer Meinung: „…““, „Der Trainer zeigte sich zufrieden: „…““: no verb of
 * saying, but a clause before the colon whose subject is a person, role or body states a stance the
 * quote spells out. The subject speaks; the predicate up to the colon is the cue.
 */
export const colonSubject: QuoteRule = {
  id,
  description: 'X zeigte sich zufrieden: „…“: a clause with a speaking subject before the colon; the subject speaks (also after a reaction put first: „Kritik kam von X: …“, and in „Für X ist klar: …“).',
  match({ st, sa, colon }: QuoteContext): Attribution | null {
    if (colon < 0) return null;
    const t = st.tokens;
    const cs = st.clauseStart(colon, sa);
    // („Die Lotsin, der es schwer fiel, wandte sich an die Gäste: …“: a clause opening with its
    // verb after a relative clause has its subject before it.)
    const before = isVerbFirst(st, cs) ? st.subjectOf(cs, sa, colon) : null;
    if (before && before[1] < cs && subjectSpeakerness(st, before) >= 1.5) return attributionOf(id, st.span(cs, colon - 1), st.span(before[0], before[1]), 'colon-verb');
    const fronted = frontedSaying(st, cs, colon) ?? holderWithFuer(st, cs, colon);
    if (fronted) return fronted;
    const subject = sentenceTopic(st, cs, colon);
    if (!subject) return null;
    // („Der Vertrag regelt es wie folgt: „…““: announcing the words, a document speaks too.)
    const announces = /^(folgt|folgendes)$/.test(t[colon - 1]?.lower ?? '') && (st.lex.isDocumentNoun(t[subject[1]].text) || st.lex.isSourceNoun(t[subject[1]].text));
    if (subjectSpeakerness(st, subject) < 1.5 && !announces) return null;
    // The predicate: the first lower-case word after the subject (or before it, when the verb comes
    // first: „Zufrieden zeigte sich der Trainer: …“), up to the colon.
    let v = subject[1] + 1;
    if (v >= colon) {
      v = cs;
      while (v < subject[0] && (t[v].kind !== 'word' || isCapitalized(t[v]))) v++;
      if (v >= subject[0]) return null;
    }
    const cueEnd = v > subject[1] ? colon - 1 : subject[0] - 1;
    if (cueEnd < v || t[v].kind !== 'word') return null;
    return attributionOf(id, st.span(v, cueEnd), st.span(subject[0], subject[1]), 'colon-verb');
  },
};

/** Whether the clause at cs opens with a lower-case finite verb after a comma: „…, wandte sich …“. */
function isVerbFirst(st: SentenceTokens, cs: number): boolean {
  const t = st.tokens;
  return t[cs - 1]?.text === ',' && t[cs].kind === 'word' && !isCapitalized(t[cs]) && !DETERMINERS.has(t[cs].lower) && !PREPOSITIONS.has(t[cs].lower) && !ADVERBS.has(t[cs].lower) && !CONTENT_OPENERS.has(t[cs].lower);
}

/** Nouns of a verdict or reaction that a clause puts first before naming who gave it. */
const REACTION = /^(kritik|lob|widerspruch|zustimmung|protest|beifall|applaus|rückendeckung|unterstützung|spott|häme|empörung|warnung|warnungen|mahnung|mahnungen)$/;

/** Whether a noun is a reaction or a noun of saying („Kritik“, „Lob“, „Vorwurf“). */
export function isReaction(st: SentenceTokens, noun: Token): boolean {
  return isCapitalized(noun) && (REACTION.test(noun.lower) || st.lex.isSpeechNoun(noun.text));
}

/** What is clear or settled for someone: „klar“, „fest“ (in „steht fest“), „sicher“, „eindeutig“. */
const SETTLED = /^(klar|fest|sicher|eindeutig|ausgemacht|gewiss|offensichtlich)$/;

/**
 * „Für den Hafenmeister ist klar: „…““, „Für Ohm steht fest: „…““: what is clear for someone is
 * their view, which the quote spells out; the person after „für“ speaks.
 */
function holderWithFuer(st: SentenceTokens, cs: number, colon: number): Attribution | null {
  const t = st.tokens;
  if (t[cs].lower !== 'für' || t[colon - 1].kind !== 'word' || !SETTLED.test(t[colon - 1].lower)) return null;
  const holder = st.nounPhrase(cs + 1, colon);
  const v = holder ? holder[1] + 1 : -1;
  // (A bare name is a person: „Für Ohm“; with an article the phrase must name a role or body: not „Für den Kai“.)
  const needed = DETERMINERS.has(t[holder?.[0] ?? cs].lower) ? 1.5 : 1;
  if (!holder || !/^(ist|war|steht|stand|scheint|schien)$/.test(t[v]?.lower ?? '') || subjectSpeakerness(st, holder) < needed) return null;
  for (let k = v + 1; k < colon - 1; k++) if (!ADVERBS.has(t[k].lower)) return null;
  return attributionOf(id, st.span(v, colon - 1), st.span(holder[0], holder[1]), 'colon-verb');
}

/**
 * „Lob kam vom Hafenmeister: „…““, „Scharfe Kritik übte der Lotse: „…““, „Skeptisch bleibt der
 * Lotse: „…““: a reaction or stance put first, then who gave it — after „kam/kommt von“ or as the
 * subject after the verb. The quote spells it out.
 */
function frontedSaying(st: SentenceTokens, cs: number, colon: number): Attribution | null {
  const t = st.tokens;
  // („Skeptisch bleibt der Hafenmeister:“: a stance put first, before its copula, likewise.)
  // (Also before any verb of reacting: „Gelassen reagierte die Reederei:“, „Erschüttert zeigte sich der Lotse:“.)
  const verbAfter = t[cs + 1]?.kind === 'word' && !isCapitalized(t[cs + 1]) && (/^(bleibt|blieb|bleiben|blieben|ist|war|sind|waren)$/.test(t[cs + 1].lower) || fullVerbForm(st.lex, t[cs + 1].lower));
  const stance = STANCE.test(t[cs].lower) && verbAfter;
  const first: NP | null = stance ? [cs, cs] : st.nounPhrase(cs, colon);
  if (!first || first[1] + 1 >= colon) return null;
  if (!stance && !isReaction(st, t[first[1]])) return null;
  const v = first[1] + 1;
  if (t[v].kind !== 'word' || isCapitalized(t[v])) return null;
  let k = v + 1;
  while (k < colon && ADVERBS.has(t[k].lower)) k++;
  if (/^(kam|kommt|kamen|kommen)$/.test(t[v].lower)) {
    if (!/^(von|vom)$/.test(t[k]?.lower ?? '')) return null;
    const source = st.nounPhrase(k + 1, colon);
    return source && source[1] === colon - 1 && subjectSpeakerness(st, source) >= 1.5 ? attributionOf(id, st.span(v, k), st.span(source[0], source[1]), 'colon-verb') : null;
  }
  const subject = st.nounPhrase(k, colon);
  return subject && subject[1] === colon - 1 && !DETERMINERS.has(t[v].lower) && subjectSpeakerness(st, subject) >= 1.5 ? attributionOf(id, st.span(first[0], v), st.span(subject[0], subject[1]), 'colon-verb') : null;
}
