// A quick negative test before looking a word up in a Map or Set of a lexicon. Most words of a
// text are in none of them, and a lookup of a word just cut from the text first has to hash it;
// one bit per (first letter, last letter, length) turns most of those lookups away for the cost
// of two character reads.

export class WordFilter {
  private readonly bits = new Uint8Array(0x10000);

  constructor(words: Iterable<string> = []) {
    for (const w of words) this.add(w);
  }

  add(word: string): void {
    this.bits[filterKey(word)] = 1;
  }

  /** False when the word is certainly not among those added; true when it may be. */
  mayHave(word: string): boolean {
    return this.bits[filterKey(word)] === 1;
  }
}

function filterKey(w: string): number {
  return ((w.charCodeAt(0) * 31 + w.charCodeAt(w.length - 1)) * 31 + w.length) & 0xffff;
}
