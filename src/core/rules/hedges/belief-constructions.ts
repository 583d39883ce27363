import { clauseBounds, vagueOr } from './clause';
import { found, type Found, type HedgeContext, type HedgeRule } from './context';

const GEHEN = new Set(['geht', 'gehen', 'ging', 'gingen', 'gehe', 'gehst', 'gegangen']);
const RECHNEN = new Set(['rechnet', 'rechnen', 'rechnete', 'rechneten', 'rechne', 'gerechnet']);

/** „geht/ging (dabei) davon aus“, „wird davon ausgegangen“: the cue runs from the verb to „aus“. */
export const davonAusgehen: HedgeRule = {
  id: 'hedges/davon-ausgehen',
  description: '„davon ausgehen“ („geht davon aus“, „wird davon ausgegangen“): a belief.',
  appliesTo: (w) => w === 'davon',
  match({ toks, i, lex }: HedgeContext): Found | null {
    if (!(toks[i].lower === 'davon' && (toks[i + 1]?.lower === 'aus' || /^aus(gegangen|zugehen)$/.test(toks[i + 1]?.lower ?? '')))) return null;
    let v = i;
    for (let k = i - 1; k >= Math.max(0, i - 5); k--) if (GEHEN.has(toks[k].lower)) { v = k; break; }
    return found(toks, v, i + 1, vagueOr(toks, v, lex, 'belief'), davonAusgehen.id);
  },
};

/** „geht die Behörde von einem Problem aus“: the finite verb carries the cue. */
export const vonEtwasAusgehen: HedgeRule = {
  id: 'hedges/von-etwas-ausgehen',
  description: '„geht … von … aus“: the verb of a belief with its object between.',
  appliesTo: (w) => GEHEN.has(w),
  match({ toks, i, lex }: HedgeContext): Found | null {
    if (!GEHEN.has(toks[i].lower)) return null;
    const [, b] = clauseBounds(toks, i);
    if (toks[b].lower !== 'aus' || !toks.slice(i + 1, b).some((x) => x.lower === 'von')) return null;
    return found(toks, i, i, vagueOr(toks, i, lex, 'belief'), vonEtwasAusgehen.id);
  },
};

/** „rechnet mit einer Einigung“, „rechnen damit, dass …“: an expectation. */
export const rechnenMit: HedgeRule = {
  id: 'hedges/rechnen-mit',
  description: '„rechnen mit“: an expectation.',
  appliesTo: (w) => RECHNEN.has(w),
  match({ toks, i, lex }: HedgeContext): Found | null {
    if (!RECHNEN.has(toks[i].lower) || !toks.slice(i + 1, i + 5).some((x) => x.lower === 'mit' || x.lower === 'damit')) return null;
    return found(toks, i, i, vagueOr(toks, i, lex, 'belief'), rechnenMit.id);
  },
};

/** The words a sentence needs for these rules to run (the hedge gate, hedges.ts). */
export const BELIEF_CONSTRUCTION_WORDS: readonly string[] = [...GEHEN, ...RECHNEN, 'davon'];
