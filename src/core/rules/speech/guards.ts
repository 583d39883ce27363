// Verbs of saying that frame nothing where they stand: the rules that reject a verb before the
// frame rules try it. Any guard that rejects sends the run on to the next verb.
import { CONTENT_OPENERS, hasContentClause, hasMainVerb, invertedSubject, inRelativeClause, opensSubordinate } from '../../grammar/clauses';
import { AUXILIARIES, DETERMINERS, INSEPARABLE_PARTICIPLE, isPassiveParticiple, PARTICIPLE, PREPOSITIONS, PRONOMINAL_ADVERB, SUBJECT_PRONOUNS } from '../../grammar/words';
import { isCap, type Token } from '../../tokens';
import { hasKonjunktiv, type VerbContext, type VerbGuard } from './context';
import { heisstBefore, invertedSayingFrame, laterVerb, speakingSubject } from './helpers';

/**
 * „Ein Beamter, den die Zeitung zitiert, kommentierte, …“: a verb in a relative clause is no frame
 * when the main clause has a verb of saying of its own, nor inside the content of a „heißt es“
 * before it („Im Protokoll steht, dass Vereine, denen man unterstellte, …“).
 */
export const inRelativeClauseGuard: VerbGuard = {
  id: 'speech/not-a-frame/relative-clause',
  description: 'A verb of saying in a relative clause frames nothing when the main clause has a frame of its own.',
  rejects({ st, v, sa, sb, end, inQuote }: VerbContext): boolean {
    return inRelativeClause(st, v, sa) && (laterVerb(st, st.clauseEnd(v + 1, sb), end, sb, inQuote) || heisstBefore(st.tokens, sa, v, inQuote));
  },
};

/** „ist als Beleg zu bewerten“ asks; a „zu“ infinitive with its content still frames („lag ihr daran zu betonen, dass …“). */
export const infinitiveAtEnd: VerbGuard = {
  id: 'speech/not-a-frame/zu-infinitive-at-end',
  description: 'A „zu“ infinitive closing the sentence („ist zu bewerten“) reports nothing.',
  rejects({ st, v, end }: VerbContext): boolean {
    return st.tokens[v - 1]?.lower === 'zu' && v >= end;
  },
};

/**
 * „Ruhe finden die Lotsen dadurch, dass sie …“: a „dass“ clause announced by „dadurch“ says by
 * what means, not what was said or thought.
 */
export const meansClause: VerbGuard = {
  id: 'speech/not-a-frame/means-clause',
  description: '„dadurch, dass …“ names a means, not the content of the verb before it.',
  rejects({ st, c, end }: VerbContext): boolean {
    const t = st.tokens;
    return c < end && t[c].text === ',' && t[c - 1]?.lower === 'dadurch' && t[c + 1]?.lower === 'dass';
  },
};

/** Words of degree that announce a clause of result: „so leise, dass …“, „dermaßen viele Versionen, dass …“. */
const DEGREE = /^(so|dermaßen|derart|derartig|solch|solche|solcher|solches|solchen|dergestalt)$/;

/**
 * „Die Lotsin sprach so leise, dass niemand sie verstand“, „erzählten derart verschiedene
 * Versionen, dass …“: a „dass“ clause announced by a word of degree tells the result, not what was
 * said. (Not a comparison: „sagte so deutlich wie nie, dass …“.)
 */
export const resultClause: VerbGuard = {
  id: 'speech/not-a-frame/result-clause',
  description: '„so …, dass“, „derart …, dass“: a clause announced by a word of degree tells a result, not what was said.',
  rejects(ctx: VerbContext): boolean {
    const { st, v, c, end } = ctx;
    const t = st.tokens;
    // (A clause in Konjunktiv I is reported all the same: „sagte nur so viel, dass der Kai gesperrt bleibe“.)
    if (!(c < end && t[c].text === ',' && t[c + 1]?.lower === 'dass') || hasKonjunktiv(ctx, c + 2, end, true)) return false;
    // (Nor when a pronominal adverb takes the clause: „sieht einen solchen Dienst darin, dass …“.)
    if (PRONOMINAL_ADVERB.test(t[c - 1].lower)) return false;
    for (let k = v + 1; k < c; k++) if (t[k].lower === 'wie' || t[k].lower === 'als') return false;
    for (let k = Math.max(v + 1, c - 4); k < c; k++) if (DEGREE.test(t[k].lower)) return true;
    return false;
  },
};

