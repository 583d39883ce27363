import { family } from '../../engine/rule';
import { AUXILIARIES, RELATIVE_PRONOUN } from '../../grammar/words';
import type { Token } from '../../tokens';
import { clauseOf, isCapitalWord, PARTICIPLE, unmistakablePast, vagueOr } from './clause';
import { found, type Found, type HedgeContext, type HedgeRule, type SenseGuard } from './context';
import { BELIEF_VERB_SENSES, plannedFuture, WORD_SENSES } from './senses';

/** The sense tests by the word (or verb lemma) they test; `*` tests every belief verb. */
const wordSenses = byWord(family('hedges/sense', 'Readings of hedge words that hedge nothing', WORD_SENSES).rules);
const verbSenses = byWord(family('hedges/sense', 'Readings of belief verbs that hedge nothing', BELIEF_VERB_SENSES).rules);

function byWord(guards: readonly SenseGuard[]): Map<string, SenseGuard[]> {
  const map = new Map<string, SenseGuard[]>();
  for (const g of guards) for (const w of g.words) map.set(w, [...(map.get(w) ?? []), g]);
  return map;
}

/** A single hedge word of the lexicon („vermutlich“, „angeblich“, „dürfte“, „soll“), kept when its sense tests pass. */
export const hedgeWord: HedgeRule = {
  id: 'hedges/word',
  description: 'A hedge word of the lexicon („vermutlich“, „angeblich“, „dürfte“), in its hedging sense.',
  appliesTo: (_w, entry) => !!entry?.kind,
  match(ctx: HedgeContext): Found | null {
    const { toks, i, lex, engine } = ctx;
    const kind = lex.lookup(toks[i].lower)?.kind;
    if (!kind) return null;
    const guards = wordSenses.get(toks[i].lower);
    if (guards && engine.rejecting(guards, ctx)) return null;
    return found(toks, i, i, kind, hedgeWord.id, kind === 'reportive' ? clauseOf(toks, i) : undefined);
  },
};

/**
 * „Ein Matrose soll Geld genommen haben, indem er …“, „Der Kapitän will nichts gesehen haben,
 * dennoch …“: a verb-second „soll“/„will“ whose clause the clause test cuts short — at a comma
 * the main clause runs on past, or at a relative clause
 * or an apposition inside it („soll Jan Ohm, der dort arbeitete, Geld genommen haben“). Its verb
 * group is then the end of a later stretch between commas: a perfect infinitive there is the
 * claimed past. The search stops at a subordinate clause („…, obwohl sie gekündigt haben“ is not
 * the modal's). Found after the word's own sense test rejected it; the speech rules do not read
 * it as a marker of reported speech (analyze.ts), since the sentence around it may go on in the
 * author's voice.
 */
