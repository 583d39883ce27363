// Offsets to lines: the start of every line once, then a binary search per offset.
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /** 1-based line of an offset, as editors and `file:line` show it. */
  lineOf(offset: number): number {
    let lo = 0, hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    return lo + 1;
  }

  /** 0-based line and character of an offset, as VS Code's Position takes them. */
  position(offset: number): [line: number, character: number] {
    const line = this.lineOf(offset) - 1;
    return [line, offset - this.starts[line]];
  }
}