/** „anders als das Militär behauptet“ contradicts the claim; it does not report it. */
export const andersAls: VerbGuard = {
  id: 'speech/not-a-frame/anders-als',
  description: '„anders als X behauptet“ contradicts; it reports nothing.',
  rejects({ st, verbClause, sa }: VerbContext): boolean {
    return verbClause > sa && st.tokens[verbClause].lower === 'anders';
  },
};

/** Participles that with „wie“ and no subject point to the paper's own report or to an expectation: „wie berichtet“, „wie erwartet“. */
const OWN_REPORT = /^(berichtet|gemeldet|erwähnt|angekündigt|erwartet|befürchtet|vermutet|erhofft|vorhergesagt|prognostiziert)$/;
const EARLIER = /^(bereits|schon|gestern|vorgestern|zuvor|kürzlich|mehrfach|mehrmals|ausführlich|ebenfalls|auch|erst|wiederholt)$/;

/**
 * „…, wie (bereits) berichtet, …“: the paper points to its own reporting; „Wie erwartet gewann
 * …“: what came was foreseen. Nobody's words follow.
 */
export const wieBerichtet: VerbGuard = {
  id: 'speech/not-a-frame/wie-berichtet',
  description: '„wie berichtet“, „wie erwartet“ without a subject: the paper\'s own earlier report or a foreseen outcome, no one\'s speech.',
  rejects({ st, v, verbClause }: VerbContext): boolean {
    const t = st.tokens;
    if (!OWN_REPORT.test(t[v].lower) || t[verbClause].lower !== 'wie' || v - verbClause > 4) return false;
    // Only adverbs of time between („wie bereits berichtet“): a subject („wie die Zeitung berichtet“,
    // „wie hafen-online.de berichtet“) makes a frame.
    for (let k = verbClause + 1; k < v; k++) if (!EARLIER.test(t[k].lower)) return false;
    return true;
  },
};

/** „„Onkel Jan“, wie man den Lotsen nannte, blieb …“: a verb of naming in a „wie“ clause gives a name; nobody's words follow. */
export const wieGenannt: VerbGuard = {
  id: 'speech/not-a-frame/wie-genannt',
  description: '„wie X genannt wird“, „wie sie ihn nennen“: a verb of naming in a „wie“ clause gives a name, not a frame.',
  rejects({ st, verb, verbClause }: VerbContext): boolean {
    return verb.entry.cls === 'name' && st.tokens[verbClause].lower === 'wie';
  },
};

/** „drohen“ threatens only with someone threatening: „…, drohe ein Chaos“ looms. */
export const impersonalDrohen: VerbGuard = {
  id: 'speech/not-a-frame/impersonal-drohen',
  description: '„drohen“ without a subject that can speak („es droht ein Chaos“) is no threat uttered.',
  rejects({ st, v, verb, sa, sb }: VerbContext): boolean {
    return verb.entry.lemma === 'drohen' && !speakingSubject(st, v, verb.entry, sa, sb, 1);
  },
};

/**
 * Senses of a frame verb that frame nothing: „ergab sich“ (arose: „Dabei ergaben sich Probleme: …“),
 * „halten“ without „für“ (hold: „der Versuch, sich am Kai zu halten, …“),
 * „zu sehen sein“ (be visible: „Im Hafen sind drei Fähren zu sehen: …“) and, with nothing after it,
 * any verb with „zu“ and „sein“ (what may be expected: „… als zu erwarten war.“).
 */
