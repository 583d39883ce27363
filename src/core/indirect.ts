// Speech without quotation marks, per paragraph:
// - indirect: the content after (or before) a cue — dass/ob/w-clauses, Konjunktiv clauses,
//   zu-infinitives after verbs of demanding and announcing, and sentences framed by „laut X“,
//   „X zufolge“, „nach Angaben von X“;
// - reported: a verb of saying with an object and no content („Er forderte Konsequenzen.“);
// - free-indirect candidates: Konjunktiv sentences with no frame of their own. Whether they
//   continue someone's speech is decided for the whole article (analyze.ts).
import { attributionOf, DETERMINERS, DOCUMENT_POINTER, documentBefore, isPassiveParticiple, PREPOSITIONS, prepositionalCue, RELATIVE_PRONOUN, SentenceTokens, type Attribution } from './attribution';
import { getKonjunktiv, type KonjunktivRecogniser } from './konjunktiv';
import type { Lexicon, VerbEntry } from './lexicon';
import type { Range, Span, SpeechType } from './types';
import { TokenFlags, type Token } from './tokens';
import { WordFilter } from './wordfilter';

export interface IndirectQuote extends Span {
  type: Exclude<SpeechType, 'direct'>;
  attribution: Attribution;
  confidence: number;
  /** A free-indirect candidate: kept when it follows other speech closely… */
  continuation?: boolean;
  /** …or even on its own (Konjunktiv I, reportive „soll“). */
  standalone?: boolean;
  /** Content taken from the sentence before („… . Dies bestätigte X.“). */
  fromPrevious?: boolean;
  /**
   * For a continuation: the person or body the sentence before is about („Innenminister Ngom
   * definierte das Ziel. Es gehe nicht darum, …“), the source when no speaker came before.
   */
  localSource?: Span;
  /** A role or body acting in this sentence itself, whose words the Konjunktiv reports. */
  ownSource?: Span;
  /** Whether localSource is a role or body acting in the sentence before, so likely the source. */
  topicSpeaks?: boolean;
  /** Whether that sentence has a verb of saying or thinking: then it takes over even right after other speech. */
  topicSays?: boolean;
}

// („wo“ opens place clauses far more often than questions: „…, wo er wirbt“.)
const CONTENT_OPENERS = new Set(['dass', 'ob', 'wie', 'warum', 'weshalb', 'wieso', 'wann', 'wer', 'was', 'welche', 'welcher', 'welches', 'weswegen', 'inwiefern']);
const REPORTED_CLASSES = new Set(['say', 'name', 'ask']);
/** Verbs of saying that are mostly something else without a content clause. */
const NOT_REPORTED = new Set(['bestätigen', 'verurteilen', 'veröffentlichen', 'verbreiten', 'melden', 'werfen', 'loben', 'beklagen', 'bedauern', 'schreiben', 'rufen', 'zitieren', 'informieren', 'lauten', 'begründen', 'verweisen', 'halten', 'sehen', 'finden', 'drohen', 'zustimmen', 'kritisieren', 'protestieren', 'kommentieren']);
const MODALS = /^(will|wollen|wollte|wollten|soll|sollen|sollte|sollten|muss|müssen|musste|mussten|kann|können|konnte|konnten|darf|dürfen|möchte|möchten|wird|werden|würde|würden|werde)$/;

/** Which tokens stand inside a direct quote, per call of detectIndirect. */
const quotedTokens = new TokenFlags();

export function detectIndirect(
  text: string,
  tokens: Token[],
  sentences: Range[],
  direct: Range[],
  lex: Lexicon,
  /** Where the hedge detector found a reportive „soll“ (start offsets): that marks reported speech. */
  reportive: ReadonlySet<number> = new Set(),
  konjunktiv: KonjunktivRecogniser = getKonjunktiv(),
): IndirectQuote[] {
  const st = new SentenceTokens(text, tokens, lex);
  const quoted = quotedTokens.cleared(tokens.length);
  let ti = 0;
  for (const q of direct) {
    while (ti < tokens.length && tokens[ti].end <= q.start) ti++;
    for (let k = ti; k < tokens.length && tokens[k].start < q.end; k++) quoted[k] = 1;
  }
  const inQuote = (i: number) => quoted[i] === 1;
  const out: IndirectQuote[] = [];
  let sa = 0;
  let previous: [number, number] | undefined;
  // A semicolon joins main clauses with frames of their own: „Die Veranstalter schätzten 2.000
  // Teilnehmer; nach Polizeiangaben waren es 1.000.“ Each clause is read as a sentence.
  const clauses: Range[] = [];
  for (const s of sentences) {
    let from = s.start;
    for (let k = lowerTokenIndex(tokens, s.start); k < tokens.length && tokens[k].start < s.end; k++) {
      if (tokens[k].text === ';' && !quoted[k] && tokens[k].start > from) {
        clauses.push({ start: from, end: tokens[k].end });
        from = tokens[k].end;
      }
    }
    clauses.push({ start: from, end: s.end });
  }
  for (const s of clauses) {
    while (sa < tokens.length && tokens[sa].start < s.start) sa++;
    let sb = sa;
    while (sb < tokens.length && tokens[sb].start < s.end) sb++;
    let found = sentenceSpeech(st, sa, sb, inQuote, konjunktiv, reportive, previous);
    // „Laut Polizei habe es eine Kontrolle gegeben, von dem laut Polizei … aufgerufen worden sein
    // soll“: a second frame in a later clause starts speech of its own.
    const second = found?.attribution.via === 'preposition' ? secondFrame(st, found, sb, inQuote) : null;
    if (found && second) {
      const rest = sentenceSpeech(st, second.frame, sb, inQuote, konjunktiv, reportive, previous);
      if (rest && rest.attribution.via === 'preposition' && !rest.continuation) {
        const cut = indirectQuote(st.span(lowerTokenIndex(tokens, found.start), second.comma - 1), found.type, found.attribution, found.confidence);
        out.push(cut);
        found = rest;
      }
    }
    // A frame with no source of its own („Insbesondere kritisiert wird, dass …“, „Zum einen wird
    // auf X verwiesen, …“): the body acting in the sentence before is the likely source.
    if (found && !found.continuation && found.attribution.cue && !found.attribution.speaker && previous) {
      const topic = actingTopic(st, previous[0], previous[1] + 1);
      if (topic) found.localSource = st.span(topic[0], topic[1]);
    }
    if (found) {
      // A sentence whose content is the one before replaces what that one yielded.
      if (found.fromPrevious && out.length && out[out.length - 1].start >= tokens[previous![0]].start) out.pop();
      out.push(found);
    }
    previous = sb > sa ? [sa, lastContentToken(tokens, sa, sb)] : previous;
    sa = sb;
  }
  return out;
}

/**
 * An indirect quote with every field present, in one shape: spreading spans, or adding fields to
 * some quotes later, made building them a hot spot.
 */
function indirectQuote(span: Span, type: IndirectQuote['type'], attribution: Attribution, confidence: number): IndirectQuote {
  return {
    start: span.start, end: span.end, text: span.text, type, attribution, confidence,
    continuation: undefined, standalone: undefined, fromPrevious: undefined, localSource: undefined, ownSource: undefined, topicSpeaks: undefined, topicSays: undefined,
  };
}

