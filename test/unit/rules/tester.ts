// The rule tester: runs ONE rule on one invented sentence (or short text) and checks what it
// finds, in the manner of ESLint's RuleTester. `invalid` cases are texts where the rule fires (it
// "reports"), with what it must find; `valid` cases are texts where it must stay silent.
//
//   ruleTester(rule).run({ valid: ['…'], invalid: [{ text: '…', expect: { cue: 'sagte', speaker: 'er' } }] })
//
// The context each family's rules see is built from the text the way the analyzer builds it; a
// rule is called directly, so no other rule of its family takes part. Discourse rules and stages
// span sentences: they are tested on the whole analysis with `--explain` (which rule decided).
import * as assert from 'node:assert/strict';
import type { Attribution } from '../../../src/core/attribution';
import { Analyzer, getDefaultLexicon, type Quote } from '../../../src/core';
import { RuleEngine } from '../../../src/core/engine/engine';
import type { GuardRule, Rule, RuleInfo, ScoreRule } from '../../../src/core/engine/rule';
import { SentenceTokens } from '../../../src/core/grammar/view';
import { getDefaultHedgeLexicon } from '../../../src/core/hedges';
import { lastContentToken } from '../../../src/core/grammar/clauses';
import type { IndirectQuote } from '../../../src/core/indirect';
import { getKonjunktiv } from '../../../src/core/konjunktiv';
import { scanMarks, type QuoteSpan } from '../../../src/core/marks';
import { ruleById, ruleObject } from '../../../src/core/rules';
import type { HedgeContext } from '../../../src/core/rules/hedges/context';
import { attributeQuote, quoteContext as sharedQuoteContext, type QuoteContext } from '../../../src/core/rules/quote-attribution';
import { quoteEvidence, type Fragment, type QuoteEvidence } from '../../../src/core/rules/quote-or-name';
import type { FrameContext, FrameRule } from '../../../src/core/rules/source-frame/context';
import { NO_SPEECH, speechSignals, type SpeechContext } from '../../../src/core/rules/speech';
import { verbContext, type VerbContext } from '../../../src/core/rules/speech/context';
import { VERB_FRAMES } from '../../../src/core/rules/speech/verb-frames';
import { sentenceFrame } from '../../../src/core/rules/speech/helpers';
import { FRAME } from '../../../src/core/rules/speech/signals';
import { splitSentences } from '../../../src/core/sentences';
import { tokenize, type Token } from '../../../src/core/tokens';
import type { Span } from '../../../src/core/types';

/** What a firing rule must find; every field given is compared, the others are not. */
export interface Expect {
  /** The cue's text (for attributions, speech and hedges). */
  cue?: string | null;
  /** The speaker mention's text. */
  speaker?: string | null;
  /** The text of who passes the words on („laut der BBC“ after „erklärte X“, „wird von der BBC zitiert“). */
  medium?: string | null;
  /** The speech span's text (speech rules) or the quote's text (discourse rules). */
  content?: string;
  type?: Quote['type'];
  /** The weight a quote-or-name rule gives. */
  weight?: number;
  /** The hedge kind. */
  kind?: string;
  /** For guards: the word at which the guard rejects. */
  at?: string;
}

export interface Cases {
  valid: string[];
  invalid: { text: string; expect: Expect }[];
}

/** The family of a rule, read from its id (the registry knows every rule). */
function familyOf(rule: RuleInfo): string {
  const known = ruleById(rule.id);
  assert.ok(known, `${rule.id} is not in the rule registry (src/core/rules/index.ts)`);
  return known.family;
}

/** The tester of a rule, or of a stage named by its id. */
export function ruleTester(ruleOrId: RuleInfo | string) {
  const rule: RuleInfo = typeof ruleOrId === 'string' ? ruleObject(ruleOrId) ?? { id: ruleOrId, description: '' } : ruleOrId;
  const family = familyOf(rule);
  const fire = FIRE[family];
  assert.ok(fire, `no tester for family ${family}`);
  return {
    run({ valid, invalid }: Cases): void {
      describe(rule.id, () => {
        for (const text of valid) {
          it(`stays silent: ${text}`, () => assert.equal(describeOutcome(fire(rule, text)), 'silent', `${rule.id} fired on a valid case`));
        }
        for (const { text, expect } of invalid) {
          it(`fires: ${text}`, () => {
            const got = fire(rule, text);
            assert.ok(got, `${rule.id} did not fire`);
            for (const [k, v] of Object.entries(expect)) assert.deepEqual((got as Record<string, unknown>)[k], v, `${rule.id}: ${k}`);
          });
        }
      });
    },
  };
}

/** What a firing rule found, in the fields of Expect; null when it stayed silent. */
type Outcome = Expect | null;
const describeOutcome = (o: Outcome) => (o ? JSON.stringify(o) : 'silent');

const lex = getDefaultLexicon();
const engine = new RuleEngine();

interface Parsed {
  text: string;
  tokens: Token[];
  st: SentenceTokens;
  marks: QuoteSpan[];
  /** Token bounds [sa, sb) of each sentence. */
  sentences: [number, number][];
  inQuote: (i: number) => boolean;
}