export const otherSense: VerbGuard = {
  id: 'speech/not-a-frame/other-sense',
  description: '„ergab sich“ (arose), „zu sehen sein“ (be visible), „zu erwarten sein“ with nothing after it, „schließen“ without a dass clause (close) and „halten“ without „für“ (hold) frame nothing.',
  rejects({ st, v, verb, sa, c, end, verbClause }: VerbContext): boolean {
    const t = st.tokens;
    // „halten“ holds an opinion only „für“ something: „hält es für denkbar, dass …“, „halten den Plan, der …,
    // für falsch“; not „der Versuch, sich am Kai zu halten, …“.
    if (verb.entry.lemma === 'halten') return !t.slice(verbClause, end + 1).some((x) => x.lower === 'für');
    // „schließen“ concludes only with a dass clause after it, never as „geschlossen“: „schlossen die
    // Forscherinnen, dass …“, not „Die Stadt hatte den Kai geschlossen, weil …“.
    if (verb.entry.lemma === 'schließen') return t[v].lower === 'geschlossen' || t[c]?.text !== ',' || !/^(dass|daß)$/.test(t[c + 1]?.lower ?? '');
    // (With a dass clause it still says where a finding comes from: „Aus dem Bericht ergibt sich, dass …“.)
    if (verb.entry.lemma === 'ergeben') return (t[v + 1]?.lower === 'sich' || t[v - 1]?.lower === 'sich') && !hasContentClause(t, v, end);
    if (t[v - 1]?.lower !== 'zu') return false;
    // (Any verb so, with nothing after it to frame: „…, was in dieser Klasse zu erwarten ist.“ is
    // what one may expect, nobody's words; „Dazu war zu hören, …“ still frames.)
    if (verb.entry.lemma !== 'sehen' && t.slice(v + 1, end + 1).some((x) => x.text === ',' || x.text === ':')) return false;
    for (let k = st.verbClauseStart(v, sa); k <= v + 1 && k < t.length; k++) if (FORMS_OF_SEIN.test(t[k].lower)) return true;
    return false;
  },
};

const FORMS_OF_SEIN = /^(ist|sind|war|waren|sei|seien|sein|wäre|wären)$/;

/**
 * A verb of thinking or perceiving before a colon frames what follows only as a finite verb of
 * opinion („Roth findet: …“, „Die Lotsin sieht es so: …“). Not as a zu-infinitive („um das Bild
 * zu sehen: …“), in the passive („500 Gäste werden erwartet: …“), nor „finden“ with an object or
 * „sich“ („fand ihn in Jan Roth: …“, „die sich auf jeder Seite finden: …“): seeing, awaiting and
 * finding are no opinion.
 */
export const perceivingBeforeColon: VerbGuard = {
  id: 'speech/not-a-frame/perceiving-before-colon',
  description: 'A verb of thinking before a colon as a zu-infinitive, in the passive, or „finden“ with an object frames nothing.',
  rejects({ st, v, verb, c, sa, end }: VerbContext): boolean {
    const t = st.tokens;
    if (verb.entry.cls !== 'think' || !(c < end && t[c].text === ':')) return false;
    if (t[v - 1]?.lower === 'zu') return true;
    const clause = t.slice(st.verbClauseStart(v, sa), c);
    if (isPassiveParticiple(t[v].lower) && clause.some((x) => /^(werden|wird|wurde|wurden)$/.test(x.lower))) return true;
    return verb.entry.lemma === 'finden' && clause.some((x) => /^(sich|ihn|ihm|ihnen|es|das|den|einen)$/.test(x.lower));
  },
};

/** „lobte X und ergänzte, …“: the later coordinated verb takes the content, when there is content. */
export const laterVerbTakesContent: VerbGuard = {
  id: 'speech/not-a-frame/later-verb-takes-content',
  description: 'Of two coordinated verbs of saying, the later one frames the content after them.',
  rejects({ later, c, end }: VerbContext): boolean {
    return later && c < end;
  },
};