function sentenceSpeech(st: SentenceTokens, sa: number, sb: number, inQuote: (i: number) => boolean, konj: KonjunktivRecogniser, reportive: ReadonlySet<number>, previousSentence?: [number, number]): IndirectQuote | null {
  const t = st.tokens;
  if (sb - sa < 3) return null;
  const has = speechSignals(st, sa, sb, konj);
  if (!has) return null;
  // Drop the final punctuation from content spans.
  let end = sb - 1;
  while (end > sa && t[end].kind === 'punct') end--;
  let quotedCount = 0;
  for (let k = sa; k <= end; k++) if (inQuote(k)) quotedCount++;
  // A sentence that is mostly a direct quote is handled as one.
  if (quotedCount > (end - sa + 1) * 0.5) return null;

  /** A Konjunktiv outside quotations in [a, b]; with `onlyI`, not the modal or conditional Konjunktiv II. */
  const hasKonjunktiv = (a: number, b: number, onlyI = false) => {
    for (let k = a; k <= b; k++) {
      if (inQuote(k) || t[k].kind !== 'word' || (k > sa && isCap(t[k])) || !konj.is(t[k].lower, t[k - 1]?.lower)) continue;
      if (!onlyI || (!MODAL_II.test(t[k].lower) && !KONJUNKTIV_II.test(t[k].lower))) return true;
    }
    return false;
  };
  const make = (a: number, b: number, type: IndirectQuote['type'], attribution: Attribution, confidence: number): IndirectQuote | null => {
    if (b < a) return null;
    // Content that is itself a direct quote is not indirect speech.
    let q = 0;
    for (let k = a; k <= b; k++) if (inQuote(k)) q++;
    if (q > (b - a + 1) * 0.6) return null;
    return indirectQuote(st.span(a, b), type, attribution, confidence);
  };

  // 0. A frame at the start of the sentence („Nach Angaben der Polizei …“, „Laut X …“, „X zufolge …“)
  // governs the whole sentence, even when its content has verbs of saying of its own.
  const framed = has & FRAME ? sentenceFrame(st, sa, sb, end, inQuote) : null;
  if (framed && framed.start) return make(framed.a, end, 'indirect', framed.attribution, 0.75);

  // „Studien, nach denen …“, „die Sichtweise von X, wonach …“: a relative frame; the relative word
  // stands for the source, and annotators mark it as the source mention. It comes before the verbs:
  // its content is the clause it opens, not all after a comma.
  for (let k = sa + 1; k < end; k++) {
    // („nach dem Spiel“ is a phrase: an article before its noun, not a relative pronoun.)
    const relative = t[k].lower === 'wonach' ? k : t[k].lower === 'nach' && /^(denen|dem|der|welchem|welcher)$/.test(t[k + 1]?.lower ?? '') && !(t[k + 2] && isCap(t[k + 2]) && !/^(denen|welchem|welcher)$/.test(t[k + 1].lower)) ? k + 1 : -1;
    if (relative < 0 || t[k - 1].text !== ',' || inQuote(k)) continue;
    const antecedent = st.nounPhrase(st.clauseStart(k - 1, sa), k - 1);
    const contentEnd = clauseEndAfter(t, relative + 1, end);
    const q = make(relative + 1, contentEnd, 'indirect', attributionOf(st.span(k, relative), st.span(relative, relative), 'preposition'), 0.65);
    // Konjunktiv I, or an antecedent that names what was said („Gerüchte, nach denen …“); not a
    // modal Konjunktiv II („den Bären einzufangen, wonach er freigelassen werden sollte“).
    if (q && (hasKonjunktiv(relative + 1, contentEnd, true) || reportedSoll(t, relative + 1, contentEnd) || (antecedent && st.lex.isSpeechNoun(t[antecedent[1]].text)) || (antecedent && /^(Gerüchte|Studien|Studie|Meldungen|Angaben|Aussagen|Informationen)$/.test(t[antecedent[1]].text)))) return q;
  }
  // 1. A verb of saying or thinking outside quotations, with its content after or before it.
  let contentStart = -1;
  for (let v = has & VERB ? sa : end + 1; v <= end; v++) {
    if (inQuote(v)) continue;
    const verb = st.verbAt(v, sb);
    if (!verb) continue;
    // „Ein Beamter, den die Zeitung zitiert, kommentierte, …“: a verb in a relative clause is no
    // frame when the main clause has a verb of saying of its own.
    // (Nor inside the content of a „heißt es“ before it: „Im Bericht heißt es, dass Gruppen, denen
    // vorgeworfen wurde, …“.)
    if (inRelativeClause(st, v, sa) && (laterVerb(st, st.clauseEnd(v + 1, sb), end, sb, inQuote) || heisstBefore(t, sa, v, inQuote))) continue;
    // „anders als das Militär behauptet“ contradicts, and „ist als Beleg zu bewerten“ asks: neither reports.
    // (A „zu“ infinitive with its content still frames: „war es wichtig zu betonen, dass …“.)
    const verbClause = st.clauseStart(v, sa);
    if ((t[v - 1]?.lower === 'zu' && v >= end) || (verbClause > sa && t[verbClause].lower === 'anders')) continue;
    // „drohen“ threatens only with someone threatening: „…, drohe ein Chaos“ looms.
    if (verb.entry.lemma === 'drohen' && !speakingSubject(st, v, verb.entry, sa, sb, 1)) continue;
    const cueEnd = verb.particle ?? v;
    const attribution = (): Attribution => {
      // A source frame after the verb names where the report comes from: „bestätigte X laut
      // Reuters, dass …“, „geht laut dem Bericht davon aus, dass …“, „bestritt nach Angaben von Xinhua …“.
      // (Not a frame inside the content itself: „sagte, nach neuesten Erkenntnissen habe …“.)
      if (framed?.attribution.cue && framed.attribution.cue.start > t[v].start && (contentStart < 0 || framed.attribution.cue.start < t[contentStart].start) && !/[;:.!?]/.test(st.text.slice(t[v].end, framed.attribution.cue.start))) return framed.attribution;
      const found = st.sourceOf(v, verb.entry, sa, sb);
      // An impersonal „es“ names no source („Es drohe …“, „Es wird berichtet, dass …“).
      const subj = found && !(found[0] === found[1] && t[found[0]].lower === 'es') ? found : null;
      // With no source of its own, a frame in the same clause names it: „Am Dienstag wurde laut
      // taz deutlich gemacht, dass …“.
      if (!subj && framed?.attribution.cue && framed.attribution.cue.start >= t[st.clauseStart(v, sa)].start && framed.attribution.cue.start < t[v].start) return framed.attribution;
      const reportedFrame = !!subj && subj[0] === subj[1] && /^(er|sie)$/.test(t[subj[0]].lower) && konjunktivFrame(t, v, verb.entry, st.clauseStart(v, sa), konj);
      return attributionOf(st.cueSpan(v, verb.particle), subj ? st.span(subj[0], subj[1]) : null, 'sentence-verb', verb.entry, reportedFrame);
    };
    // After: „Er sagte, er sei …“, „sagte, dass …“, „forderte, die Steuern zu senken“, „sagte: …“.
    let c = cueEnd + 1;
    // (A later verb of saying before the comma takes the content: „lobte X und ergänzte, …“.)
    contentStart = -1;
    let later = false;
    // (A dash ends the verb's clause: „droht, … zu verlieren – was wäre, wenn …“ has no content;
    // a pair of dashes encloses an aside: „wird – das Dokument war veröffentlicht – gekennzeichnet, …“.)
    while (c <= end && t[c].text !== ',' && t[c].text !== ':' && !inQuote(c)) {
      if (DASH.test(t[c].text)) {
        let pair = c + 1;
        while (pair <= end && !DASH.test(t[pair].text) && t[pair].text !== ',') pair++;
        if (pair > end || t[pair].text === ',') break;
        c = pair;
      }
      if (t[c - 1].lower === 'und' && st.verbAt(c, sb)) later = true;
      c++;
    }
    // (Only when that later verb has content of its own: „bezeichnen X als Y und verweisen auf Z.“ reports the first.)
    if (later && c < end) continue;
    if (c < end) contentStart = c + 1;
    // „…, wie gut Menschen informiert sind, erklärte die Psychologin“: what follows the comma is the
    // sentence's own frame, so this verb belongs to the content.
    // (Not after a „wie“ frame, whose content opens with its verb: „Wie X erklärte, sieht die Regierung …“;
    // „wie gut Menschen informiert sind“ is a question clause, not such a frame.)
    const wieOpens = (k: number) => t[k].lower === 'wie' && !!t[k + 1] && (isCap(t[k + 1]) || DETERMINERS.has(t[k + 1].lower) || /^(er|sie|es|man|wir)$/.test(t[k + 1].lower));
    // (Nor an interposed frame itself: „Das Gesetz, sagte Guo, nennt Gewalt ein Verbrechen“.)
    if (c < end && t[c].text === ',' && verbClause < v && !wieOpens(verbClause) && !wieOpens(sa) && st.verbAt(c + 1, sb) && invertedSubject(st, c + 1, sb)) continue;
    // (The content may open with a quoted word: „Er sagte, „No-Go-Areas“ dürfe es nicht geben.“)
    // Knowing and noticing are not saying: „Kluncker, der genau wusste, dass …“.
    if (c < end && (t[c].text === ',' || t[c].text === ':') && !/^(wissen|bemerken|merken)$/.test(verb.entry.lemma)) {
      const first = t[c + 1];
      // „Wie die BBC berichtet, befindet sich …“: after a „wie“ frame the rest is content in any mood.
      // (Also past a name in commas or quotation marks: „Wie der Bevollmächtigte, Gerald Braun, mitteilte, …“, „Wie „heise online“ berichtet, …“.)
      const wieFrame = t[c].text === ',' && (t[st.clauseStart(v, sa)]?.lower === 'wie' || (t[sa].lower === 'wie' && !laterVerb(st, sa + 1, v - 1, sb, inQuote)));
      // „sagte, er freue sich …“: a pronoun and a verb in -e right after the comma is Konjunktiv I of
      // any verb, not only of those the recogniser lists.
      const pronounKonjunktiv = /^(er|sie|es|man)$/.test(first.lower) && /^\p{Ll}{2,}e$/u.test(t[c + 2]?.text ?? '') && !/^(gerne|alle|eine|keine|diese|jene|bitte|ohne|gerade|heute|ebenfalls|ganze|erste|letzte|beide|selbe|andere)$/.test(t[c + 2].lower);
      // („die Reederei, welche den Kai …“: „welche“ before an article is a relative pronoun, no question.)
      const relativeWelche = /^(welche|welcher|welches)$/.test(first.lower) && DETERMINERS.has(t[c + 2]?.lower ?? '');
      // (After a verb in a conditional or causal clause the main clause follows, not content:
      // „Selbst wenn sie als Heranwachsende gesehen wird, droht ihr …“; „Wenn er sagt, dass …“ still is.)
      const subordinate = opensSubordinate(t, verbClause) && !CONTENT_OPENERS.has(first.lower) && t[c].text !== ':' && !zuInfinitive(t, c + 1, end);
      const isContent = !subordinate && ((CONTENT_OPENERS.has(first.lower) && !relativeWelche) || hasKonjunktiv(c + 1, end) || pronounKonjunktiv || (t[c].text === ':' && end - c > 3) || zuInfinitive(t, c + 1, end) || wieFrame);
      if (isContent) {
        const attr = attribution();
        // „Wie der Bevollmächtigte, Gerald Braun, mitteilte, …“: the source opens the „wie“ clause.
        const opening = wieFrame && !attr.speaker && t[sa].lower === 'wie' ? st.openingPhrase(sa + 1, v) : null;
        // (In a subordinate frame the main clause follows the content: „Da sie es für sinnvoll
        // hielten, die Schiffe zu evakuieren, erteilten sie …“.)
        const contentEnd = opensSubordinate(t, verbClause) ? clauseEndAfter(t, c + 1, end) : end;
        return make(c + 1, contentEnd, 'indirect', opening ? attributionOf(attr.cue, st.span(opening.np[0], opening.np[1]), attr.via, attr.verb, attr.reportedFrame) : attr, 0.8);
      }
    }
    // Before: „Die Lage sei ernst, sagte er.“, „…, so der Sprecher.“
    // The frame then inverts („sagte er“, „erklärte der Minister“); „Anna Weber, erinnerte an …“ is an apposition.
    // (Not when what precedes is only a noun phrase: „Frank Bsirske, würdigte …“.)
    // With a compound tense the frame opens with the auxiliary: „…, hatte Obama in Moskau gesagt.“
    let f = v;
    if (t[v - 1]?.text !== ',') {
      for (let k = v - 1; k > sa + 3 && t[k].kind === 'word'; k--) {
        if (/^(hat|hatte|hatten|haben|habe|hätte|ist|war|wurde)$/.test(t[k].lower) && t[k - 1].text === ',') { f = k; break; }
      }
    }
    // (Nor a noun phrase with a relative clause: „Die Mönche, die sich … beteiligt hatten, beschrieb die Agentur als …“.)
    // (Nor anything without a verb of its own outside relative clauses: „Der Vorsitzende …, Frank
    // Bsirske, würdigte …“, „In einem Essay, das … veröffentlicht wurde, kritisierte er …“.)
    const onlyNoun = (() => {
      const np = st.nounPhrase(sa, f - 1);
      if (np && np[1] >= f - 2) return true;
      if (np && t[np[1] + 1].text === ',' && RELATIVE_PRONOUN.test(t[np[1] + 2]?.lower ?? '') && !t.slice(np[1] + 2, f - 1).some((x) => x.text === ',')) return true;
      return !hasMainVerb(st, sa, f - 2, konj);
    })();
    // (Content may end in words it quotes: „Nach einer Wahl könne die Politik schaffen, „dass …“, erklärte X.“)
    const endsInQuote = inQuote(f - 2) && !inQuote(sa) && hasKonjunktiv(sa, f - 2);
    // (A conditional or causal clause is no content: „Selbst wenn die Türkin … gesehen wird, droht ihr …“.)
    const subordinate = opensSubordinate(t, sa);
    if (f > sa + 3 && t[f - 1].text === ',' && (!inQuote(f - 2) || endsInQuote) && !onlyNoun && !(subordinate && !hasKonjunktiv(sa, f - 2)) && invertedSubject(st, f, sb)) {
      // Content with a source frame of its own keeps it: „Die Inflation wird nach der Vorhersage der Zentralbank … liegen, …“.
      const own = framed?.attribution.cue && framed.attribution.cue.end <= t[f - 1].start ? framed.attribution : null;
      if (hasKonjunktiv(sa, f - 2) || verb.entry.cls === 'say' || own) return make(sa, f - 2, 'indirect', own ?? attribution(), 0.7);
    }
    // „…, wie palästinensische Rettungskräfte mitteilten.“: a closing „wie“ frame; the content is before it.
    if (verbClause > sa + 2 && t[verbClause].lower === 'wie' && t[verbClause - 1].text === ',' && st.clauseEnd(v + 1, sb) > end && !inQuote(verbClause - 2)) {
      return make(sa, verbClause - 2, 'indirect', attribution(), 0.7);
    }
    // „Dies bestätigte Stoiber“, „Das berichtet die Zeitung“: the content is the sentence before.
    // („Davon geht X aus“, „Darauf wies X hin“: a pronominal adverb points back the same way.)
    if (v <= sa + 1 && /^(dies|das|davon|darauf|darüber)$/.test(t[sa].lower) && previousSentence) {
      // The source follows the verb: „Dies bestätigte Stoiber …“.
      const np = st.after(v, sb);
      const attr: Attribution = attributionOf(st.cueSpan(v, verb.particle), np ? st.span(np[0], np[1]) : null, 'sentence-verb', verb.entry);
      const q = make(previousSentence[0], previousSentence[1], 'indirect', attr, 0.6);
      if (q) {
        q.fromPrevious = true;
        return q;
      }
    }
    // „Er sprach von einem Erfolg“, „forderte Konsequenzen“: speech without its content is reported.
    // A verb in a sentence with a direct quote is that quote's cue, not reported speech.
    // Opinions of experts and bodies count too: „Kritiker fürchten Interessenskonflikte“, „Analysten
    // halten X für wahrscheinlich“ (a verb of thinking with a role or organisation as subject).
    // (Not in Konjunktiv: „Das Präsidium halte das Verfahren für schnell“ reports someone else's words.)
    const opinion = verb.entry.cls === 'think' && opinionVerb(t, v, end, verb.entry.lemma) && !konj.is(t[v].lower, t[v - 1]?.lower) && !/e$/.test(t[v].lower) && !t.slice(sa, end + 1).some((x) => /^(wird|werden|wurde|wurden|worden)$/.test(x.lower));
    if ((REPORTED_CLASSES.has(verb.entry.cls) || opinion) && quotedCount === 0 && !hasContentClause(t, v, end) && (opinion || reportedVerb(st, v, sa, end, verb.entry))) {
      const attr = attribution();
      if (!attr.speaker) continue;
      if (opinion) {
        const s0 = lowerTokenIndex(t, attr.speaker.start), s1 = lowerTokenIndex(t, attr.speaker.end - 1);
        if (st.speakerness([s0, s1]) < 1.5) continue;
      }
      const b = sb - 1;
      // „Ferner hätten sich die Minister … ausgesprochen“: a speech act in Konjunktiv is itself
      // reported by whoever spoke before.
      const inKonjunktiv = KONJUNKTIV_AUXILIARY.test(finiteVerb(t, sa, v)?.lower ?? '');
      return make(sa, t[b].kind === 'punct' ? b : end, 'reported', inKonjunktiv ? attributionOf(attr.cue, attr.speaker, attr.via, attr.verb, true) : attr, 0.5);
    }
  }
  // „heißt es (in dem Bericht), …“ and „…, heißt es.“
  for (let k = has & HEISST ? sa : end; k < end; k++) {
    if (!/^(heißt|hieß)$/.test(t[k].lower) || t[k + 1]?.lower !== 'es' || inQuote(k)) continue;
    // The source is a document named around it: „In der Pressemitteilung des WWF heißt es …“, „…, heißt es in dem Bericht“.
    let source: [number, number] | null = null;
    if (/^(in|im)$/.test(t[k + 2]?.lower ?? '')) source = st.nounPhrase(t[k + 2].lower === 'im' ? k + 3 : k + 3, sb);
    if (!source && k >= sa + 2) {
      // „In der Pressemitteilung heißt es“, „Bei der Agentur RIA hieß es“, „Aus dem Ministerium hieß es“.
      // („In dieser Resolution, die vom Sicherheitsrat angenommen wurde, heißt es“: past a relative clause.)
      const relativeBefore = (np: [number, number]) => t[np[1] + 1]?.text === ',' && st.opensRelativeClause(np[1] + 2) && t[k - 1].text === ',';
      for (let j = sa; j < k; j++) if (/^(in|im|bei|beim|aus|von|vom|seitens)$/.test(t[j].lower)) { const np = st.nounPhrase(j + 1, k); if (np && (np[1] === k - 1 || (j === sa && relativeBefore(np)))) source = np; }
    }
    // „Darin heißt es, …“: the document named in the sentence before.
    if (!source && k > sa && DOCUMENT_POINTER.test(t[sa].lower)) source = documentBefore(st, sa);
    // With no source of its own, „Als Begründung heißt es, …“ speaks for whom the sentence before is about.
    if (!source && previousSentence) source = sentenceTopic(st, previousSentence[0], previousSentence[1] + 1);
    const attribution: Attribution = attributionOf(st.span(k, k + 1), source ? st.span(source[0], source[1]) : null, 'after');
    let c = k + 2;
    while (c <= end && t[c].text !== ',' && t[c].text !== ':') c++;
    // „…, heißt es in dem Bericht, der konkrete Fälle auflistet.“: a relative clause after the frame is no content.
    // („der konkrete Fälle …“ reads like an article, so any d-word without Konjunktiv counts here.)
    const relativeAfter = c < end && t[c].text === ',' && k > sa + 2 && t[k - 1].text === ',' && RELATIVE_PRONOUN.test(t[c + 1].lower) && !hasKonjunktiv(c + 1, end);
    if (c < end && !relativeAfter) return make(c + 1, end, 'indirect', attribution, 0.7);
    if (k > sa + 2 && t[k - 1].text === ',') return make(sa, k - 2, 'indirect', attribution, 0.7);
  }
  // A noun of saying or thinking with its content: „die Forderung, …“, „Hinweise, dass …“.
  for (let k = has & NOUN ? sa : end; k < end; k++) {
    if (inQuote(k) || t[k].kind !== 'word' || !st.lex.isSpeechNoun(t[k].text)) continue;
    // „Es gibt keine Hinweise, dass …“: a noun of saying under negation reports nothing.
    if (/^(keine|keinen|keiner|keinerlei)$/.test(t[k - 1]?.lower ?? '')) continue;
    // „dafür Sorge tragen, dass …“ takes care; it voices no worry.
    if (t[k].text === 'Sorge' && /^(tragen|trägt|trug|trugen|getragen|zu)$/.test(t[k + 1]?.lower ?? '')) continue;
    // „nach Meinung Russlands“: the noun belongs to a source frame, handled as one.
    if (framed && framed.attribution.cue && t[k].start < framed.attribution.cue.end && t[k].end > framed.attribution.cue.start) continue;
    let c = k + 1;
    // „die Ankündigung ihres Trainers, Greg Poss, …“: skip a genitive and an apposition.
    while (c <= end && c - k < 8 && t[c].text !== ',') c++;
    if (c >= end) continue;
    let d = c;
    if (!CONTENT_OPENERS.has(t[d + 1]?.lower) && !hasKonjunktiv(d + 1, end) && !zuInfinitive(t, d + 1, end)) {
      // An apposition after the genitive („…, Greg Poss, …“) before the content.
      let e = d + 1;
      while (e <= end && e - d < 5 && t[e].text !== ',') e++;
      if (e < end && t[e].text === ',' && (CONTENT_OPENERS.has(t[e + 1]?.lower) || zuInfinitive(t, e + 1, end))) d = e; else continue;
    }
    const contentEnd = clauseEndAfter(t, d + 1, end);
    // The source is the noun phrase of the noun itself („der Vorschlag“, „die Warnung der Wärter“, „Mehrere Anfragen an X“).
    let a0 = k;
    // Back over its article and adjectives („den festen Standpunkt“), not over a verb („hatte den …“)
    // or the „es“ of „gab es Hinweise“.
    while (a0 > sa && t[a0 - 1].kind === 'word' && !isCap(t[a0 - 1]) && t[a0 - 1].lower !== 'es' && !konj.is(t[a0 - 1].lower) && (/(e|en|er|es|em)$/.test(t[a0 - 1].lower)) && !CONTENT_OPENERS.has(t[a0 - 1].lower) && !st.lex.verb(t[a0 - 1].lower).length && !/^(hatte|hatten|habe|haben|wurde|wurden|werde|werden|wäre|wären|hätte|hätten|würde|würden)$/.test(t[a0 - 1].lower)) {
      a0--;
      if (DETERMINERS.has(t[a0].lower)) break;
    }
    // („die Ankündigung ihres Trainers“: a possessive article opens a genitive too.)
    const genitive = /^(der|des|von|vom|seines|seiner|ihres|ihrer|eines|einer)$/.test(t[k + 1]?.lower ?? '') ? st.nounPhrase(t[k + 1].lower === 'von' || t[k + 1].lower === 'vom' ? k + 2 : k + 1, c) : null;
    let source = st.span(a0, genitive ? genitive[1] : k);
    // „Die DSW ist der Ansicht, …“, „Die BVG begegnet der Kritik mit dem Argument, …“: the noun is
    // the predicate or instrument; the source is the clause's subject.
    const before = t[a0 - 1]?.lower;
    // (Not „gibt es Hinweise, dass …“: there the noun itself is the source.)
    if (!genitive && before && a0 - 1 > sa && !existential(t, st.clauseStart(a0 - 1, sa), a0)) {
      // „Die DSW ist der Ansicht, …“, „Cutler vertritt die Ansicht, …“, „Die BVG begegnet der Kritik
      // mit dem Argument, …“: the noun is the verb's object or predicate; the source is the subject.
      const cs = st.clauseStart(a0 - 1, sa);
      const np = st.nounPhrase(cs, a0) ?? st.nounPhrase(cs + 1, a0);
      if (np && np[1] < a0 - 1 && st.speakerness(np) > 0) source = st.span(np[0], np[1]);
    }
    return make(d + 1, contentEnd, 'indirect', attributionOf(st.span(k, k), source, 'sentence-verb'), 0.6);
  }
  // 2. „…, so X.“ after content without quotation marks.
  for (let k = has & SO ? sa + 2 : end; k < end; k++) {
    if (t[k].lower === 'so' && t[k - 1].text === ',' && !inQuote(k) && !inQuote(k - 2)) {
      const np = st.nounPhrase(k + 1, sb);
      if (!np) continue;
      const attribution: Attribution = attributionOf(st.span(k, k), st.span(np[0], np[1]), 'after');
      if (np[1] >= end - 1) return make(sa, k - 2, 'indirect', attribution, 0.7);
      if (t[np[1] + 1]?.text !== ',') continue;
      // „…, so der Sprecher der Bewegung, Ehsanullah Ehsan.“: an apposition closes the sentence.
      let e = np[1] + 2;
      while (e <= end && t[e].kind !== 'punct') e++;
      if (e > end && e - np[1] <= 16 && isCap(t[np[1] + 2])) return make(sa, k - 2, 'indirect', attribution, 0.7);
      // „Der Präsident sei, so Gamkrelids, schuld daran, …“: the frame sits inside the reported sentence.
      if (hasKonjunktiv(sa, k - 2) || hasKonjunktiv(np[1] + 2, end)) return make(sa, end, 'indirect', attribution, 0.7);
    }
  }
  // 3. „… hat nach Polizeiangaben …“: a frame inside the sentence makes all of it the content.
  if (framed) return make(framed.a, end, 'indirect', framed.attribution, 0.7);
  // 4. No frame of its own: Konjunktiv I („Die Lage sei ernst.“) or a reportive „soll … haben“
  // marks reported speech; Konjunktiv II only continues speech right before it.
  const mood = has & MOOD ? frameless(t, sa, end, inQuote, konj, reportive) : null;
  if (mood) {
    // „Auch der Sprecher der Fraktion, Jan Roth, will prüfen, ob … solle“: a role or body acting in
    // the indicative speaks itself; the Konjunktiv belongs to its content.
    const opening = st.openingPhrase(sa, end);
    const verb = opening && t[opening.next];
    const actor = opening && verb && verb.kind === 'word' && !isCap(verb) && !konj.is(verb.lower, t[opening.next - 1]?.lower)
      && (/^(will|wollen|möchte|möchten)$/.test(verb.lower) || st.verbAt(opening.next, sb)) && isInstitutional(st, opening.np) ? opening.np : null;
    // „Der Abzug soll demnach …“: the adverb points back to the source and is the cue.
    let demnach = -1;
    for (let k = sa; k <= end && demnach < 0; k++) if (t[k].lower === 'demnach' && !inQuote(k)) demnach = k;
    const q = make(sa, end, 'free_indirect', attributionOf(demnach >= 0 ? st.span(demnach, demnach) : null, null, 'none'), mood === 'strong' ? 0.6 : 0.4);
    if (q) {
      q.continuation = true;
      q.standalone = mood === 'strong';
      if (actor) q.ownSource = st.span(actor[0], actor[1]);
      const source = previousSentence && sentenceTopic(st, previousSentence[0], previousSentence[1] + 1);
      if (source) {
        q.localSource = st.span(source[0], source[1]);
        q.topicSpeaks = actsAsSource(st, source, previousSentence!);
        for (let k = previousSentence![0]; k <= previousSentence![1] && !q.topicSays; k++) if (!inQuote(k) && st.verbAt(k, previousSentence![1] + 1)) q.topicSays = true;
      }
    }
    return q;
  }
  return null;
}

