// Offsets to lines and columns (0-based, UTF-16 code units), only at the edges. Lines end as VS Code
// ends them: at \n, \r\n, or a lone \r (an old Mac line ending), so the CLI's positions are the editor's.

export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    if (!text.includes('\r')) {
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
      return;
    }
    const breaks = /\r\n?|\n/g;
    for (let m = breaks.exec(text); m; m = breaks.exec(text)) this.starts.push(m.index + m[0].length);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  position(offset: number): { line: number; column: number } {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, column: this.beforeBreak(o, this.starts[lo]) - this.starts[lo] };
  }

  /** The offset of a line and column; a column past the line's end is its end (as VS Code's offsetAt). */
  offset(line: number, column: number): number {
    if (line >= this.starts.length) return this.text.length;
    if (line < 0) return 0;
    const start = this.starts[line];
    if (column <= 0) return start;
    const next = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
    return this.beforeBreak(Math.min(start + column, next), start);
  }

  /** An offset inside a line break (between \r and \n) belongs before it. */
  private beforeBreak(offset: number, lineStart: number): number {
    let o = offset;
    while (o > lineStart && isBreak(this.text.charCodeAt(o - 1))) o--;
    return o;
  }
}

function isBreak(c: number): boolean {
  return c === 10 || c === 13;
}
