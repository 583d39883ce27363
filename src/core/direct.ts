// Direct quotes: which quoted strings are speech (and not titles, names or scare quotes),
// interrupted quotes joined into one, and the cue and speaker of each.
import { attributeQuote, SentenceTokens, type Attribution } from './attribution';
import { actingTopic } from './indirect';
import type { Lexicon } from './lexicon';
import type { QuoteSpan } from './marks';
import type { Range, Span } from './types';
import { isCapitalized, TokenFlags, type Token } from './tokens';

export interface DirectQuote extends Span {
  attribution: Attribution;
  confidence: number;
  open: boolean;
  /** Index of the sentence holding the quote's start. */
  sentence: number;
  /** For a quote with no frame: the role or body acting in the sentence before („Die SPD will … festhalten. „Wir wollen …““). */
  localSource?: Span;
}

const FIRST_PERSON = new Set(['ich', 'wir', 'mich', 'mir', 'uns', 'unser', 'unsere', 'unserer', 'unseren', 'unserem', 'unseres', 'mein', 'meine', 'meiner', 'meinen', 'meinem', 'meines', 'du', 'dich', 'dir', 'euch', 'ihr']);
const COMMON_FINITE = new Set([
  'ist', 'sind', 'war', 'waren', 'hat', 'haben', 'hatte', 'hatten', 'wird', 'werden', 'wurde', 'wurden', 'kann', 'können',
  'muss', 'müssen', 'soll', 'sollen', 'will', 'wollen', 'gibt', 'geht', 'sei', 'habe', 'werde', 'bin', 'bist', 'seid', 'wäre',
  'hätte', 'würde', 'könnte', 'müsste', 'sollte', 'darf', 'dürfen', 'macht', 'kommt', 'steht', 'bleibt', 'brauchen', 'braucht',
  'weiß', 'glaube', 'denke', 'sehe', 'gehe', 'habe', 'möchte', 'möchten', 'mache', 'machen', 'lässt', 'liegt', 'fehlt',
]);
/** Verbs of judging that take someone's words with „als“: bezeichnet, eingestuft, sieht, wertet … */
const EVALUATIVE = /^(bezeichne|beschrieb|beschreib|eingestuft|einstuf|stufte|gesehen|sieht|sah|sehen|gewertet|wertet|werten|bewertet|bewertete|empfunden|empfand|empfinden|abgetan|tat|dargestellt|darstellt|stellte|betrachtet|betrachtete|gilt|galt|kritisiert)/;
/** Nouns for what demonstrators chant or carry. */
const SLOGAN = /^(parole|parolen|aufschrift|slogan|slogans|sprechchor|sprechchöre|sprechchören|spruchband|spruchbänder|transparent|transparente|transparenten|plakat|plakate|plakaten|schild|schilder|schildern)$/;
const ARTICLES_AND_PREPOSITIONS = new Set(['der', 'die', 'das', 'dem', 'den', 'des', 'ein', 'eine', 'einer', 'einem', 'im', 'in', 'am', 'vom', 'beim', 'zum', 'zur', 'laut', 'von', 'mit', 'auf', 'für', 'bei', 'wie']);
const FUNCTION_WORDS = new Set(['und', 'der', 'die', 'das', 'des', 'dem', 'den', 'im', 'am', 'von', 'vom', 'für', 'of', 'the', 'and', 'de', 'la', 'le', 'du', 'in', 'an', 'zu', 'zur', 'zum', 'auf', 'aus', 'mit', 'a']);

/** Which tokens stand inside a quotation, per call of detectDirectQuotes. */
const quotedTokens = new TokenFlags();