function parse(text: string): Parsed {
  const tokens = tokenize(text);
  const marks = scanMarks(text, 0, text.length).quotes;
  const quoted = new Uint8Array(tokens.length);
  for (const m of marks) if (m.depth === 0) for (let k = 0; k < tokens.length; k++) if (tokens[k].start >= m.start && tokens[k].end <= m.end) quoted[k] = 1;
  const at = (pos: number) => { let k = 0; while (k < tokens.length && tokens[k].start < pos) k++; return k; };
  const sentences = splitSentences(text, 0, text.length, marks, lex).map((s) => [at(s.start), at(s.end)] as [number, number]);
  return { text, tokens, st: new SentenceTokens(text, tokens, lex), marks, sentences, inQuote: (i) => quoted[i] === 1 };
}

const spanText = (s: Span | null | undefined) => (s ? s.text : null);
const attributionOutcome = (a: Attribution | null | undefined): Outcome => (a ? { cue: spanText(a.cue), speaker: spanText(a.speaker) } : null);

/** The first quotation of the text, its tokens and its sentence. */
function firstQuote(p: Parsed): { m: QuoteSpan; qa: number; qb: number; sa: number; sb: number } {
  const m = p.marks.find((x) => x.depth === 0);
  assert.ok(m, 'the case needs a quotation');
  const qa = p.tokens.findIndex((t) => t.start === m.start);
  let qb = qa;
  while (qb + 1 < p.tokens.length && p.tokens[qb + 1].end <= m.end) qb++;
  const [sa, sb] = p.sentences.find(([a, b]) => a <= qa && qa < b) ?? [0, p.tokens.length];
  return { m, qa, qb, sa, sb: Math.max(sb, qb + 1) };
}

function quoteContext(p: Parsed): QuoteContext {
  const { qa, qb, sa, sb } = firstQuote(p);
  return sharedQuoteContext(p.st, qa, qb, sa, sb, p.inQuote, engine);
}

/** The context of the text's last sentence (the one before it, if any, is `previous`). */
function speechContext(p: Parsed): SpeechContext {
  const [sa, sb] = p.sentences[p.sentences.length - 1];
  const before = p.sentences[p.sentences.length - 2];
  const t = p.tokens;
  let end = sb - 1;
  while (end > sa && t[end].kind === 'punct') end--;
  let quotedCount = 0;
  for (let k = sa; k <= end; k++) if (p.inQuote(k)) quotedCount++;
  const konj = getKonjunktiv();
  const signals = speechSignals(p.st, sa, sb, konj);
  const framed = signals & FRAME ? sentenceFrame(p.st, sa, sb, end, p.inQuote, engine) : null;
  const previous = before ? [before[0], lastContentToken(t, before[0], before[1])] as [number, number] : undefined;
  return { st: p.st, sa, sb, end, inQuote: p.inQuote, konj, reportive: new Set(), previous, signals, quotedCount, framed, engine };
}

/** Every verb of saying outside quotations in the context's sentence, with its context. */
function verbContexts(ctx: SpeechContext): VerbContext[] {
  const out: VerbContext[] = [];
  for (let v = ctx.sa; v <= ctx.end; v++) {
    if (ctx.inQuote(v)) continue;
    const verb = ctx.st.verbAt(v, ctx.sb);
    if (verb) out.push(verbContext(ctx, v, verb));
  }
  return out;
}

const speechOutcome = (q: IndirectQuote | typeof NO_SPEECH | null | undefined): Outcome =>
  !q ? null : q === NO_SPEECH ? { content: '(no speech)' } : { content: q.text, type: q.type, cue: spanText(q.attribution.cue), speaker: spanText(q.attribution.speaker), medium: spanText(q.attribution.medium) };

/** A whole analysis with explanations: which quote or hedge the rule decided. */
function explained(rule: RuleInfo, text: string): Outcome {
  const a = new Analyzer({ explain: true }).analyze(text);
  const q = a.quotes.find((x: Quote) => x.why && (x.why.rule === rule.id || x.why.speaker === rule.id || x.why.cue === rule.id || x.why.evidence?.some((e) => e.startsWith(rule.id + ' '))));
  return q ? { content: q.text, type: q.type as Quote['type'], cue: spanText(q.cue), speaker: q.speaker ? q.speaker.name ?? q.speaker.text : null } : null;
}

/** A stage or a rule decided across the article: the analysis differs with and without it. */
function ablated(rule: RuleInfo, text: string): Outcome {
  const on = new Analyzer().analyze(text).quotes;
  const off = new Analyzer({ rules: { disabled: [rule.id] } }).analyze(text).quotes;
  const show = (qs: Quote[]) => qs.map((q) => `${q.type}|${q.text}|${q.cue?.text ?? ''}|${q.speaker?.text ?? ''}`).join('\n');
  if (show(on) === show(off)) return null;
  const changed = on.find((q) => !off.some((o) => o.text === q.text && o.speaker?.text === q.speaker?.text && o.cue?.text === q.cue?.text)) ?? on[0];
  return changed ? { content: changed.text, type: changed.type as Quote['type'], cue: spanText(changed.cue), speaker: spanText(changed.speaker) } : { content: '(no speech)' };
}