/**
 * „Das Gesetz, sagte Guo, nennt Gewalt ein Verbrechen“: after a comma another verb with an inverted
 * subject is the sentence's own frame („…, wie gut Menschen informiert sind, erklärte X“), so this
 * verb belongs to the content. (Not after a „wie“ frame, whose content opens with its verb: „Wie X
 * erklärte, sieht die Regierung …“.)
 */
export const frameFollows: VerbGuard = {
  id: 'speech/not-a-frame/frame-follows',
  description: 'A verb of saying inside content that an inverted frame after it governs („…, sagte X, …“).',
  rejects({ st, v, c, end, sa, sb, verbClause }: VerbContext): boolean {
    const t = st.tokens;
    return c < end && t[c].text === ',' && verbClause < v && !wieOpens(t, verbClause) && !wieOpens(t, sa) && !!st.verbAt(c + 1, sb) && invertedSubject(st, c + 1, sb);
  },
};

/**
 * „Sie werden über die Schäden informieren, wie sie ankündigten.“: a closing „wie“ clause that ends
 * in a verb of saying is the frame of what stands before it (speech/closing-wie), not this verb's content.
 */
export const closingWieFollows: VerbGuard = {
  id: 'speech/not-a-frame/closing-wie-follows',
  description: 'A closing „…, wie X ankündigte“ is the frame of the words before it, not the content of a verb there.',
  rejects({ st, v, c, end, sb }: VerbContext): boolean {
    const t = st.tokens;
    if (!(c < end && c > v && t[c].text === ',' && wieOpens(t, c + 1))) return false;
    const e = st.clauseEnd(c + 2, sb);
    if (e < end || e - c > 12) return false;
    const last = t[e - 1];
    return last?.kind === 'word' && !!st.verbAt(e - 1, sb);
  },
};

/** „wie“ at k opening a clause with its subject („wie X mitteilte“, „wie er sagte“). */
function wieOpens(t: Token[], k: number): boolean {
  return t[k]?.lower === 'wie' && !!t[k + 1] && (isCap(t[k + 1]) || DETERMINERS.has(t[k + 1].lower) || /^(er|sie|es|man|wir)$/.test(t[k + 1].lower));
}

/**
 * „Auch die Reederei rechnet nicht mit mehr Fracht: Der Umsatz werde sinken, heißt es im
 * Quartalsbericht.“: words after a colon that close with a frame of their own („…, heißt es in …“,
 * „…, sagte X“) are that frame's; a verb before the colon only leads to them, and a verb inside them
 * („…: Ich will die Lotsen überzeugen, dass …, betonte sie“) is part of them.
 */
const COLON_REACH = 80;

export const colonContentFramed: VerbGuard = {
  id: 'speech/not-a-frame/colon-content-framed',
  description: 'After a colon, words with a closing frame of their own („…: …, heißt es im Bericht“) belong to that frame.',
  rejects(ctx: VerbContext): boolean {
    const k = closingFrameComma(ctx);
    if (k < 0 || ctx.v > k) return false;
    // (The look back is bounded, as the guard runs at every verb of a sentence.)
    const from = Math.max(ctx.sa, k - COLON_REACH);
    const colon = colonBetween(ctx, from, k - 2);
    return colon > from && !mainClauseAfter(ctx, colon, k);
  },
};

/** The last colon outside quotations after token `from` and before `to`, else -1. */
function colonBetween({ st, inQuote }: VerbContext, from: number, to: number): number {
  for (let j = to - 1; j > from; j--) if (st.tokens[j].text === ':' && !inQuote(j)) return j;
  return -1;
}

/**
 * „Die Lotsin warnt, dass der Kai bricht, sagte der Kapitän.“: a short frame with its subject after
 * the verb that closes the sentence governs every word before it, so a verb of saying there is part
 * of the content (in the speaker's own words: „Ich sehe, dass …, erklärte sie“). After a colon the
 * guard above decides; a subordinate clause with its main clause before the comma has no closing
 * frame („Wenn zwei Fähren zugleich anlegen, erklärt das den Stau“).
 */
