import { family } from '../../engine/rule';
import { clauseOf, vagueOr } from './clause';
import { found, type Found, type HedgeContext, type HedgeRule, type SenseGuard } from './context';
import { BELIEF_VERB_SENSES, WORD_SENSES } from './senses';

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