function hedgeAt(rule: Rule<HedgeContext, { start: number; end: number; kind: string }>, text: string): Outcome {
  const toks = tokenize(text);
  const ctx: HedgeContext = { toks, i: 0, lex: getDefaultHedgeLexicon(), engine };
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].kind !== 'word') continue;
    ctx.i = i;
    const f = rule.match(ctx);
    if (f) return { cue: text.slice(f.start, f.end), kind: f.kind };
  }
  return null;
}

function senseAt(rule: GuardRule<HedgeContext> & { words: readonly string[] }, text: string): Outcome {
  const toks = tokenize(text);
  const ctx: HedgeContext = { toks, i: 0, lex: getDefaultHedgeLexicon(), engine };
  const hedgeLex = getDefaultHedgeLexicon();
  for (let i = 0; i < toks.length; i++) {
    const lemma = hedgeLex.lookup(toks[i].lower)?.verbLemma;
    if (!(rule.words.includes(toks[i].lower) || (lemma && (rule.words.includes(lemma) || rule.words.includes('*'))))) continue;
    ctx.i = i;
    if (rule.rejects(ctx)) return { at: toks[i].text };
  }
  return null;
}

/** How each family's rules are fired on a text. */
const FIRE: Record<string, (rule: RuleInfo, text: string) => Outcome> = {
  'quote-attribution': (rule, text) => attributionOutcome((rule as Rule<QuoteContext, Attribution>).match(quoteContext(parse(text)))),
  'source-frame': (rule, text) => {
    const p = parse(text);
    const fr = rule as FrameRule;
    if (!fr.words) return ablated(rule, text);
    for (let j = 0; j < p.tokens.length; j++) {
      if (!fr.words.includes(p.tokens[j].lower) || p.inQuote(j)) continue;
      const [sa, sb] = p.sentences.find(([a, b]) => a <= j && j < b) ?? [0, p.tokens.length];
      const ctx: FrameContext = { st: p.st, j, sa, sb };
      const a = fr.match(ctx);
      if (a) return attributionOutcome(a);
    }
    return null;
  },
  'quote-or-name': (rule, text) => {
    if (!('score' in rule)) return explained(rule, text);
    const p = parse(text);
    const { m, qa, qb, sa, sb } = firstQuote(p);
    const ctx = quoteContext(p);
    const konj = p.tokens.slice(sa, sb).some((x, k) => !p.inQuote(sa + k) && lex.konjunktiv.has(x.lower));
    const attribution = attributeQuote(ctx.st, ctx.qa, ctx.qb, ctx.sa, ctx.sb, ctx.inQuote, engine);
    const e: QuoteEvidence = quoteEvidence(text, p.tokens, m, qa, qb, sa, sb, attribution, lex, konj);
    const w = (rule as ScoreRule<QuoteEvidence>).score(e);
    return w === 0 ? null : { weight: w };
  },
  'quote-or-name/fragment-not': (rule, text) => {
    const p = parse(text);
    for (const m of p.marks.filter((x) => x.depth === 0 && x.closed)) {
      const qa = p.tokens.findIndex((t) => t.start === m.start);
      let qb = qa;
      while (qb + 1 < p.tokens.length && p.tokens[qb + 1].end <= m.end) qb++;
      const f: Fragment = { text, t: p.tokens, m, qa, qb, lex };
      if ((rule as GuardRule<Fragment>).rejects(f)) return { at: text.slice(m.start, m.end) };
    }
    return null;
  },
  speech: (rule, text) => {
    const ctx = speechContext(parse(text));
    if (rule.id === 'speech/at-verbs-of-saying') return speechOutcome((rule as Rule<SpeechContext, IndirectQuote>).match(ctx));
    if (!VERB_FRAMES.includes(rule as never)) return speechOutcome((rule as Rule<SpeechContext, IndirectQuote>).match(ctx));
    for (const vctx of verbContexts(ctx)) {
      const q = (rule as Rule<VerbContext, IndirectQuote>).match(vctx);
      if (q) return speechOutcome(q);
    }
    return null;
  },
  'speech/not-a-frame': (rule, text) => {
    for (const vctx of verbContexts(speechContext(parse(text)))) if ((rule as GuardRule<VerbContext>).rejects(vctx)) return { at: vctx.st.tokens[vctx.v].text };
    return null;
  },
  'speech/stage': ablated,
  'discourse/stage': ablated,
  // (A rule that drops a candidate leaves nothing to explain: switching it off shows what it did.)
  discourse: (rule, text) => explained(rule, text) ?? ablated(rule, text),
  hedges: (rule, text) => hedgeAt(rule as Rule<HedgeContext, { start: number; end: number; kind: string }>, text),
  'hedges/sense': (rule, text) => senseAt(rule as GuardRule<HedgeContext> & { words: readonly string[] }, text),
};