export const closingFrameGoverns: VerbGuard = {
  id: 'speech/not-a-frame/closing-frame-governs',
  description: 'A verb of saying before a closing frame („…, dass …, sagte X“) is part of that frame\'s content.',
  rejects(ctx: VerbContext): boolean {
    const { v, sa } = ctx;
    const k = closingFrameComma(ctx);
    if (k < 0 || v > k) return false;
    // (Bounded like the colon guard, as it runs at every verb of a sentence.)
    const from = Math.max(sa, k - COLON_REACH);
    if (v < from || colonBetween(ctx, from - 1, k) >= 0) return false;
    return !mainClauseAfter(ctx, from - 1, k);
  },
};

/**
 * Whether the words between a colon and a closing comma are only a subordinate clause and the
 * main clause that follows it („…: Wenn zwei Lotsen aufeinandertreffen, ergibt das Streit.“): then
 * the verb after the comma is that main clause's, no closing frame.
 */
function mainClauseAfter({ st, inQuote, konj }: VerbContext, colon: number, k: number): boolean {
  const t = st.tokens;
  let open = k - 1;
  while (open > colon && !(t[open].text === ',' && !inQuote(open))) open--;
  const subordinate = opensSubordinate(st, open + 1) || CONTENT_OPENERS.has(t[open + 1]?.lower ?? '') || st.opensRelativeClause(open + 1);
  return subordinate && (open === colon || !hasMainVerb(st, colon + 1, open - 1, konj));
}

/**
 * The comma before a short frame that ends the sentence with a verb of saying and its inverted
 * subject, or with „heißt es“ („…, sagte die Lotsin am Montag.“), else -1.
 */
function closingFrameComma({ st, sa, end, sb, inQuote }: VerbContext): number {
  const t = st.tokens;
  let k = end;
  while (k > Math.max(sa, end - 12) && !(t[k].text === ',' && !inQuote(k))) k--;
  if (t[k]?.text !== ',' || st.clauseEnd(k + 1, sb) < end) return -1;
  const heisst = /^(heißt|hieß)$/.test(t[k + 1]?.lower ?? '') && t[k + 2]?.lower === 'es';
  return heisst || invertedSayingFrame(st, k + 1, sb) ? k : -1;
}

/**
 * „Kurz gesagt: …“, „Ehrlich gesagt, …“, „Anders ausgedrückt: …“: a participle of saying that
 * opens the sentence after a word or two of manner, with no auxiliary, says how the writer puts it.
 */
export const mannerOfSaying: VerbGuard = {
  id: 'speech/not-a-frame/manner-of-saying',
  description: '„Kurz gesagt:“, „Anders ausgedrückt,“: a participle of saying opening the sentence says how the writer puts it; no one speaks.',
  rejects({ st, v, sa }: VerbContext): boolean {
    const t = st.tokens;
    if (v - sa > 2 || !PARTICIPLE.test(t[v].lower) || !/^[,:]$/.test(t[v + 1]?.text ?? '')) return false;
    for (let k = sa; k < v; k++) if (t[k].kind !== 'word' || DETERMINERS.has(t[k].lower) || SUBJECT_PRONOUNS.has(t[k].lower) || AUXILIARIES.has(t[k].lower)) return false;
    return true;
  },
};

/**
 * „in geschätzt 100 Jahren“, „die geschätzten 40 Boote“: a participle between a preposition or
 * article and a number says how the number was got. („haben angekündigt 25 Fähren zu bauen“ frames.)
 */
export const participleBeforeNumber: VerbGuard = {
  id: 'speech/not-a-frame/before-a-number',
  description: 'A participle right before a number („in geschätzt 100 Jahren“) qualifies the number; it frames nothing.',
  rejects({ st, v }: VerbContext): boolean {
    const t = st.tokens;
    const before = t[v - 1]?.lower ?? '';
    return isPassiveParticiple(t[v].lower) && t[v + 1]?.kind === 'number' && (PREPOSITIONS.has(before) || DETERMINERS.has(before));
  },
};