/**
 * The subject of a main clause when it names a role or body: the noun phrase before the finite
 * verb, or right after it when an adverbial opens the sentence („Am Montag erklärte der Minister …“).
 */
function sentenceTopic(st: SentenceTokens, a: number, b: number): [number, number] | null {
  const t = st.tokens;
  let i = a;
  // „HIV-Forschung: Die Behörden haben …“: a dateline or rubric before a colon is no part of the clause.
  for (let k = a; k < Math.min(b, a + 8); k++) if (t[k].text === ':') i = k + 1;
  while (i < b && (t[i].kind !== 'word' || /^(und|aber|doch|auch|zudem|dann|so)$/.test(t[i].lower))) i++;
  const first = st.nounPhrase(i, b);
  if (first) {
    if (st.speakerness(first) >= 1.5 && t[first[1] + 1]?.kind === 'word' && !isCap(t[first[1] + 1])) return first;
    // With a name in commas: „Der Flugbetriebsleiter, Reinhard Kraxner, spekulierte …“.
    const opening = t[first[1] + 1]?.text === ',' ? st.openingPhrase(i, b) : null;
    if (opening && opening.np[1] > first[1] && t[opening.next]?.kind === 'word' && !isCap(t[opening.next]) && st.speakerness(first) >= 1.5) return opening.np;
    // An object first („Einen neuen Erreger haben Forscher entdeckt“): the subject follows the verb.
    if (!/^(den|dem|einen|einem)$/.test(t[first[0]].lower)) return null;
  }
  // An object or adverbial first: the subject follows the finite verb.
  // („Gegen den „Verband integrativer …“ ermittelt die Staatsanwaltschaft“: past a prepositional phrase.)
  // („Dem Einsatz automatischer Geräte steht die Fraktion kritisch gegenüber“: past the object.)
  const phrase = PREPOSITIONS.has(t[i]?.lower ?? '') ? st.nounPhrase(i + 1, b) : first;
  let v = phrase && t[phrase[1] + 1]?.kind === 'word' && !isCap(t[phrase[1] + 1]) ? phrase[1] + 1 : i;
  // (An adjective before its noun is no verb: „Dem Einsatz automatischer Geräte steht …“.)
  const adjective = (k: number) => /(e|en|er|es|em)$/.test(t[k].lower) && !!t[k + 1] && isCap(t[k + 1]) && !AUXILIARY_OR_MODAL.test(t[k].lower);
  while (v < b && !(t[v].kind === 'word' && !isCap(t[v]) && !/^(der|die|das|den|dem|des|ein|eine|einer|einem|einen)$/.test(t[v].lower) && v > i + 1 && !adjective(v))) v++;
  // (Past adverbials after the verb: „ermittelt seit vergangenem Jahr die Staatsanwaltschaft“.)
  let k = v + 1;
  while (k < b && k - v <= 8 && t[k].kind === 'word' && !DETERMINERS.has(t[k].lower) && (PREPOSITIONS.has(t[k].lower) || !isCap(t[k]))) {
    const skipped = PREPOSITIONS.has(t[k].lower) ? st.nounPhrase(k + 1, b) : null;
    k = skipped ? skipped[1] + 1 : k + 1;
  }
  const after = v < b ? st.nounPhrase(v + 1, b) ?? (k < b ? st.nounPhrase(k, b) : null) : null;
  return after && st.speakerness(after) >= 1.5 ? after : null;
}