export function detectDirectQuotes(
  text: string,
  tokens: Token[],
  marks: QuoteSpan[],
  sentences: Range[],
  lex: Lexicon,
): DirectQuote[] {
  const st = new SentenceTokens(text, tokens, lex);
  const outer = marks.filter((m) => m.depth === 0);
  const tokenAt = (pos: number) => lowerBound(tokens, pos);
  const quoteTokenRanges = outer.map((q) => [tokenAt(q.start), tokenAt(q.end) - 1] as const);
  // One flag per token, so the per-token checks in attribution stay O(1).
  const quotedToken = quotedTokens.cleared(tokens.length);
  for (const [a, b] of quoteTokenRanges) quotedToken.fill(1, a, b + 1);
  const inQuote = (i: number) => quotedToken[i] === 1;

  const found: DirectQuote[] = [];
  const konjunktivIn = new Map<number, boolean>();
  outer.forEach((q, n) => {
    const [qa, qb] = quoteTokenRanges[n];
    if (qb < qa) return;
    const si = sentenceAt(sentences, q.start);
    const s = sentences[si] ?? { start: q.start, end: q.end };
    const sa = tokenAt(s.start);
    const sb = Math.max(tokenAt(Math.max(s.end, q.end)), qb + 1);
    const attribution = attributeQuote(st, qa, qb, sa, sb, inQuote);
    // Whether the sentence has a Konjunktiv outside quotations: once per sentence, not per quote.
    let konjunktiv = konjunktivIn.get(si);
    if (konjunktiv === undefined) {
      konjunktiv = false;
      for (let j = sa; j < sb && !konjunktiv; j++) if (!inQuote(j) && lex.konjunktiv.has(tokens[j].lower)) konjunktiv = true;
      konjunktivIn.set(si, konjunktiv);
    }
    const score = speechScore(text, tokens, q, qa, qb, sa, sb, attribution, lex, konjunktiv);
    const confidence = 1 / (1 + Math.exp(-score));
    if (score <= 0) return;
    const before = attribution.via === 'none' && si > 0 ? sentences[si - 1] : null;
    const topic = before ? actingTopic(st, tokenAt(before.start), tokenAt(before.end)) : null;
    found.push({
      start: q.start, end: q.end, text: text.slice(q.start, q.end), attribution, confidence,
      segments: undefined, open: !q.closed, sentence: si, localSource: topic ? st.span(topic[0], topic[1]) : undefined,
    });
  });
  return mergeInterrupted(text, found);
}