/** The first words of a participial adjunct: adverbs and a phrase („Danach“, „Auf die Kosten“). */
const ADJUNCT_LEAD = 4;

/**
 * „Gefragt nach dem Kai, sagte die Lotsin, …“, „Darauf angesprochen sagte Roth, …“: a participle
 * that opens the sentence with no auxiliary of its own is an adjunct of the main clause, whose verb
 * of saying frames the content. (Not „Gefragt wurde, ob …“: with its auxiliary it is the predicate.)
 */
export const participialAdjunct: VerbGuard = {
  id: 'speech/not-a-frame/participial-adjunct',
  description: '„Gefragt nach X, sagte Y, …“: a participle opening the sentence without an auxiliary is an adjunct; the later verb of saying frames.',
  rejects({ st, v, sa, sb, end, inQuote }: VerbContext): boolean {
    const t = st.tokens;
    if (v - sa > ADJUNCT_LEAD || !(PARTICIPLE.test(t[v].lower) || INSEPARABLE_PARTICIPLE.test(t[v].lower))) return false;
    for (let k = sa; k < v; k++) if (t[k].kind !== 'word' || AUXILIARIES.has(t[k].lower) || st.verbAt(k, sb)) return false;
    // The main clause's finite verb follows the adjunct (a phrase and a comma may stand between),
    // and it is a verb of saying, not the participle's auxiliary.
    let k = v + 1;
    while (k < end && k - v <= 8 && !(t[k].kind === 'word' && !isCap(t[k]) && !PREPOSITIONS.has(t[k].lower) && !DETERMINERS.has(t[k].lower))) k++;
    if (k >= end || AUXILIARIES.has(t[k].lower)) return false;
    // (The main clause's verb comes right after the adjunct's comma; after a comma and a noun phrase
    // the participle was a finite verb with its content: „Jan Ohm bestritt, die Pläne gelobt zu haben“.)
    const comma = t.slice(v + 1, k).findIndex((w) => w.text === ',');
    if (comma >= 0 && v + 1 + comma !== k - 1) return false;
    return laterVerb(st, k, k, sb, inQuote);
  },
};

/**
 * „Die Lotsin hat sich für den Kai entschieden, dieser sei aber zu kurz“: with „sich für/gegen“ and a
 * noun phrase the choice is named; the clause after the comma is no content of the decision („hat
 * sich dafür entschieden, … zu …“ still frames it).
 */
export const decidedFor: VerbGuard = {
  id: 'speech/not-a-frame/decided-for',
  description: '„sich für X entscheiden“: a choice named by its noun phrase; the clause after it is no content of the decision.',
  rejects({ st, verb, verbClause, c }: VerbContext): boolean {
    if (verb.entry.cls !== 'decide') return false;
    const t = st.tokens;
    let reflexive = false;
    for (let k = verbClause; k < c; k++) {
      if (t[k].lower === 'sich') reflexive = true;
      // (An article, a name or a noun after „für/gegen“: not „dafür“, which announces the clause.)
      else if (reflexive && /^(für|gegen)$/.test(t[k].lower) && t[k + 1]?.kind === 'word' && (DETERMINERS.has(t[k + 1].lower) || isCap(t[k + 1]))) return true;
    }
    return false;
  },
};

export const VERB_GUARDS: readonly VerbGuard[] = [participialAdjunct, decidedFor, inRelativeClauseGuard, infinitiveAtEnd, meansClause, resultClause, andersAls, wieBerichtet, wieGenannt, impersonalDrohen, otherSense, perceivingBeforeColon, mannerOfSaying, participleBeforeNumber, laterVerbTakesContent, frameFollows, closingWieFollows, colonContentFramed, closingFrameGoverns];