const REPORTIVE_MODAL = /^(soll|sollen|solle|will|wollen|wolle)$/;
/** Words that open a clause of its own after a comma: its verbs are not the modal's. */
const SUBORDINATOR = /^(dass|daß|weil|ob|wenn|falls|als|nachdem|bevor|obwohl|obgleich|damit|während|indem|da|sodass|um|ohne|statt|anstatt|seit|seitdem|bis|sobald|solange|wo|wie|was|wer|warum|weshalb|sagte|sagt|so|hieß|heißt)$/;
/** How far the search reads: a long sentence's clauses, not a paragraph. */
const REACH = 60;
export const reportiveBeforeComma: HedgeRule = {
  id: 'hedges/reportive-before-comma',
  description: '„soll Geld genommen haben, indem …“, „soll X, der …, Geld genommen haben“: a reportive „soll“/„will“ whose perfect infinitive ends a later stretch of its clause.',
  appliesTo: (w) => REPORTIVE_MODAL.test(w),
  match({ toks, i }: HedgeContext): Found | null {
    if (!REPORTIVE_MODAL.test(toks[i].lower) || toks[i + 1]?.kind !== 'word' || toks[toks.length - 1]?.text === '?') return null;
    let words: Token[] = [];
    let later = false;
    // Whether the modal's own stretch ends before its verb group (in a noun: „soll mit Jan Roth, …“).
    let open = false;
    for (let k = i + 1; k < Math.min(toks.length, i + REACH); k++) {
      const t = toks[k];
      const end = t.text === ',' || /^[.!]$/.test(t.text) || k === toks.length - 1;
      if (t.kind === 'word') words.push(t);
      if (end) {
        // A relative clause is passed over; a later stretch with a finite auxiliary of its own is
        // a clause of its own („…, und die Brücke soll repariert worden sein“).
        // (Not where the sentence or the main clause ends while the modal still waits for its
        // verbs: „soll mit Jan Roth, einem Lotsen, die Fähren gesteuert haben.“)
        const closes = t.text !== ',' || SUBORDINATOR.test(toks[k + 1]?.lower ?? '');
        const relative = later && RELATIVE_PRONOUN.test(words[0]?.lower ?? '') && !(open && closes);
        if (later && !relative && words.slice(0, -1).some((w) => AUXILIARIES.has(w.lower))) return null;
        // (A state by a deadline is a plan: „Bis Ende 2027 soll der Kai abgebaut sein“.)
        const planned = words[words.length - 1]?.lower === 'sein' && !/^(gewesen|worden)$/.test(words[words.length - 2]?.lower ?? '') && plannedFuture(toks, i);
        // (The Konjunktiv „solle/wolle“ needs a past no state passive shares: „solle … geprägt sein“ is a wish.)
        const stateOnly = /^(solle|wolle)$/.test(toks[i].lower) && !unmistakablePast(words);
        if (!relative && !planned && !stateOnly && claimedPast(words)) return found(toks, i, i, 'reportive', reportiveBeforeComma.id, clauseOf(toks, i));
        if (t.text !== ',' || SUBORDINATOR.test(toks[k + 1]?.lower ?? '')) return null;
        if (!later) open = isCapitalWord(words[words.length - 1]);
        words = [];
        later = true;
        continue;
      }
      // (Hyphens of „42-Jährigen“ and brackets stand inside the clause.)
      if (t.kind === 'punct' && !/^[()-]$/.test(t.text)) return null;
    }
    return null;
  },
};

/**
 * „genommen haben“, „geschlossen worden sein“, „gewesen sein“: a participle of the stricter shapes
 * (clause.ts PARTICIPLE) before „haben“/„sein“, so that „wieder lebenswert sein“ stays an adjective;
 * also a strong one without „ge“ („erhalten haben“, „verschwunden sein“; not „zu verstehen sein“).
 */
function claimedPast(words: Token[]): boolean {
  const n = words.length;
  if (n < 2 || !/^(haben|sein)$/.test(words[n - 1].lower)) return false;
  const p = words[n - 2];
  return p.text === p.lower && (/^(worden|gewesen)$/.test(p.lower) || PARTICIPLE.test(p.lower) || (words[n - 3]?.lower !== 'zu' && /^(be|er|ent|ver|zer)\p{L}{2,}en$/u.test(p.lower)));
}

/** A verb of belief or appearance („vermuten“, „glauben“, „scheinen“), kept when its sense tests pass. */
export const beliefVerb: HedgeRule = {
  id: 'hedges/belief-verb',
  description: 'A verb of belief or appearance („vermutet“, „glaube“, „scheint“), not used as a noun or possessive.',
  appliesTo: (_w, entry) => !!entry?.verbLemma,
  match(ctx: HedgeContext): Found | null {
    const { toks, i, lex, engine } = ctx;
    const lemma = lex.lookup(toks[i].lower)?.verbLemma;
    if (!lemma) return null;
    if (engine.rejecting(verbSenses.get('*') ?? [], ctx)) return null;
    const guards = verbSenses.get(lemma);
    if (guards && engine.rejecting(guards, ctx)) return null;
    return found(toks, i, i, vagueOr(toks, i, lex, 'belief'), beliefVerb.id);
  },
};

/** „Korruptionsverdacht“, „Polizeischätzungen“, „Übernahmegerüchte“: a compound whose head hedges (lexicon: compoundNouns). */
export const compoundNoun: HedgeRule = {
  id: 'hedges/compound-noun',
  description: 'A compound noun whose head hedges („Korruptionsverdacht“, „Übernahmegerüchte“, „Polizeischätzungen“).',
  appliesTo: () => false,
  match({ toks, i, lex }: HedgeContext): Found | null {
    const kind = lex.compoundKind(toks[i].lower);
    return kind ? found(toks, i, i, kind, compoundNoun.id) : null;
  },
};
