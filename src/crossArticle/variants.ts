// Quote variants: the same statement quoted in two or more places with different words (changed,
// left out or added; punctuation, case and quotation-mark style do not count). Candidates come from
// MinHash signatures of words and word pairs, split into bands (locality-sensitive hashing): two quotes are
// compared only when a band of their signatures agrees, and within a bucket each quote is compared
// with the bucket's first and previous quote only: at most two comparisons per quote and band, so
// the work is linear in the number of quotes — never every pair. Union-find joins the confirmed pairs into groups.
import type { IndexedQuote } from './speakerIndex';

/** Quotes shorter than this are too common („Nein.“, „Wir prüfen das.“) to call variants. */
export const MIN_VARIANT_WORDS = 4;
// 20 bands of 2 hashes: two quotes with a Jaccard similarity of 0.4 (a four-word quote with one
// word changed) meet in some bucket with probability 1 − (1 − 0.4²)²⁰ ≈ 0.97; at 0.6, 0.9999.
const HASHES = 40;
const ROWS = 2;
/** Share of the shorter quote's words that the longer one must hold. */
const MIN_SHARED = 0.7;

export interface QuoteGroup {
  /** The members in timeline order as given. */
  members: IndexedQuote[];
  /** Distinct wordings (words only, lower case); 1 = the same words everywhere. */
  wordings: number;
}

export interface VariantResult {
  /** Groups of two or more places with the same statement, variants first. */
  groups: QuoteGroup[];
  /** Quote pairs compared in full: grows linearly with the quotes (checked in the tests). */
  comparisons: number;
}

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/** A quote's words: lower case, without punctuation or quotation marks. */
export function quoteWords(text: string): string[] {
  return [...text.normalize('NFC').matchAll(WORD)].map((m) => m[0].toLocaleLowerCase('de').replace(/’/g, "'"));
}

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A well-mixed 32-bit hash of x under seed k (murmur3's finaliser). */
function mix(x: number, k: number): number {
  let h = (x ^ Math.imul(k + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function signature(words: string[]): Uint32Array {
  // (Words and word pairs: pairs keep order, words keep a short quote with one change similar.)
  const shingles = new Set<number>();
  for (let i = 0; i < words.length; i++) shingles.add(fnv(words[i]));
  for (let i = 0; i + 1 < words.length; i++) shingles.add(fnv(words[i] + ' ' + words[i + 1]));
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  for (const s of shingles) for (let k = 0; k < HASHES; k++) { const h = mix(s, k); if (h < sig[k]) sig[k] = h; }
  return sig;
}

/** Whether two word lists hold the same statement: most words of the shorter one in the longer one. */
function sameStatement(a: string[], b: string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const pool = new Map<string, number>();
  for (const w of long) pool.set(w, (pool.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of short) { const n = pool.get(w) ?? 0; if (n > 0) { shared++; pool.set(w, n - 1); } }
  // (A shortened quote holds far fewer words than the full one, but all of them.)
  return shared >= MIN_VARIANT_WORDS - 1 && shared >= MIN_SHARED * short.length && shared >= 0.4 * long.length;
}

export function findVariants(quotes: readonly IndexedQuote[]): VariantResult {
  const items = quotes
    .filter((q) => q.type === 'direct' && q.status !== 'rejected')
    .map((q) => ({ q, words: quoteWords(q.text) }))
    .filter((x) => x.words.length >= MIN_VARIANT_WORDS);
  const parent = items.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  let comparisons = 0;
  const tried = new Set<number>();
  const compare = (i: number, j: number): boolean => {
    if (find(i) === find(j)) return true;
    const pair = i < j ? i * items.length + j : j * items.length + i;
    if (tried.has(pair)) return false;
    tried.add(pair);
    comparisons++;
    if (!sameStatement(items[i].words, items[j].words)) return false;
    parent[find(j)] = find(i);
    return true;
  };
  const buckets = new Map<string, number[]>();
  items.forEach((x, i) => {
    const sig = signature(x.words);
    for (let band = 0; band < HASHES / ROWS; band++) {
      const key = `${band}:${Array.from(sig.subarray(band * ROWS, band * ROWS + ROWS)).join(',')}`;
      const b = buckets.get(key);
      if (b) b.push(i); else buckets.set(key, [i]);
    }
  });
  for (const members of buckets.values()) {
    for (let k = 1; k < members.length; k++) {
      if (!compare(members[0], members[k])) compare(members[k - 1], members[k]);
    }
  }
  const groups = new Map<number, number[]>();
  items.forEach((_, i) => { const r = find(i); const g = groups.get(r); if (g) g.push(i); else groups.set(r, [i]); });
  const out: QuoteGroup[] = [];
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    const wordings = new Set(g.map((i) => items[i].words.join(' '))).size;
    out.push({ members: g.map((i) => items[i].q), wordings });
  }
  out.sort((a, b) => (b.wordings > 1 ? 1 : 0) - (a.wordings > 1 ? 1 : 0) || b.members.length - a.members.length);
  return { groups: out, comparisons };
}

/** Groups by member: for a quote, the group it belongs to. */
export function groupOf(result: VariantResult): Map<string, QuoteGroup> {
  const m = new Map<string, QuoteGroup>();
  for (const g of result.groups) for (const q of g.members) m.set(`${q.article}\u0000${q.id}`, g);
  return m;
}

/** The group's members worded differently from this quote (its words, not its punctuation). */
export function otherWordings(group: QuoteGroup, self: { article: string; id: string; text: string }): IndexedQuote[] {
  const mine = quoteWords(self.text).join(' ');
  return group.members.filter((m) => !(m.article === self.article && m.id === self.id) && quoteWords(m.text).join(' ') !== mine);
}
