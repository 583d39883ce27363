// The analysis entry point: text → Analysis. Paragraph results are computed independently
// and cached by paragraph text, so an editor re-analyses only the paragraphs a keystroke touched;
// the document-level steps (multi-paragraph quotes, speaker registry) are cheap and run each time.
import { attributionOf, type Attribution } from './attribution';
import { checkInput, parseArticle, DEFAULT_MAX_LENGTH } from './article';
import { detectDirectQuotes, partialQuotes, type DirectQuote } from './direct';
import { DEFAULT_ENGINE, RuleEngine, type EngineOptions } from './engine/engine';
import type { Why } from './engine/rule';
import { detectIndirect, FRAGMENT_NOT_SWALLOWED, type IndirectQuote } from './indirect';
import { INTERVIEW_TURNS, interviewTurns, turnLabels, type InterviewTurn, type TurnLabel } from './interview';
import { detectHedges, getDefaultHedgeLexicon, type HedgeLexicon, type HedgeMatch } from './hedges';
import { getDefaultLexicon, Lexicon } from './lexicon';
import { scanMarks, type QuoteSpan } from './marks';
import { CARRIES_ON, CHAIN_BEFORE_POINTER, DISCOURSE, DROP, NEAREST_MENTION, NESTED_FRAME, samePerson, type Carried, type DiscourseContext } from './rules/discourse';
import { FRAGMENT_IN_SPEECH, WEIGHED_SPEECH } from './rules/quote-or-name';
import { reportiveBeforeComma } from './rules/hedges/word';
import { splitSentences } from './sentences';
import { findSeeds, SpeakerRegistry, type CapitalRun, type Seed } from './speakers';
import { isCapitalized, tokenize, type Token } from './tokens';
import type { Analysis, Diagnostic, Hedge, Paragraph, Quote, Range, Span, SpeakerMention, SpeechType } from './types';

export interface AnalyzerOptions {
  lexicon?: Lexicon;
  hedgeLexicon?: HedgeLexicon;
  /** How many paragraph results to keep; 0 disables the cache (batch use). */
  cacheSize?: number;
  maxLength?: number;
  /** Rule ids to switch off (ablation) and a timer per rule; see engine/engine.ts. */
  rules?: EngineOptions;
  /** Record on every quote and hedge which rules made it (`Quote.why`, `--explain`). */
  explain?: boolean;
  /** Mark each turn of an interview or transcript („Roth: …“) as a direct quote of its speaker. */
  interviewTurns?: boolean;
}

/** What one paragraph yields on its own, with offsets relative to the paragraph start. */
interface ParagraphResult {
  marks: QuoteSpan[];
  quotes: DirectQuote[];
  diagnostics: Diagnostic[];
  hedges: HedgeMatch[];
  /** Indirect, reported and free-indirect candidates. */
  indirect: IndirectQuote[];
  /** People introduced by role and name in this paragraph. */
  seeds: Seed[];
  /** Start and end of each capitalised word, the only tokens surname lookup needs. */
  capitals: number[];
  /** Labels of interview turns („Roth: …“) in this paragraph. */
  labels: TurnLabel[];
}

/** Quotes without a speaker listed as diagnostics one by one, per article; the rest are summed up. */
const MAX_UNATTRIBUTED_LISTED = 200;

export class Analyzer {
  readonly lexicon: Lexicon;
  readonly hedgeLexicon: HedgeLexicon;
  private readonly cache = new Map<string, ParagraphResult>();
  private readonly cacheSize: number;
  private readonly maxLength: number;
  private readonly engine: RuleEngine;
  private readonly explain: boolean;
  /** Whether interview turns become direct quotes (AnalyzerOptions.interviewTurns). */
  readonly interviewTurns: boolean;
  /** Paragraphs computed (not served from cache) by the last call; for tests and benchmarks. */
  lastComputed = 0;

  constructor(options: AnalyzerOptions = {}) {
    this.lexicon = options.lexicon ?? getDefaultLexicon();
    this.hedgeLexicon = options.hedgeLexicon ?? getDefaultHedgeLexicon();
    this.cacheSize = options.cacheSize ?? 0;
    this.maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
    this.engine = options.rules ? new RuleEngine(options.rules) : DEFAULT_ENGINE;
    this.explain = options.explain ?? false;
    this.interviewTurns = options.interviewTurns ?? false;
    // (Paragraph results depend on the rules switched on: a cache shared across options would mix them.)
  }