/** Evidence that a quoted string is speech; > 0 means speech. Weights are in log-odds. */
function speechScore(
  text: string, t: Token[], q: QuoteSpan, qa: number, qb: number, sa: number, sb: number,
  attr: Attribution, lex: Lexicon, sentenceHasKonjunktiv: boolean,
): number {
  const innerTokens = t.slice(qa + 1, q.closed ? qb : qb + 1);
  const words = innerTokens.filter((x) => x.kind === 'word');
  const inner = text.slice(q.start + 1, q.closed ? q.end - 1 : q.end).trim();
  let s = -1.5;
  const terminal = /[.!?…]$|\[…\]$|\[\.\.\.\]$/.test(inner);
  if (terminal && words.length >= 2) s += 3;
  if (attr.via === 'after') s += 3;
  if (attr.via === 'colon-verb') s += 3;
  if (attr.via === 'colon-heading') s += 2;
  const prev = qa > 0 ? t[qa - 1] : undefined;
  if (prev?.text === ':' && attr.via !== 'colon-verb' && attr.via !== 'colon-heading') s += 1.5;
  if (words.some((w) => FIRST_PERSON.has(w.lower))) s += 2;
  const hasVerb = words.some((w) => COMMON_FINITE.has(w.lower) || (w.lower.length > 3 && !isCapitalized(w) && /(t|te|ten|en)$/.test(w.lower) && w !== words[0]));
  if (hasVerb && words.length >= 4) s += 1.5;
  if (words.length >= 8) s += 1;
  // Speech in the surrounding sentence: a verb of saying or a Konjunktiv outside the quotes.
  const context = attr.via === 'sentence-verb' || attr.via === 'preposition' || sentenceHasKonjunktiv ? 2 : 0;
  s += context;
  // Governed by a verb of saying right before it: „Er sagte, „No-Go-Areas“ dürfe …“, „nannte sie „fahrlässig““.
  for (let k = qa - 1; k >= Math.max(sa, qa - 3); k--) {
    if (t[k].kind !== 'word' || !lex.verb(t[k].lower).length || isCapitalized(t[k])) continue;
    // „sagte, „…““ / „sagte: „…““ directly: the strongest form of this construction.
    s += k === qa - 2 && (t[qa - 1].text === ',' || t[qa - 1].text === ':') ? 3 : 1.5;
    break;
  }
  // „als „extrem“ bezeichnet“, „als „Kapitulation“ sieht“, „als „sehr hoch“ eingestuft“: someone's
  // words quoted as their judgement; „von einem „schweren Eingriff“ spricht“ likewise.
  const after = t.slice(qb + 1, Math.min(sb, qb + 8));
  const judged = after.some((x) => x.kind === 'word' && (EVALUATIVE.test(x.lower) || lex.verb(x.lower).some((e) => e.cls === 'name')));
  if (prev?.lower === 'als' && judged) s += 3.5;
  // (Looked for near the quote: a sentence may be very long and hold many quotes.)
  const near = t.slice(Math.max(sa, qa - 12), qa);
  if (near.some((x) => x.lower === 'von') && [...near, ...after].some((x) => /^(spricht|sprach|sprachen|sprechen|gesprochen|redet|redete|warnt|warnte|gewarnt)$/.test(x.lower))) s += 2;
  // Naming verbs take their object in quotes: „bezeichnete X als „Knaller aus Karlsruhe““.
  if (attr.verb?.cls === 'name' && prev?.kind === 'word') s += 1.5;
  // Slogans are what people chant or carry: „Parolen wie zum Beispiel „Stoppt …““, „mit der
  // Aufschrift „…““ — words, even when they look like a name.
  let slogan = false;
  for (let k = qa - 1; k >= Math.max(sa, qa - 5); k--) if (SLOGAN.test(t[k].lower) && isCapitalized(t[k])) { slogan = true; break; }
  if (slogan) s += 3;
  // Lower-case fragments are words taken from someone, not names.
  if (words.length && !isCapitalized(words[0])) s += 0.5;
  // Titles and names: „der Zeitung „Die Zeit““, Typ „Cessna“, die so genannte „Troika“.
  if (prev && prev.kind === 'word' && lex.isTitleNoun(prev.lower) && !slogan) s -= 4;
  // „Der Name lautet „…““, „Den Namen der Sendung gab das ZDF bekannt: „…““: a name, not words.
  if (!slogan && titledBefore(t, sa, qa)) s -= 4;
  // „Der „Preis der Reichsbank …“ ging an …“: an article opening the sentence names what follows.
  if (qa - 1 === sa && prev && /^(der|die|das)$/.test(prev.lower) && isCapitalized(t[qa + 1])) s -= 3;
  // „…“, wie sich die Junta selbst nennt: a name someone gives themselves.
  if (after.some((x, i) => x.lower === 'sich' && after.slice(i + 1, i + 6).some((y) => /^(nennt|nennen|nannte|nannten|bezeichnet|bezeichnen|bezeichnete|bezeichneten)$/.test(y.lower)))) s -= 4;
  // One of three or more quoted items in a list („…“, „…“ oder „…“): titles, as in a programme.
  if (!slogan && inList(t, qa, qb)) s -= 3;
  if (nicknamed(t, qa, lex)) s -= 4;
  if (prev && (prev.lower === 'wie' || prev.lower === 'als') && !terminal && attr.via !== 'sentence-verb') s -= 0.5;
  const next = t[qb + 1];
  if (next && next.lower === 'genannt') s -= 2;
  const content = words.filter((w) => !FUNCTION_WORDS.has(w.lower));
  // (A single long noun in the genitive or plural, „eines „Volkskrieges““, reads as a word, not a name.)
  const inflected = words.length === 1 && words[0].text.length >= 9 && /(es|ungen|heiten|keiten)$/.test(words[0].text) && !/[A-Z]{2}/.test(words[0].text);
  const nameLike = content.length > 0 && content.every((w) => isCapitalized(w)) && !terminal && !hasVerb && !inflected;
  if (nameLike && !slogan) s -= words.length <= 6 ? 2.5 : 1.5;
  // „Die Zeit“ meldet / Wie „heise online“ berichtet: the quoted name is the source, not speech.
  if (next && next.kind === 'word' && !isCapitalized(next) && lex.verb(next.lower).length && prev?.text !== ',') s -= 3;
  if (nameLike && prev && ARTICLES_AND_PREPOSITIONS.has(prev.lower)) s -= 1;
  if (isAddress(inner)) s -= 5;
  if (words.length <= 1 && !context && attr.via !== 'after' && attr.via !== 'colon-verb') s -= 1;
  return s;
}

