import { family } from '../../engine/rule';
import type { Token } from '../../tokens';
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

/**
 * „Ein Matrose soll Geld genommen haben, indem er …“, „Der Kapitän will nichts gesehen haben,
 * dennoch …“: a verb-second „soll“/„will“ whose verb group closes at a comma the main clause runs on
 * past (no clause opener after it, so the clause's last words are not its verb group). A perfect
 * infinitive right before that comma is the claimed past. Found after the word's own sense test
 * rejected it; the speech rules do not read it as a marker of reported speech (analyze.ts), since
 * the sentence around it goes on in the author's voice.
 */
const REPORTIVE_MODAL = /^(soll|sollen|will|wollen)$/;
export const reportiveBeforeComma: HedgeRule = {
  id: 'hedges/reportive-before-comma',
  description: '„soll Geld genommen haben, indem …“: a reportive „soll“/„will“ whose perfect infinitive closes at a comma.',
  appliesTo: (w) => REPORTIVE_MODAL.test(w),
  match({ toks, i }: HedgeContext): Found | null {
    if (!REPORTIVE_MODAL.test(toks[i].lower) || toks[i + 1]?.kind !== 'word' || toks[toks.length - 1]?.text === '?') return null;
    const words: Token[] = [];
    for (let k = i + 1; k < Math.min(toks.length, i + 30); k++) {
      const t = toks[k];
      if (t.text === ',') return claimedPast(words) ? found(toks, i, i, 'reportive', reportiveBeforeComma.id, clauseOf(toks, i)) : null;
      // (Hyphens of „42-Jährigen“ and brackets stand inside the clause.)
      if (t.kind === 'punct' && !/^[()-]$/.test(t.text)) return null;
      if (t.kind === 'word') words.push(t);
    }
    return null;
  },
};

/**
 * „genommen haben“, „geschlossen worden sein“, „gewesen sein“: a participle of the stricter shapes
 * before „haben“/„sein“ (so that „wieder lebenswert sein“ stays an adjective); before „haben“ also
 * a strong one without „ge“ („erhalten haben“, „entschlossen haben“).
 */
function claimedPast(words: Token[]): boolean {
  const n = words.length;
  if (n < 2 || !/^(haben|sein)$/.test(words[n - 1].lower)) return false;
  const p = words[n - 2];
  return p.text === p.lower && (/^(worden|gewesen)$/.test(p.lower) || /^(\p{L}{2,5})?ge\p{L}{2,}(t|en)$/u.test(p.lower) || /^(be|er|ent|ver|zer)\p{L}{2,}t$/u.test(p.lower) || (words[n - 1].lower === 'haben' && /^(be|er|ent|ver|zer)\p{L}{2,}en$/u.test(p.lower)) || /\p{L}{3,}iert$/u.test(p.lower));
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