  analyze(text: string): Analysis {
    checkInput(text, this.maxLength);
    const { header, paragraphs } = parseArticle(text);
    this.lastComputed = 0;
    const results: { p: Paragraph; r: ParagraphResult }[] = [];
    const remember = this.cacheSize > 0;
    for (const p of paragraphs) {
      if (p.kind === 'header') continue;
      results.push({ p, r: this.paragraph(text.slice(p.start, p.end)) });
    }
    const diagnostics: Diagnostic[] = [];
    const direct: (Hashed<DirectQuote> & { para: number })[] = [];
    const runs: (CapitalRun & { seeds: Seed[] })[] = [];
    const hedges: Hedge[] = [];
    let indirect: Hashed<IndirectQuote>[] = [];
    results.forEach(({ p, r }, k) => {
      for (const q of r.indirect) indirect.push(shiftIndirect(q, p.start, text, remember));
      for (const d of r.diagnostics) diagnostics.push(shift(d, p.start));
      for (const q of r.quotes) direct.push(shiftQuote(q, p.start, text, k, remember));
      runs.push({ capitals: r.capitals, seeds: r.seeds, offset: p.start });
      for (const h of r.hedges) hedges.push(shiftHedge(h, p.start, text, remember, this.explain));
      // An unclosed quote at a paragraph end continues when the next paragraph opens with a mark
      // (German multi-paragraph quotes); otherwise the mark is unbalanced.
      for (const m of r.marks) {
        if (m.closed || m.depth !== 0) continue;
        const next = results[k + 1];
        const continues = next && /^[„»«"“]/.test(text.slice(next.p.start, next.p.start + 1)) && next.p.kind === 'paragraph';
        if (!continues) {
          diagnostics.push({
            start: p.start + m.start, end: p.start + m.start + 1, code: 'unclosed-quote', severity: 'warning',
            message: `Opening mark ${m.open} is not closed before the end of the paragraph.`,
          });
        }
      }
    });
    let joined = joinMultiParagraph(direct, results, text);
    const turns = this.engine.enabled(INTERVIEW_TURNS) ? interviewTurns(text, paragraphs, shiftedLabels(results)) : [];
    if (turns.length) [joined, indirect] = withInterviewTurns(turns, joined, indirect, text, this.interviewTurns);
    const registry = new SpeakerRegistry(text, this.lexicon);
    registry.seed(runs);
    registry.setQuoted(joined);
    registry.setTurns(turns);
    // Plain surname mentions of seeded people („Albers zeigte sich gelassen“) make them the
    // antecedent for a following „sagte sie“.
    registry.indexSurnames(runs);
    const quotes = this.speakers(text, joined, indirect, registry, diagnostics);
    speakerVoice(hedges, quotes);
    if (this.interviewTurns) turnVoice(hedges, turns);
    registry.indexSurnames(runs);
    diagnostics.sort((a, b) => a.start - b.start);
    uniqueIds(quotes);
    uniqueIds(hedges);
    return { header, paragraphs, quotes, hedges, speakers: registry.speakers(), diagnostics };
  }

  /** Quotes in text order with their speakers: own attributions, or carried over by the discourse rules. */
  private speakers(text: string, joined: Hashed<DirectQuote>[], indirect: Hashed<IndirectQuote>[], registry: SpeakerRegistry, diagnostics: Diagnostic[]): Quote[] {
    const quotes: Quote[] = [];
    // Per quote: whether it carries the previous speaker on, or points back at the sentence before.
    const roles: ('chain' | 'pointer' | undefined)[] = [];
    let previous: Quote | undefined;
    let framedSpeech: Quote | undefined, lastDirect: Quote | undefined; // the last framed indirect or reported speech; the last direct quote
    const unattributed: Range[] = [];
    const shown = new WeakSet<object>(); // the speaker mentions of the quotes made so far
    // (At one start the framed first: a fragment without a frame opening indirect speech goes on in
    // that speech, and a fragment framed by „so …“ opens the chain of speech without a frame of its own.)
    const speech: Hashed<DirectQuote | IndirectQuote>[] = [...joined, ...indirect].sort((a, b) => a.start - b.start || unframed(a) - unframed(b));
    const ctx: DiscourseContext = { q: speech[0], type: 'direct', attribution: speech[0]?.attribution as Attribution, previous, partner: undefined, enclosing: undefined, text, registry };
    for (const q of speech) {
      const type: SpeechType = 'type' in q ? q.type : 'direct';
      ctx.q = q;
      ctx.type = type;
      ctx.attribution = q.attribution;
      ctx.previous = previous;
      ctx.enclosing = framedSpeech && framedSpeech.start <= q.start && q.end <= framedSpeech.end ? framedSpeech : undefined;
      const fired = this.engine.first(DISCOURSE.rules, ctx);
      if (fired?.out === DROP) continue;
      const carried = fired?.out as Carried | undefined;
      // (Spans are shared, never changed: resolving a speaker makes a new object.)
      let speaker: Quote['speaker'] = carried ? carried.speaker : q.attribution.speaker;
      const cue = carried ? carried.cue : q.attribution.cue;
      // (A speaker carried over from a quote before is resolved already, or resolves to no one:
      // resolving its words again would make „Demnach“ or „wonach“ a person of its own.)
      if (speaker && !(carried && shown.has(speaker))) {
        // („Demnach …“ names the document it points at.)
        const who = registry.resolve(!carried && q.attribution.refersTo ? q.attribution.refersTo : speaker);
        if (who) speaker = mentionOf(speaker, who.id, who.name);
      }
      if (carried && speaker && this.engine.enabled(NEAREST_MENTION)) speaker = nearestMention(text, speaker, q.start, registry, quotes);
      if (speaker && !carried && type !== 'direct') speaker = quotedSelf(speaker, q, lastDirect);
      const quote = quoteOf(quoteId(q, text, q.textHash), q, type, speaker, cue, 'open' in q && q.open);
      // (A silent speech act is no quote; its speaker goes on: „Roth äußerte sich besorgt. Sie fürchte …“.)
      if ('silent' in q && q.silent) { if (speaker) [ctx.partner, previous] = [otherSide(previous, ctx.partner, speaker), quote]; continue; }
      if (speaker) shown.add(speaker);
      if (this.explain) quote.why = whyOf(q, fired?.rule, carried, speaker !== null);
      if (q.attribution.medium && !carried) quote.medium = resolvedMention(q.attribution.medium, registry);
      // „Die Reederei gibt an, der Kai sei marode. Der Lotse behaupte, …“: the Reederei reports the
      // whole sentence, the Lotse what comes after his verb — two speeches, one inside the other.
      const outer = !carried && 'type' in q && q.attribution.reportedFrame === 'nested' && this.engine.enabled(NESTED_FRAME) ? reportingSpeech(text, q, previous) : null;
      if (outer) {
        if (this.explain) outer.why = { rule: NESTED_FRAME, speaker: NESTED_FRAME, ...(outer.cue ? { cue: NESTED_FRAME } : {}) };
        quotes.push(outer);
        roles.push(undefined);
      }
      quotes.push(quote);
      roles.push(fired?.rule === CARRIES_ON && type !== 'direct' ? 'chain' : 'fromPrevious' in q && q.fromPrevious ? 'pointer' : undefined);
      if (type !== 'direct' && (speaker || cue)) framedSpeech = quote;
      if (speaker && q.attribution.reportedFrame !== 'mentioned') [ctx.partner, previous] = [otherSide(previous, ctx.partner, speaker), quote]; // (a speech named inside the one before leaves its chain)
      if (!carried && q.attribution.goesOn) previous = speakingOn(quote, q.attribution.goesOn, registry);
      if (type === 'direct') { lastDirect = quote; if (!speaker) unattributed.push(q); }
    }
    if (this.engine.enabled(CHAIN_BEFORE_POINTER)) chainBeforePointer(text, quotes, roles, this.explain);
    listUnattributed(unattributed, diagnostics);
    return quotes;
  }

  private paragraph(ptext: string): ParagraphResult {
    const cached = this.cache.get(ptext);
    if (cached) {
      // Refresh its place in the LRU order.
      this.cache.delete(ptext);
      this.cache.set(ptext, cached);
      return cached;
    }
    this.lastComputed++;
    const lex = this.lexicon;
    const scan = scanMarks(ptext, 0, ptext.length);
    const tokens = tokenize(ptext);
    const sentences = splitSentences(ptext, 0, ptext.length, scan.quotes, lex);
    const engine = this.engine;
    engine.startParagraph(ptext.length);
    let quotes: DirectQuote[], hedges: HedgeMatch[], indirect: IndirectQuote[], partial: DirectQuote[];
    let limited: boolean;
    try {
      quotes = detectDirectQuotes(ptext, tokens, scan.quotes, sentences, lex, engine, this.explain);
      hedges = detectHedges(tokens, sentences, quotes, this.hedgeLexicon, engine);
      indirect = detectIndirect(ptext, tokens, sentences, quotes, lex, new Set(hedges.filter((h) => h.kind === 'reportive' && h.rule !== reportiveBeforeComma.id).map((h) => h.start)), undefined, engine);
      partial = partialQuotes(ptext, tokens, scan.quotes, indirect, quotes, sentences, lex, engine);
      // „Der Minister warnte vor einer „Überforderung““: the quoted words are what was said; the
      // sentence around them reports nothing more (issue 16: fragments are not swallowed).
      if (partial.length && engine.enabled(FRAGMENT_NOT_SWALLOWED)) indirect = withoutSwallowingSpans(indirect, partial);
    } finally {
      limited = engine.endParagraph();
    }
    const diagnostics = limited ? [...scan.diagnostics, budgetDiagnostic(ptext)] : scan.diagnostics;
    const result: ParagraphResult = {
      marks: scan.quotes, quotes: partial.length ? [...quotes, ...partial].sort((a, b) => a.start - b.start) : quotes, diagnostics,
      hedges,
      indirect,
      seeds: findSeeds(lex, tokens), capitals: capitalOffsets(tokens), labels: turnLabels(ptext),
    };
    if (this.cacheSize > 0) {
      this.cache.set(ptext, result);
      if (this.cache.size > this.cacheSize) this.cache.delete(this.cache.keys().next().value as string);
    }
    return result;
  }
}

/**
 * The speech without the reported spans that hold a quoted fragment. Both lists are in text order:
 * one sweep, so a paragraph with thousands of fragments stays linear.
 */
function withoutSwallowingSpans(speech: IndirectQuote[], fragments: readonly Range[]): IndirectQuote[] {
  let f = 0;
  return speech.filter((q) => {
    if (q.type !== 'reported') return true;
    while (f < fragments.length && fragments[f].start < q.start) f++;
    return !(f < fragments.length && fragments[f].end <= q.end);
  });
}

/** Said once per paragraph whose work budget ran out (see WorkBudget in engine/engine.ts). */
function budgetDiagnostic(ptext: string): Diagnostic {
  const firstLine = ptext.indexOf('\n');
  return {
    start: 0, end: Math.min(firstLine < 0 ? ptext.length : firstLine, 200), code: 'analysis-limited', severity: 'warning',
    message: 'This paragraph is too dense to analyse fully: past a point its quotes are found by their marks only, without speakers, indirect speech or hedges.',
  };
}

function capitalOffsets(tokens: Token[]): number[] {
  const out: number[] = [];
  for (const t of tokens) if (isCapitalized(t)) out.push(t.start, t.end);
  return out;
}

/** The interview labels of every paragraph, in article offsets. */
function shiftedLabels(results: { p: Paragraph; r: ParagraphResult }[]): TurnLabel[] {
  const out: TurnLabel[] = [];
  for (const { p, r } of results) {
    for (const l of r.labels) out.push({ label: { start: l.label.start + p.start, end: l.label.end + p.start }, labelText: l.labelText, after: l.after + p.start });
  }
  return out;
}

/**
 * Speech inside the turns of an interview: a turn is its speaker's own words, so indirect speech
 * there stands only with a frame of its own in the same turn („Der Kanzler hat gesagt, dass …“);
 * Konjunktiv with no frame, or a frame reaching in from outside the turn, goes. Quotes in marks
 * stay (what the speaker quotes). With `asQuotes` each turn is also a direct quote of its label.
 */
function withInterviewTurns(turns: InterviewTurn[], direct: Hashed<DirectQuote>[], indirect: Hashed<IndirectQuote>[], text: string, asQuotes: boolean): [Hashed<DirectQuote>[], Hashed<IndirectQuote>[]] {
  /** The turn holding the offset, if any (turns are in text order). */
  const turnAt = (pos: number): InterviewTurn | undefined => {
    let lo = 0, hi = turns.length - 1, at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (turns[mid].label.start <= pos) { at = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return at >= 0 && pos < turns[at].content.end ? turns[at] : undefined;
  };
  const kept: Hashed<IndirectQuote>[] = [];
  for (const q of indirect) {
    const turn = turnAt(q.start);
    if (!turn) { kept.push(q); continue; }
    const frame = q.attribution.speaker ?? q.attribution.cue;
    if (!frame || frame.start < turn.content.start || frame.end > turn.content.end) continue;
    // („STANDARD: Und der Kai? Roth: Der sei zu kurz, sagen die Lotsen.“: the sentence holds the label; the speech starts after it.)
    const start = turn.content.start;
    if (q.start >= start || q.segments || q.end <= start) kept.push(q);
    else kept.push({ ...q, start, text: text.slice(start, q.end), textHash: hashText(text.slice(start, q.end)) });
  }
  if (!asQuotes) return [direct, kept];
  const turnQuotes: Hashed<DirectQuote>[] = turns.map(({ label, content }) => ({
    start: content.start, end: content.end, text: content.text, segments: undefined,
    attribution: attributionOf(INTERVIEW_TURNS, null, label, 'colon-heading'),
    confidence: 0.9, open: false, sentence: 0, localSource: undefined, evidence: [INTERVIEW_TURNS],
    textHash: hashText(content.text),
  }));
  return [[...direct, ...turnQuotes].sort((a, b) => a.start - b.start), kept];
}

function joinMultiParagraph(quotes: (Hashed<DirectQuote> & { para: number })[], results: { p: Paragraph; r: ParagraphResult }[], text: string): Hashed<DirectQuote>[] {
  const out: Hashed<DirectQuote>[] = [];
  for (let i = 0; i < quotes.length; i++) {
    let q = quotes[i];
    while (q.open) {
      const next = quotes[i + 1];
      const nextPara = results[q.para + 1];
      if (!next || !nextPara || next.start !== nextPara.p.start || next.para !== q.para + 1) break;
      const segments: Span[] = [...(q.segments ?? [{ start: q.start, end: q.end, text: q.text }]), ...(next.segments ?? [{ start: next.start, end: next.end, text: next.text }])];
      const attribution = next.attribution.cue ? next.attribution : q.attribution;
      q = { ...next, start: q.start, text: text.slice(q.start, next.end), segments, attribution, confidence: Math.max(q.confidence, next.confidence), textHash: undefined };
      i++;
    }
    out.push(q);
  }
  return out;
}

function shift<T extends Range>(r: T, by: number): T {
  return { ...r, start: r.start + by, end: r.end + by };
}

function shiftSpan(s: Span | null, by: number, text: string): Span | null {
  if (!s) return null;
  const out: Span = { start: s.start + by, end: s.end + by, text: text.slice(s.start + by, s.end + by) };
  if (s.segments) out.segments = s.segments.map((x) => shiftSpan(x, by, text)!);
  return out;
}

function shiftAttribution(a: Attribution, by: number, text: string): Attribution {
  const shifted = attributionOf(a.rule, shiftSpan(a.cue, by, text), shiftSpan(a.speaker, by, text), a.via, a.verb, a.reportedFrame, shiftSpan(a.medium, by, text), shiftSpan(a.refersTo, by, text));
  if (a.goesOn) shifted.goesOn = { speaker: shiftSpan(a.goesOn.speaker, by, text)!, cue: shiftSpan(a.goesOn.cue, by, text) };
  return shifted;
}

function shiftQuote(q: DirectQuote, by: number, text: string, para: number, remember: boolean): Hashed<DirectQuote> & { para: number } {
  // (Every field by name, in one shape: spreading made this a hot spot of each keystroke. A new
  // field of DirectQuote must be added here.)
  const span = shiftSpan(q, by, text)!;
  return {
    start: span.start, end: span.end, text: span.text, segments: span.segments,
    attribution: shiftAttribution(q.attribution, by, text),
    confidence: q.confidence, open: q.open, sentence: q.sentence,
    localSource: q.localSource ? shiftSpan(q.localSource, by, text)! : undefined, evidence: q.evidence,
    para, textHash: textHashOf(q, () => q.text, remember),
  };
}

function shiftIndirect(q: IndirectQuote, by: number, text: string, remember: boolean): Hashed<IndirectQuote> {
  // (Every field by name, as in shiftQuote; a new field of IndirectQuote must be added here.)
  const span = shiftSpan(q, by, text)!;
  return {
    start: span.start, end: span.end, text: span.text, segments: span.segments, type: q.type, rule: q.rule,
    attribution: shiftAttribution(q.attribution, by, text),
    confidence: q.confidence, continuation: q.continuation, standalone: q.standalone, fromPrevious: q.fromPrevious,
    localSource: q.localSource ? shiftSpan(q.localSource, by, text)! : undefined,
    ownSource: q.ownSource ? shiftSpan(q.ownSource, by, text)! : undefined,
    clauseActor: q.clauseActor ? shiftSpan(q.clauseActor, by, text)! : undefined,
    topicSpeaks: q.topicSpeaks, topicSays: q.topicSays, topicReported: q.topicReported, silent: q.silent, textHash: textHashOf(q, () => q.text, remember),
  };
}

function shiftHedge(h: HedgeMatch, by: number, text: string, remember: boolean, explain: boolean): Hedge {
  return {
    // (The sentence context before the hedge is bounded: a huge sentence would make ids quadratic.)
    id: 'h-' + quoteId(h, text, textHashOf(h, () => text.slice(h.start + by, h.end + by) + '\u0001' + text.slice(Math.max(h.sentence.start, h.start - HEDGE_CONTEXT) + by, h.start + by), remember), by).slice(2),
    start: h.start + by, end: h.end + by, text: text.slice(h.start + by, h.end + by), kind: h.kind,
    sentence: { start: h.sentence.start + by, end: h.sentence.end + by }, inQuote: h.inQuote,
    ...(h.claim ? { claim: { start: h.claim.start + by, end: h.claim.end + by } } : {}),
    ...(explain ? { why: { rule: h.rule } } : {}),
  };
}

/** Characters of the hedge's sentence before it that go into its id. */
const HEDGE_CONTEXT = 64;

/**
 * Content-derived, so ids survive edits elsewhere: FNV-1a over the quote's text, a NUL and the 16
 * characters before it (which break ties between equal quotes). `textHash` is the state after the
 * text and the NUL, when known; `by` shifts a paragraph-relative start.
 */
function quoteId(q: Range & { text?: string }, text: string, textHash = hashText(q.text ?? ''), by = 0): string {
  const start = q.start + by;
  return 'q-' + (fnv(textHash, text.slice(Math.max(0, start - 16), start)) >>> 0).toString(36);
}

/** The other side of a dialogue once `speaker` has spoken after `previous`: previous itself when someone else spoke it. */
function otherSide(previous: Quote | undefined, partner: Quote | undefined, speaker: SpeakerMention): Quote | undefined {
  return previous?.speaker && !samePerson(previous.speaker, speaker) ? previous : partner;
}

/**
 * The same words after the same 16 characters („Nein.“ … „Nein.“) hash alike: the second and later
 * occurrences, in text order, get the occurrence number („q-1x2y-2“). Unrelated edits keep every id;
 * decisions are matched to ids only where their anchored text overlaps (annotations/review.ts).
 */
function uniqueIds(items: { id: string }[]): void {
  let seen: Map<string, number> | undefined;
  for (const item of items) {
    seen ??= new Map();
    const n = (seen.get(item.id) ?? 0) + 1;
    seen.set(item.id, n);
    if (n > 1) {
      let id = `${item.id}-${n}`;
      // (A hash that happens to end in „-2“ already: count on.)
      for (let k = n; seen.has(id); k++) id = `${item.id}-${k + 1}`;
      seen.set(id, 1);
      item.id = id;
    }
  }
}

function hashText(s: string): number {
  return Math.imul(fnv(2166136261, s) ^ 0, 16777619);
}

function fnv(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h;
}

/** Paragraph results carry their text hashes: the paragraph cache keeps them across keystrokes. */
type Hashed<T> = T & { textHash?: number };
const textHashes = new WeakMap<object, number>();

/** The hash of a paragraph-level object's text, remembered while the paragraph cache holds it. */
function textHashOf(owner: object, textOf: () => string, remember: boolean): number {
  // (Without a paragraph cache nothing is analysed twice: remembering would only cost.)
  if (!remember) return hashText(textOf());
  let h = textHashes.get(owner);
  if (h === undefined) textHashes.set(owner, (h = hashText(textOf())));
  return h;
}

/** Direct quotes without a speaker as diagnostics: one by one up to a limit, then summed up once (see MAX_LISTED in marks.ts). */
function listUnattributed(unattributed: readonly Range[], diagnostics: Diagnostic[]): void {
  for (const q of unattributed.slice(0, MAX_UNATTRIBUTED_LISTED)) {
    diagnostics.push({ start: q.start, end: q.end, code: 'quote-without-speaker', severity: 'information', message: 'No speaker found for this quote.' });
  }
  const firstUnlisted = unattributed[MAX_UNATTRIBUTED_LISTED];
  if (!firstUnlisted) return;
  diagnostics.push({
    start: firstUnlisted.start, end: firstUnlisted.end, code: 'quote-without-speaker', severity: 'information',
    message: `${unattributed.length - MAX_UNATTRIBUTED_LISTED} more quotes without a speaker in this article are not listed one by one.`,
  });
}

/** 1 for speech with neither speaker nor cue of its own, else 0. */
function unframed(q: { attribution: Attribution }): number {
  return q.attribution.speaker || q.attribution.cue ? 0 : 1;
}

/** A quote in one of four fixed shapes (with or without segments and „open“), for the same reason as mentionOf. */
function quoteOf(id: string, q: Span & { confidence: number }, type: SpeechType, speaker: SpeakerMention | null, cue: Span | null, open: boolean): Quote {
  const confidence = round(q.confidence);
  if (q.segments) {
    return open
      ? { id, start: q.start, end: q.end, text: q.text, type, speaker, cue, confidence, segments: q.segments, open: true }
      : { id, start: q.start, end: q.end, text: q.text, type, speaker, cue, confidence, segments: q.segments };
  }
  return open
    ? { id, start: q.start, end: q.end, text: q.text, type, speaker, cue, confidence, open: true }
    : { id, start: q.start, end: q.end, text: q.text, type, speaker, cue, confidence };
}

/**
 * A carried-on speaker is reported at its mention nearest the speech, when that stands in narration:
 * „Roth sagte, … . Roth war lange in Kiel. Der Kai sei zu kurz.“ names the second „Roth“. (A mention
 * inside speech before is that speech's words: „sehe er, Roth, …“.)
 */
function nearestMention(text: string, speaker: SpeakerMention, to: number, registry: SpeakerRegistry, before: readonly Quote[]): SpeakerMention {
  if (!speaker.speakerId || speaker.name === undefined) return speaker;
  const nearer = registry.latestMention(speaker.speakerId, speaker.end, to);
  if (!nearer || before.slice(-4).some((x) => x.start <= nearer.start && nearer.end <= x.end)) return speaker;
  return mentionOf({ start: nearer.start, end: nearer.end, text: text.slice(nearer.start, nearer.end) }, speaker.speakerId, speaker.name);
}

/** „Ich“ or „wir“ framing speech inside a direct quote („„Wir fürchten, dass …““) is the quote's speaker. */
function quotedSelf(speaker: SpeakerMention, q: Range, enclosing: Quote | undefined): SpeakerMention {
  const self = enclosing?.speaker?.speakerId && enclosing.start <= q.start && q.end <= enclosing.end && /^(ich|wir)$/i.test(speaker.text);
  return self ? mentionOf(speaker, enclosing!.speaker!.speakerId!, enclosing!.speaker!.name!) : speaker;
}

/**
 * The speech that goes on after words someone rejects („wies den Vorwurf der Reederei zurück, …“):
 * the words are the owner's, and the one rejecting them speaks on under the verb's cue.
 */
function speakingOn(quote: Quote, goesOn: NonNullable<Attribution['goesOn']>, registry: SpeakerRegistry): Quote {
  return { ...quote, speaker: resolvedMention(goesOn.speaker, registry), cue: goesOn.cue };
}

/** A mention with the identity the registry gives it, or as it stands when it names no one known. */
function resolvedMention(span: Span, registry: SpeakerRegistry): Span | SpeakerMention {
  const who = registry.resolve(span);
  return who ? mentionOf(span, who.id, who.name) : span;
}

/**
 * A speaker mention with its identity, built in one of two fixed shapes: spreading spans of
 * varying shapes, or adding fields afterwards, made this the slowest line of a keystroke.
 */
function mentionOf(span: Span, speakerId: string, name: string): SpeakerMention {
  return span.segments
    ? { start: span.start, end: span.end, text: span.text, segments: span.segments, speakerId, name }
    : { start: span.start, end: span.end, text: span.text, speakerId, name };
}

/**
 * A hedge in the content of someone's indirect or free indirect speech („Sie gehe davon aus, dass
 * …“) is that speaker's, as one inside a direct quote is: both sorted by start, one sweep.
 */
function speakerVoice(hedges: Hedge[], quotes: Quote[]): void {
  // (Only speech with a speaker: a reportive „soll“ alone makes a free indirect candidate of its
  // own sentence, and that hedge stays the author's.)
  const content = quotes.filter((q) => (q.type === 'indirect' || q.type === 'free_indirect') && q.speaker);
  let k = 0;
  for (const h of hedges) {
    if (h.inQuote) continue;
    while (k < content.length && content[k].end <= h.start) k++;
    for (let j = k; j < content.length && content[j].start <= h.start; j++) {
      if (h.end <= content[j].end) { h.inQuote = true; break; }
    }
  }
}

/** A turn marked as a direct quote is its speaker's voice: so are the hedges in it. */
function turnVoice(hedges: Hedge[], turns: InterviewTurn[]): void {
  let t = 0;
  // (Hedges and turns are both in text order: one pass.)
  for (const h of hedges) {
    while (t < turns.length && turns[t].content.end <= h.start) t++;
    if (t < turns.length && turns[t].content.start <= h.start && h.end <= turns[t].content.end) h.inQuote = true;
  }
}

/** Which rules made a quote: the detection, the evidence for a direct quote, and where speaker and cue came from. */
function whyOf(q: DirectQuote | IndirectQuote, carriedBy: string | undefined, carried: Carried | undefined, hasSpeaker: boolean): Why {
  const rule = 'rule' in q ? q.rule : q.evidence[0] === FRAGMENT_IN_SPEECH || q.evidence[0] === INTERVIEW_TURNS ? q.evidence[0] : WEIGHED_SPEECH;
  const why: Why = { rule };
  if ('evidence' in q && q.evidence.length && rule !== FRAGMENT_IN_SPEECH) why.evidence = [...q.evidence];
  const own = q.attribution.rule;
  if (hasSpeaker) why.speaker = carried && carriedBy && carried.speaker !== q.attribution.speaker ? carriedBy : own;
  const cue = carried ? carried.cue : q.attribution.cue;
  if (cue) why.cue = carried && carriedBy && carried.cue !== q.attribution.cue ? carriedBy : own;
  return why;
}

/**
 * The speech of the speaker before that reports a whole sentence whose frame stands in Konjunktiv:
 * from the sentence's start to the end of the nested speech, when that speaker spoke within 400
 * characters and the frame comes before its content.
 */
function reportingSpeech(text: string, q: IndirectQuote, previous: Quote | undefined): Quote | null {
  const cue = q.attribution.cue;
  if (!previous?.speaker || !cue || cue.start >= q.start || q.start - previous.end >= 400) return null;
  // „man“ names nobody who could report a further speech.
  if (/^(man|es|wer|jemand)$/i.test(previous.speaker.text)) return null;
  // (A frame after the speech — „…, so der Lotse“, „…, hieß es“ — names the reporter itself.)
  if (!/^[\s“”"»«)]*([.!?]|$)/.test(text.slice(q.end, q.end + 4))) return null;
  const start = sentenceStart(text, cue.start, Math.max(previous.end, cue.start - 300));
  if (start < 0) return null;
  const span = { start, end: q.end, text: text.slice(start, q.end) };
  return quoteOf(quoteId(span, text), { ...span, confidence: q.confidence * 0.8 }, 'indirect', previous.speaker, previous.cue, false);
}

/** The start of the sentence holding offset at, looking back no further than limit; -1 when none is found. */
function sentenceStart(text: string, at: number, limit: number): number {
  for (let i = at; i > limit; i--) {
    if (text[i - 1] === '\n') return i;
    if (/\s/.test(text[i - 1]) && /[.!?]["“”»«]?$/.test(text.slice(Math.max(0, i - 3), i - 1))) return i;
  }
  return limit === 0 ? 0 : -1;
}

/**
 * „Ein Kran sei umgestürzt. Verletzt worden sei niemand. Dies berichtete die Hafenpost.“: the
 * sentences in Konjunktiv right before a sentence that points back at them belong to its source
 * too, not to a speaker named further back (the chain ends at the pointer).
 */
function chainBeforePointer(text: string, quotes: Quote[], roles: readonly ('chain' | 'pointer' | undefined)[], explain: boolean): void {
  for (let i = 1; i < quotes.length; i++) {
    if (roles[i] !== 'pointer' || !quotes[i].speaker) continue;
    for (let j = i - 1; j >= 0 && roles[j] === 'chain' && /^[\s.!?“”"»«]*$/.test(text.slice(quotes[j].end, quotes[j + 1].start)); j--) {
      quotes[j] = { ...quotes[j], speaker: quotes[i].speaker, cue: quotes[i].cue };
      if (explain && quotes[j].why) quotes[j].why = { ...quotes[j].why!, speaker: CHAIN_BEFORE_POINTER, cue: CHAIN_BEFORE_POINTER };
    }
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

const defaultAnalyzer = new Analyzer();

/** Analyses one article with the built-in lexicon. Throws InputError on binary or oversized input. */
export function analyze(text: string): Analysis {
  return defaultAnalyzer.analyze(text);
}