/** The role or body a sentence [a, b) is about when it acts in the active voice, else null. */
export function actingTopic(st: SentenceTokens, a: number, b: number): [number, number] | null {
  if (b <= a) return null;
  const topic = sentenceTopic(st, a, b);
  return topic && actsAsSource(st, topic, [a, b - 1]) ? topic : null;
}

/**
 * Whether the topic of the sentence before is a role or body acting in the active voice
 * („Die Wahlkommission hat den Termin festgelegt.“), so that a following Konjunktiv sentence
 * reports its words rather than those of an earlier speaker. Pronouns, things, passives and
 * „gilt als“ do not qualify.
 */
function actsAsSource(st: SentenceTokens, np: [number, number], [sa, sb]: [number, number]): boolean {
  const t = st.tokens;
  if (!isInstitutional(st, np)) return false;
  // (Only the main clause: „…, die vor der Demonstration getroffen wurden“ is no passive of it.)
  const end = Math.min(sb + 1, st.clauseEnd(np[1] + 1, sb + 1));
  for (let k = Math.min(sa, np[0]); k < end; k++) if (PASSIVE_OR_COPULA.test(t[k].lower)) return false;
  return true;
}

/** Whether the noun phrase names a role or body („der Sprecher der Fraktion“, „die Wahlkommission“). */
function isInstitutional(st: SentenceTokens, [a, b]: [number, number]): boolean {
  for (let k = a; k <= b; k++) if (isCap(st.tokens[k]) && (st.lex.roleHead(st.tokens[k].lower) || st.lex.organisationHead(st.tokens[k].lower))) return true;
  return false;
}