/**
 * „Wir sind“, sagte er, „sehr zufrieden.“ is one quote in two segments: the second part
 * follows a comma-framed attribution and goes on without a new sentence.
 */
function mergeInterrupted(text: string, quotes: DirectQuote[]): DirectQuote[] {
  const out: DirectQuote[] = [];
  for (const q of quotes) {
    const prev = out[out.length - 1];
    if (prev && !prev.open) {
      const between = text.slice(prev.end, q.start);
      const prevInner = text.slice(prev.start, prev.end);
      if (/^\s*,\s[^„“"»«.!?]{2,120},\s*$/.test(between) && !/[.!?]\W*$/.test(prevInner) && prev.attribution.via === 'after') {
        const segments = [...(prev.segments ?? [{ start: prev.start, end: prev.end, text: prev.text }]), { start: q.start, end: q.end, text: q.text }];
        out[out.length - 1] = {
          start: prev.start, end: q.end, text: text.slice(prev.start, q.end), attribution: prev.attribution, confidence: Math.max(prev.confidence, q.confidence),
          segments, open: q.open, sentence: prev.sentence, localSource: prev.localSource,
        };
        continue;
      }
    }
    out.push(q);
  }
  return out;
}

/**
 * Words in quotation marks inside indirect or reported speech are the speaker's own words quoted
 * in part: „Dieser bestehe aus „repressiven“ und „präventiven“ Maßnahmen.“ They are direct quotes
 * with the speech's speaker and cue, unless they look like a title or a name („die Zeitung „Die Zeit““).
 */
export function partialQuotes(text: string, tokens: Token[], marks: QuoteSpan[], speech: readonly (Range & { attribution: Attribution })[], direct: readonly Range[], sentences: Range[], lex: Lexicon): DirectQuote[] {
  const out: DirectQuote[] = [];
  // All three lists are in text order: one sweep each, so a paragraph with thousands of quotes stays linear.
  let di = 0, si = 0;
  for (const m of marks) {
    if (m.depth !== 0 || !m.closed || m.end - m.start < 3) continue;
    while (di < direct.length && direct[di].end <= m.start) di++;
    if (di < direct.length && direct[di].start < m.end) continue;
    while (si < speech.length && speech[si].end < m.end) si++;
    const around = si < speech.length && speech[si].start <= m.start ? speech[si] : undefined;
    if (!around) continue;
    const qa = lowerBound(tokens, m.start);
    const qb = lowerBound(tokens, m.end) - 1;
    const prev = tokens[qa - 1];
    if (nicknamed(tokens, qa, lex)) continue;
    // After a title noun it is a name („des Magazins „auto, motor und sport““), unless it opens
    // with an article as a phrase does („sieht in dem Gesetz „kein Hindernis““).
    if (prev?.kind === 'word' && lex.isTitleNoun(prev.lower) && !/^(ein|eine|einen|einem|einer|kein|keine|keinen|keinem|keiner)$/.test(tokens[qa + 1]?.lower ?? '')) continue;
    const next = tokens[qb + 1];
    if (next?.lower === 'genannt') continue;
    // „Die „Kampagne für ein Freies Tibet“ berichtete …“: the quoted name is the source.
    if (isCapitalized(tokens[qa + 1]) && prev && /^(der|die|das)$/.test(prev.lower) && next?.kind === 'word' && !isCapitalized(next) && lex.verb(next.lower).length) continue;
    if (isAddress(text.slice(m.start + 1, m.end - 1).trim()) || titledBefore(tokens, 0, qa) || inList(tokens, qa, qb)) continue;
    // Capitalised quoted words there are mostly names and titles („Passat“, „Financial Times“);
    // the speaker's own words open in lower case („repressiven“, „kein Hindernis für …“), or read
    // as common nouns: a phrase with a function word („Opfer des Terrorismus“) or a long
    // inflected plural („Panikverkäufen“).
    const first = tokens[qa + 1];
    if (!first || first.kind !== 'word') continue;
    if (isCapitalized(first)) {
      const inner = tokens.slice(qa + 1, qb).filter((x) => x.kind === 'word');
      const phrase = inner.length >= 3 && inner.some((x) => /^(des|der|dem|den|mit|von|für|gegen|gegenüber|ohne|unter|über)$/.test(x.text));
      const plural = inner.length === 1 && first.text.length >= 9 && /(en|ungen)$/.test(first.text) && !/[A-Z]{2}/.test(first.text);
      if (!phrase && !plural) continue;
    }
    out.push({ start: m.start, end: m.end, text: text.slice(m.start, m.end), attribution: around.attribution, confidence: 0.55, segments: undefined, open: false, sentence: sentenceAt(sentences, m.start), localSource: undefined });
  }
  return out;
}

/** „die so genannte „Troika““, „Spitzname „Kaiser““: a marker before the quote names what follows. */
function nicknamed(t: Token[], qa: number, lex: Lexicon): boolean {
  const prev = t[qa - 1];
  const prev2 = t[qa - 2];
  return !!prev && prev.kind === 'word' && (lex.nicknameMarkers.has(prev.lower) || (!!prev2 && lex.nicknameMarkers.has(`${prev2.lower} ${prev.lower}`)));
}

/** „Der Name lautet „…““, „Den Titel … gab X bekannt: „…““: a name or title is announced just before. */
function titledBefore(t: Token[], from: number, qa: number): boolean {
  for (let k = Math.max(from, qa - 12); k < qa; k++) if (/^(Name|Namen|Titel|Bezeichnung|Arbeitstitel)$/.test(t[k].text)) return true;
  return false;
}

/** Whether the quote at [qa, qb] is one of at least three quoted items joined by commas, „und“ or „oder“. */
function inList(t: Token[], qa: number, qb: number): boolean {
  const joiner = (x: Token | undefined) => !!x && (x.text === ',' || x.lower === 'und' || x.lower === 'oder');
  let items = 1;
  // Backwards: „…“, [here] (counting stops at three: a long list costs no more per quote)
  for (let k = qa - 1; items < 3 && joiner(t[k]) && t[k - 1]?.kind === 'quote'; ) {
    let open = k - 2;
    while (open >= 0 && t[open].kind !== 'quote') open--;
    if (open < 0) break;
    items++;
    k = open - 1;
  }
  // Forwards: [here], „…“
  for (let k = qb + 1; items < 3 && joiner(t[k]) && t[k + 1]?.kind === 'quote'; ) {
    let close = k + 2;
    while (close < t.length && t[close].kind !== 'quote') close++;
    if (close >= t.length) break;
    items++;
    k = close + 1;
  }
  return items >= 3;
}

/** A web address in quotation marks is a name, never speech. */
function isAddress(inner: string): boolean {
  return /^(https?:|www\.)|\.(com|de|org|net|at|ch)$/i.test(inner);
}

/** Index of the sentence holding `pos` (the last one starting at or before it). */
function sentenceAt(sentences: Range[], pos: number): number {
  let lo = 0, hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid].start <= pos) lo = mid; else hi = mid - 1;
  }
  return Math.max(0, lo);
}

export function lowerBound(tokens: Token[], pos: number): number {
  let lo = 0, hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < pos) lo = mid + 1; else hi = mid;
  }
  return lo;
}
