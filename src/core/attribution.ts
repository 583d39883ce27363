// Attributions: the cue (verb of saying, „so“, „laut“, „zufolge“, a colon) and the speaker
// mention (the grammatical source) of a stretch of speech, as the rules build them.
import { mediumOf } from './grammar/subject';
import type { NP, SentenceTokens } from './grammar/view';
import { DETERMINERS, PREPOSITIONS, RELATIVE_PRONOUN } from './grammar/words';
import type { VerbEntry } from './lexicon';
import { isCapitalized } from './tokens';
import type { Span } from './types';

export interface Attribution {
  cue: Span | null;
  speaker: Span | null;
  /** How the attribution was found, strongest first. */
  via: 'after' | 'colon-verb' | 'colon-heading' | 'sentence-verb' | 'preposition' | 'none';
  verb?: VerbEntry;
  /**
   * A frame in Konjunktiv is itself reported, by the speaker of the speech before: „Sie rate zum
   * Kauf …“, „Anfangs habe er kaum geglaubt, dass …“, „Außerdem hätten sich die Bürgermeister für …
   * ausgesprochen“. 'by-previous': that speaker's words (its subject „er“/„sie“ is that speaker, or
   * the whole speech act is the report); 'nested': someone else is its subject („Der Lotse behaupte,
   * …“), so the frame's speech stands nested in the speech before; 'mentioned': a noun of saying
   * in a reported sentence („Das Argument der Werft, …, sei überschätzt“) names a speech inside the
   * speech before, whose speaker goes on after it.
   */
  reportedFrame?: 'by-previous' | 'nested' | 'mentioned';
  /** The id of the rule that found cue and speaker (`--explain`). */
  rule: string;
  /** Who passes the words on when that is not the speaker: „wird von der BBC zitiert“, „erklärte laut Reuters“. */
  medium: Span | null;
  /** What a pointing speaker mention stands for: „Demnach …“ points at „der Bericht“ named before. */
  refersTo: Span | null;
  /**
   * Who goes on speaking after words that are someone else's: in „Der Senat wies den Vorwurf der
   * Reederei zurück, er habe …“ the Reederei's words are rejected by the Senat, whose speech the
   * sentences after carry on.
   */
  goesOn: { speaker: Span; cue: Span | null } | null;
}

/** An attribution with every field present, in one shape (mixed shapes slowed every reader of them). */
export function attributionOf(rule: string, cue: Span | null, speaker: Span | null, via: Attribution['via'], verb?: VerbEntry, reportedFrame?: Attribution['reportedFrame'], medium: Span | null = null, refersTo: Span | null = null): Attribution {
  return { cue, speaker, via, verb, reportedFrame, rule, medium, refersTo, goesOn: null };
}

/** The same attribution under another rule (a stage that changed it, or a frame taken over). */
export function withRule(a: Attribution, rule: string, speaker = a.speaker, reportedFrame = a.reportedFrame): Attribution {
  const out = attributionOf(rule, a.cue, speaker, a.via, a.verb, reportedFrame, a.medium, speaker === a.speaker ? a.refersTo : null);
  if (speaker === a.speaker) out.goesOn = a.goesOn;
  return out;
}

/**
 * The mention of the subject found for the verb at v. In „…, so Lotsin Anna Roth, die außerdem
 * erklärte, dass …“ the relative pronoun stands in the frame and its antecedent says who it is, so
 * the mention is both pieces, named after the antecedent (issue 16, item 4; the annotated data
 * marks one or the other).
 */
export function subjectMention(st: SentenceTokens, v: number, subject: NP | null, from: number): { speaker: Span | null; refersTo: Span | null } {
  if (!subject) return { speaker: null, refersTo: null };
  const cs = st.verbClauseStart(v, from);
  const t = st.tokens;
  // (Before a noun it is an article, unless the subject stands right before the comma: „…, dass all
  // das, was geschieht, den Regeln widerspricht“.)
  const relativeWord = cs > subject[1] && cs < v && t[cs - 1]?.text === ',' && RELATIVE_PRONOUN.test(t[cs].lower);
  const article = relativeWord && cs !== subject[1] + 2 && (st.nounPhrase(cs, v)?.[1] ?? cs) > cs;
  const relative = relativeWord && !article;
  if (!relative) return { speaker: st.span(subject[0], subject[1]), refersTo: null };
  // (A subject that does not end at the comma is no antecedent: in „sei er zu Lotsen gegangen,
  // die … verlangt hätten“ the relative pronoun alone stands in the frame.)
  if (subject[1] !== cs - 2) return { speaker: st.span(cs, cs), refersTo: null };
  const antecedent = st.span(subject[0], subject[1]);
  return { speaker: { ...st.span(subject[0], cs), segments: [antecedent, st.span(cs, cs)] }, refersTo: antecedent };
}

/** The medium of a quote by a verb of quoting („zitiert“), as a span, or null. */
export function mediumSpan(st: SentenceTokens, v: number, entry: VerbEntry, from: number, to: number): Span | null {
  if (entry.lemma !== 'zitieren') return null;
  const m = mediumOf(st, v, entry, from, to);
  return m ? st.span(m[0], m[1]) : null;
}

/** Adverbs pointing into a document named before: „Darin heißt es“, „Dort steht“. */
export const DOCUMENT_POINTER = /^(darin|hierin|dort|darunter)$/;
/** Prepositions that name where „heißt es“ comes from: „im Bericht“, „aus dem Ministerium“, „seitens/vonseiten der Polizei“, „auf der Website“. */
export const HEISST_SOURCE = /^(in|im|aus|von|vom|bei|beim|seitens|vonseiten|auf)$/;

/** The last document named in the sentence before sa („… gab eine Stellungnahme ab. Darin …“), within 40 tokens. */
export function documentBefore(st: SentenceTokens, sa: number): NP | null {
  const t = st.tokens;
  for (let k = sa - 1; k >= 0 && k >= sa - 40; k--) {
    if (t[k].kind !== 'word' || !st.lex.isDocumentNoun(t[k].text)) continue;
    // Back over its adjectives to its article, which opens the phrase: „legte ein neues Gutachten vor“.
    let a = k;
    while (a > 0 && k - a < 4 && t[a - 1].kind === 'word' && (DETERMINERS.has(t[a - 1].lower) || (!isCapitalized(t[a - 1]) && /(e|en|er|es|em)$/.test(t[a - 1].lower) && !PREPOSITIONS.has(t[a - 1].lower)))) {
      a--;
      if (DETERMINERS.has(t[a].lower)) break;
    }
    const np = st.nounPhrase(a, sa);
    return np && np[1] >= k ? np : [a, k];
  }
  return null;
}