const DASH = /^[–—]$/;
const SUBORDINATOR = /^(wenn|weil|obwohl|obgleich|falls|sobald|solange|nachdem|bevor|ehe|während|da|sofern)$/;
/** Whether the clause at k opens with a conditional, causal or temporal conjunction („wenn“, „selbst wenn“, „weil“). */
const opensSubordinate = (t: Token[], k: number) => SUBORDINATOR.test(t[k]?.lower ?? '') || (/^(selbst|auch|nur)$/.test(t[k]?.lower ?? '') && SUBORDINATOR.test(t[k + 1]?.lower ?? ''));
const AUXILIARY_OR_MODAL = /^(haben|hatten|hätten|werden|wurden|würden|sollen|sollten|wollen|wollten|können|konnten|müssen|mussten|dürfen|durften|sind|waren|wären)$/;
const PASSIVE_OR_COPULA = /^(wurde|wurden|worden|wird|werden|gilt|galt|gelten|galten|ist|war|sind|waren)$/;

/** „Laut X …“, „X zufolge …“, „Nach Angaben von X …“: where the content starts, and whether the frame opens the sentence. */
function sentenceFrame(st: SentenceTokens, sa: number, sb: number, end: number, inQuote: (i: number) => boolean): { a: number; start: boolean; attribution: Attribution } | null {
  const t = st.tokens;
  const prep = prepositionalCue(st, sa, sb, inQuote);
  if (!prep || !prep.cue) return null;
  const cueAt = lowerTokenIndex(t, prep.cue.start);
  const cueEnd = lowerTokenIndex(t, prep.cue.end - 1);
  const sourceStart = prep.speaker ? lowerTokenIndex(t, prep.speaker.start) : cueAt;
  const sourceEnd = prep.speaker ? lowerTokenIndex(t, prep.speaker.end - 1) : cueEnd;
  const ppStart = Math.min(cueAt, sourceStart);
  const ppEnd = Math.max(cueEnd, sourceEnd);
  // Only a frame that opens the sentence (after at most a conjunction or adverb) leaves the rest as content.
  const start = ppStart <= sa + 1 && ppEnd < end - 1;
  return { a: start ? ppEnd + 1 : sa, start, attribution: prep };
}

