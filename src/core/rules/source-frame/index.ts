// Source frames: prepositional phrases that name where a statement comes from („laut X“, „X
// zufolge“, „nach Angaben von X“). Used by quote attribution and by reported speech.
import { withRule, type Attribution } from '../../attribution';
import { lowerTokenIndex } from '../../grammar/clauses';
import { CONJUNCTIONS, DETERMINERS, PREPOSITIONS } from '../../grammar/words';
import { isCapitalized, type Token } from '../../tokens';
import { DEFAULT_ENGINE, type RuleEngine } from '../../engine/engine';
import { family } from '../../engine/rule';
import type { NP, SentenceTokens } from '../../grammar/view';
import type { FrameContext, FrameRule } from './context';
import { laut } from './laut';
import { nachSourceNoun } from './nach-source-noun';
import { nounBeforeNach } from './noun-before-nach';
import { zufolge } from './zufolge';

export const SOURCE_FRAME = family<FrameRule>('source-frame', 'Prepositional phrases that name a source', [laut, zufolge, nounBeforeNach, nachSourceNoun]);

/** The stage that lets a named source win over an unnamed one in the same sentence. */
export const NAMED_BEATS_VAGUE = 'source-frame/named-beats-vague';

/** Rules by the word they start at, in family order. */
const byWord = new Map<string, FrameRule[]>();
for (const rule of SOURCE_FRAME.rules) for (const w of rule.words) byWord.set(w, [...(byWord.get(w) ?? []), rule]);

/** Sources that name no one: „nicht näher genannten Quellen“, „Insidern“, „aus gut unterrichteten Kreisen“. */
const VAGUE_SOURCE = /(^|\s)(Quellen|Kreisen|Insidern|Informanten)$|ungenannt|nicht näher genannt|anonym/;

/** The first source frame outside quotations in [sa, sb); a named source beats an unnamed one. */
export function prepositionalCue(st: SentenceTokens, sa: number, sb: number, inQuote: (i: number) => boolean, engine: RuleEngine = DEFAULT_ENGINE): Attribution | null {
  const first = firstFrame(st, sa, sb, inQuote, engine);
  // „Ungenannten Quellen zufolge geht es laut „Hafenblatt“ um …“.
  if (first?.speaker && first.cue && VAGUE_SOURCE.test(first.speaker.text) && engine.enabled(NAMED_BEATS_VAGUE)) {
    let after = sa;
    while (after < sb && st.tokens[after].start < first.cue.end) after++;
    const named = firstFrame(st, after, sb, inQuote, engine);
    if (named?.speaker && !VAGUE_SOURCE.test(named.speaker.text)) return named;
  }
  return first;
}

/** A lower-case word at k that can be the finite verb going on after a source: „…, Jan Roth, ist …“ (no article, preposition or conjunction). */
export function verbGoesOnAt(t: readonly Token[], k: number): boolean {
  const w = t[k];
  return w?.kind === 'word' && !isCapitalized(w) && !DETERMINERS.has(w.lower) && !PREPOSITIONS.has(w.lower) && !CONJUNCTIONS.has(w.lower);
}

/** The apposition in commas after the source ending at e, when the clause goes on after it: „…, Jan Roth, ist …“, „…, dem Chef der Reederei, ist …“. */
export function appositionAfter(st: SentenceTokens, e: number, sb: number): NP | null {
  const t = st.tokens;
  if (t[e + 1]?.text !== ',') return null;
  const apposition = st.nounPhrase(e + 2, sb);
  return apposition && t[apposition[1] + 1]?.text === ',' && verbGoesOnAt(t, apposition[1] + 2) ? apposition : null;
}

/**
 * The source with its apposition in commas, when a name or a role without article stands there
 * and the clause goes on after it: „nach den Worten des Parteichefs, Jan Roth, handelt es sich …“.
 */
function withApposition(st: SentenceTokens, a: Attribution, sb: number): Attribution {
  const t = st.tokens;
  if (!a.speaker) return a;
  const e = lowerTokenIndex(t, a.speaker.end - 1);
  const first = t[e + 2];
  if (first?.kind !== 'word' || !isCapitalized(first) || DETERMINERS.has(first.lower)) return a;
  const apposition = appositionAfter(st, e, sb);
  return apposition ? withRule(a, a.rule, st.span(lowerTokenIndex(t, a.speaker.start), apposition[1])) : a;
}

function firstFrame(st: SentenceTokens, sa: number, sb: number, inQuote: (i: number) => boolean, engine: RuleEngine): Attribution | null {
  const t = st.tokens;
  const ctx: FrameContext = { st, j: sa, sa, sb };
  for (let j = sa; j < sb; j++) {
    if (inQuote(j)) continue;
    const rules = byWord.get(t[j].lower);
    if (!rules) continue;
    ctx.j = j;
    const fired = engine.first(rules, ctx);
    if (fired) return withApposition(st, fired.out, sb);
  }
  return null;
}