/** Whether token v stands in a relative clause („…, den die Zeitung zitiert, …“). */
function inRelativeClause(st: SentenceTokens, v: number, sa: number): boolean {
  const cs = st.clauseStart(v, sa);
  return cs > sa && st.tokens[cs - 1].text === ',' && st.opensRelativeClause(cs);
}

/**
 * Whether [a, b] has a finite-looking verb outside relative clauses: a lower-case word that is a
 * known verb form, an auxiliary or modal, a Konjunktiv, or ends like a finite verb and stands
 * before no noun (an adjective would).
 */
function hasMainVerb(st: SentenceTokens, a: number, b: number, konj: KonjunktivRecogniser): boolean {
  const t = st.tokens;
  for (let k = a; k <= b; k++) {
    // Skip a relative clause up to its comma.
    if (t[k].text === ',' && k + 1 <= b && st.opensRelativeClause(k + 1)) {
      while (k < b && t[k + 1].text !== ',') k++;
      continue;
    }
    const x = t[k];
    if (x.kind !== 'word' || isCap(x) || x.lower.includes('.') || DETERMINERS.has(x.lower)) continue;
    if (MODALS.test(x.lower) || /^(ist|sind|war|waren|hat|haben|hatte|hatten|sei|seien|habe|wäre|wären|hätte|hätten|gibt|gab)$/.test(x.lower)) return true;
    if (st.lex.verb(x.lower).length || konj.is(x.lower, t[k - 1]?.lower)) return true;
    if (/(t|te|ten|en|st)$/.test(x.lower) && x.lower.length > 3 && !(t[k + 1] && isCap(t[k + 1])) && !/^(nicht|jetzt|zuletzt|bereits|erst|meist|sonst|fast|selbst|längst|zunächst|stets|bisher|unten|oben|hinten|vorn|morgen|gestern|heute|eben)$/.test(x.lower)) return true;
  }
  return false;
}

/** Whether the verb at v has a subject that can speak: a person, role or body, not „ein Chaos“. */
function speakingSubject(st: SentenceTokens, v: number, entry: VerbEntry, sa: number, sb: number, minimum = 1.5): boolean {
  const t = st.tokens;
  const subject = st.sourceOf(v, entry, sa, sb);
  // („ein Chaos“, „eine Strafe“: what looms comes with an indefinite article.)
  if (!subject || /^(ein|eine|einer|kein|keine)$/.test(t[subject[0]].lower)) return false;
  if (subject[0] === subject[1] && /^(er|sie|ich|wir|man)$/.test(t[subject[0]].lower)) return true;
  // (Scored without its article, which at the sentence start would count as a name.)
  const bare: [number, number] = DETERMINERS.has(t[subject[0]].lower) && subject[1] > subject[0] ? [subject[0] + 1, subject[1]] : subject;
  return st.speakerness(bare) >= minimum;
}

/** Whether „heißt es“ / „hieß es“ stands outside quotations in [sa, v). */
function heisstBefore(t: Token[], sa: number, v: number, inQuote: (i: number) => boolean): boolean {
  for (let k = sa; k + 1 < v; k++) if (/^(heißt|hieß)$/.test(t[k].lower) && t[k + 1].lower === 'es' && !inQuote(k)) return true;
  return false;
}

/** Whether a verb of saying outside quotations stands in [from, end]. */
function laterVerb(st: SentenceTokens, from: number, end: number, sb: number, inQuote: (i: number) => boolean): boolean {
  for (let k = from; k <= end; k++) if (!inQuote(k) && st.verbAt(k, sb)) return true;
  return false;
}

/** Whether the frame verb at v is finite in Konjunktiv I itself („rate“, „behaupte“) or has a Konjunktiv auxiliary before it in its clause („habe … gerechnet“). */
function konjunktivFrame(t: Token[], v: number, entry: VerbEntry, cs: number, konj: KonjunktivRecogniser): boolean {
  if (isKonjunktivOfVerb(t, v, entry)) return true;
  for (let k = cs; k < v; k++) if (/^(habe|sei|werde)$/.test(t[k].lower) && konj.is(t[k].lower, t[k - 1]?.lower)) return true;
  return false;
}

/** Whether token v is the 3rd person Konjunktiv I of the verb of saying it reads as: „rate“, „behaupte“, „gehe (davon aus)“. */
function isKonjunktivOfVerb(t: Token[], v: number, entry: VerbEntry): boolean {
  const base = entry.particle && !entry.particle.includes(' ') && entry.lemma.startsWith(entry.particle) ? entry.lemma.slice(entry.particle.length) : entry.lemma;
  if (!base.endsWith('en') || base === 'sein') return false;
  return t[v].lower === base.slice(0, -1) && t[v - 1]?.lower !== 'ich';
}

/** A later clause inside the content of `q` that opens with a frame of its own („, von dem laut Polizei …“): its comma and frame. */
function secondFrame(st: SentenceTokens, q: IndirectQuote, sb: number, inQuote: (i: number) => boolean): { comma: number; frame: number } | null {
  const t = st.tokens;
  const cue = q.attribution.cue;
  for (let k = lowerTokenIndex(t, q.start) + 1; k < sb && t[k].start < q.end; k++) {
    if (t[k].text !== ',' || inQuote(k) || (cue && t[k].start < cue.end)) continue;
    const clauseEnd = st.clauseEnd(k + 1, sb);
    for (let j = k + 1; j < Math.min(clauseEnd, k + 5); j++) if (t[j].lower === 'laut') return { comma: k, frame: j };
  }
  return null;
}

const KONJUNKTIV_AUXILIARY = /^(habe|hätte|hätten|sei|seien|wäre|wären|werde)$/;

/** The finite verb of a main clause opening at sa: the first lower-case word that is no article, preposition or conjunction, before v. */
function finiteVerb(t: Token[], sa: number, v: number): Token | undefined {
  for (let k = sa + 1; k <= v; k++) {
    const w = t[k];
    if (w.kind === 'word' && !isCap(w) && !DETERMINERS.has(w.lower) && !/^(und|oder|aber|auch|zudem|ferner|von|vom|zu|zum|zur|in|im|mit|bei|für|auf|an|am|nach|über|unter|aus)$/.test(w.lower)) return w;
  }
  return undefined;
}

/** „gibt es“, „es gab“ in [a, b): an existential clause, whose noun stands for itself. */
function existential(t: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (t[k].lower === 'es' && (GEBEN.test(t[k - 1]?.lower ?? '') || GEBEN.test(t[k + 1]?.lower ?? ''))) return true;
  return false;
}
const GEBEN = /^(gibt|gab|gebe|gäbe|geben|gaben)$/;

/** A present „soll“ in a relative frame reports a claim: „eine Klage, nach der die Wahl wiederholt werden soll“. */
function reportedSoll(t: Token[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (t[k].lower === 'soll' || t[k].lower === 'sollen') return true;
  return false;
}

/** „die Steuern zu senken“: a clause ending in zu + infinitive. */
function zuInfinitive(t: Token[], a: number, end: number): boolean {
  for (let k = a; k < end; k++) {
    if (t[k].text === ',') return false;
    if (t[k].lower === 'zu' && /en$|ern$|eln$/.test(t[k + 1]?.lower ?? '') && (k + 1 === end || t[k + 2]?.kind === 'punct')) return true;
    if (/^\p{L}+zu\p{L}+en$/u.test(t[k].lower) && t[k].lower.length > 8 && (k === end || t[k + 1]?.kind === 'punct')) return true;
  }
  return false;
}

const FRAME = 1, VERB = 2, HEISST = 4, NOUN = 8, MOOD = 16, SO = 32;

/**
 * One cheap pass before the real work: which kinds of speech signal the sentence has at all (a
 * verb of saying, a source preposition, „heißt es“, a noun of saying, Konjunktiv or „soll“, „so“).
 * Sentences with none stop here; the others run only the matching steps.
 */
function speechSignals(st: SentenceTokens, sa: number, sb: number, konj: KonjunktivRecogniser): number {
  const t = st.tokens;
  const { signals, filter } = signalTable(st.lex, konj);
  let has = 0;
  for (let k = sa; k < sb; k++) {
    const tok = t[k];
    if (tok.kind !== 'word') continue;
    const w = tok.lower;
    if (filter.mayHave(w)) has |= signals.get(w) ?? 0;
    if (tok.text.charCodeAt(0) !== w.charCodeAt(0) && st.lex.isSpeechNoun(tok.text)) has |= NOUN;
  }
  return has;
}

interface SignalTable {
  signals: Map<string, number>;
  filter: WordFilter;
}
const signalTables = new WeakMap<Lexicon, WeakMap<KonjunktivRecogniser, SignalTable>>();

/** The signals of each lower-case word in one table, so that the pass costs one lookup per word. */
function signalTable(lex: Lexicon, konj: KonjunktivRecogniser): SignalTable {
  // (Asked once per sentence, nearly always for the same lexicons.)
  if (lastSignals?.lex === lex && lastSignals.konj === konj) return lastSignals.table;
  let byKonj = signalTables.get(lex);
  if (!byKonj) signalTables.set(lex, (byKonj = new WeakMap()));
  let table = byKonj.get(konj);
  if (!table) byKonj.set(konj, (table = buildSignalTable(lex, konj)));
  lastSignals = { lex, konj, table };
  return table;
}
let lastSignals: { lex: Lexicon; konj: KonjunktivRecogniser; table: SignalTable } | undefined;

function buildSignalTable(lex: Lexicon, konj: KonjunktivRecogniser): SignalTable {
  const signals = new Map<string, number>();
  const add = (w: string, flag: number) => signals.set(w, (signals.get(w) ?? 0) | flag);
  for (const w of lex.verbForms()) add(w, VERB);
  for (const w of konj.allForms()) add(w, MOOD);
  for (const w of ['laut', 'gemäß', 'zufolge', 'nach']) add(w, FRAME);
  for (const w of ['heißt', 'hieß']) add(w, HEISST | VERB);
  add('so', SO);
  for (const w of ['soll', 'sollen']) add(w, MOOD);
  return { signals, filter: new WordFilter(signals.keys()) };
}

/** A subject right after the verb: a pronoun or a noun phrase, not a preposition. */
function invertedSubject(st: SentenceTokens, v: number, sb: number): boolean {
  const t = st.tokens;
  let k = v + 1;
  while (k < sb && /^(auch|dann|noch|heute|gestern|weiter|zudem|außerdem|später|jedoch|aber)$/.test(t[k].lower)) k++;
  if (k >= sb || t[k].kind !== 'word') return false;
  if (/^(er|sie|es|man|wir|ich)$/.test(t[k].lower)) return true;
  // (A dative is no subject: „…, droht ihr eine Haftstrafe“.)
  if (/^(ihm|ihr|ihnen|mir|dir|uns|euch)$/.test(t[k].lower)) return false;
  const np = st.nounPhrase(k, sb);
  return !!np && st.speakerness(np) > 0;
}

const isCap = (t: Token) => t.text.charCodeAt(0) !== t.lower.charCodeAt(0);

function lastContentToken(t: Token[], sa: number, sb: number): number {
  let e = sb - 1;
  while (e > sa && t[e].kind === 'punct') e--;
  return e;
}

/** Whether a sentence with a verb of saying and no content clause reports speech. */
function reportedVerb(st: SentenceTokens, v: number, sa: number, end: number, entry: VerbEntry): boolean {
  const t = st.tokens;
  const lemma = entry.lemma;
  // („begründete die Verschiebung mit …“, „drohte mit Suizid“: with „mit“ these are acts of speech.)
  // (Not the impersonal „Es drohe ein Wettlauf mit …“.)
  const withMit = /^(begründen|drohen)$/.test(lemma) && t[v - 1]?.lower !== 'es' && t[v + 1]?.lower !== 'es' && t.slice(v + 1, Math.min(end + 1, v + 5)).some((x) => x.lower === 'mit');
  if (NOT_REPORTED.has(lemma) && !withMit) return false;
  // „forderte 92 Menschenleben“: a disaster claims lives; it demands nothing.
  if (lemma === 'fordern' && t.slice(v + 1, end + 1).some((x) => /(opfer|tote|toten|menschenleben|todesopfer|verletzte|verletzten)$/.test(x.lower))) return false;
  // Passives („wurde … berichtet“) report that something was said, not who said it, unless the
  // clause names its source („wird im Bericht als problematisch bezeichnet“, „wurde vom Rat gefordert“).
  // (Only the verb's own clause counts: „…, obwohl ein Abkommen unterzeichnet wurde“ is no passive of it.)
  const cs = st.clauseStart(v, sa), ce = st.clauseEnd(v + 1, end + 1);
  const passive = t.slice(cs, ce).some((x) => /^(wurde|wurden|worden)$/.test(x.lower));
  // (An active participle needs its „haben“ and someone who speaks: „hat … in Genf gewarnt“,
  // not „wie gesagt“ or „Die Herbstsaison hat einen Toten gefordert“.)
  if (/^ge/.test(t[v].lower) && !passive) {
    if (!t.slice(cs, v).some((x) => /^(hat|hatte|haben|hatten|habe|hätte|hätten)$/.test(x.lower))) return false;
    if (!speakingSubject(st, v, entry, sa, end + 1)) return false;
  }
  if (passive) {
    // The source must be the participle's agent or document, not its subject („Die Schlange wurde
    // auf der Basis von Wirbeln beschrieben“ names no one).
    if (!isPassiveParticiple(t[v].lower)) return false;
    const source = st.sourceOf(v, entry, sa, end + 1);
    const before = source ? t[source[0] - 1]?.lower : undefined;
    if (!source || !/^(von|vom|seitens|seiten|in|im)$/.test(before ?? '')) return false;
  }
  if (lemma === 'sprechen' || lemma === 'berichten') return t.slice(v + 1, end + 1).some((x) => /^(von|über)$/.test(x.lower));
  // An infinitive under a modal („will zustimmen“, „soll erklären“) announces speech, it does not report it.
  if (/(en|ern|eln)$/.test(t[v].lower) && t.slice(sa, v).some((x) => MODALS.test(x.lower))) return false;
  return true;
}

function hasContentClause(t: Token[], v: number, end: number): boolean {
  for (let k = v + 1; k <= end; k++) if (CONTENT_OPENERS.has(t[k].lower) && t[k - 1]?.text === ',') return true;
  return false;
}

/**
 * A verb of thinking stating an opinion with a noun phrase: „fürchten Konflikte“, „erwarten eine
 * Lösung“, „halten X für wahrscheinlich“, „sehen in X den ersten Schritt“ (not a participle).
 */
function opinionVerb(t: Token[], v: number, end: number, lemma: string): boolean {
  if (/^ge/.test(t[v].lower)) return false;
  const rest = t.slice(v + 1, end + 1);
  if (lemma === 'halten') return rest.some((x) => x.lower === 'für');
  if (lemma === 'sehen') return rest.some((x) => x.lower === 'in' || x.lower === 'als');
  return /^(fürchten|befürchten|erwarten|vermuten|bezweifeln)$/.test(lemma);
}

/** Modal Konjunktiv II forms mark possibility or advice („dürfte steigen“), not reported speech. */
const MODAL_II = /^(könnte|könnten|dürfte|dürften|sollte|sollten|möchte|möchten)$/;
const KONJUNKTIV_II = /^(wäre|wären|hätte|hätten|würde|würden|müsste|müssten|gäbe|käme|läge|stünde|ginge|bliebe)$/;

/**
 * Reported speech with no frame: 'strong' when a Konjunktiv I form or a reportive „soll … haben“
 * stands outside quotations (news prose uses them for nothing else), 'weak' for a Konjunktiv II
 * main verb, which also marks conditionals.
 */
function frameless(t: Token[], sa: number, end: number, inQuote: (i: number) => boolean, konj: KonjunktivRecogniser, reportive: ReadonlySet<number>): 'strong' | 'weak' | null {
  let weak = false;
  for (let k = sa; k <= end; k++) {
    // (A capital inside the sentence is a noun: „im Falle einer Verurteilung“.)
    if (inQuote(k) || t[k].kind !== 'word' || (k > sa && isCap(t[k]))) continue;
    const w = t[k].lower;
    if (/^(soll|sollen)$/.test(w)) {
      // The hedge detector decides what is reportive („soll … genommen haben“); one rule, not two.
      if (reportive.has(t[k].start)) return 'strong';
      // Plans and demands passed on („Juventus soll absteigen“) continue the speech before them.
      weak = true;
      continue;
    }
    if (!konj.is(w, t[k - 1]?.lower) || MODAL_II.test(w)) continue;
    if (KONJUNKTIV_II.test(w)) weak = true;
    else if (k > sa) return 'strong';
  }
  return weak ? 'weak' : null;
}


/** The end of the clause starting at a: the sentence end, or the token before a comma that opens a main clause. */
function clauseEndAfter(t: Token[], a: number, end: number): number {
  for (let k = a; k < end; k++) {
    if (t[k].text !== ',' || !t[k + 1]) continue;
    if (/^(kann|konnte|wird|wurde|ist|war|hat|hatte|sind|waren|haben|hatten|werden|wurden|blieb|blieben)$/.test(t[k + 1].lower)) return k - 1;
    // „die Ankündigung, den Hafen zu verlassen, kam überraschend“: a zu-infinitive closed by a comma.
    if (t[k - 2]?.lower === 'zu' && t[k + 1].kind === 'word' && !isCap(t[k + 1]) && !/^(und|oder|sowie|aber|sondern|um|ohne|statt|anstatt)$/.test(t[k + 1].lower)) return k - 1;
  }
  return end;
}

function lowerTokenIndex(t: Token[], pos: number): number {
  let lo = 0, hi = t.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (t[mid].start <= pos) lo = mid; else hi = mid - 1;
  }
  return lo;
}
