// Lines and columns in text, by UTF-16 offsets: shared by the engine, its edits and the language service.
// A line ends where VS Code ends it: at \n, \r\n, or a lone \r (an old Mac line ending).

const LF = 10;
const CR = 13;

/** The offset where the line holding offset starts. */
export function lineStart(text: string, offset: number): number {
  if (offset <= 0) return 0;
  const nl = text.lastIndexOf('\n', offset - 1);
  // A lone CR after that LF starts a line too (the CR of a CRLF does not: its LF does).
  for (let i = Math.min(offset, text.length) - 1; i > nl; i--)
    if (text.charCodeAt(i) === CR && text.charCodeAt(i + 1) !== LF) return i + 1;
  return nl + 1;
}

/** The offset of the line break ending the line holding offset (text.length on the last line); before a CR of a CRLF. */
export function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  const stop = nl < 0 ? text.length : nl;
  for (let i = offset; i < stop; i++) if (text.charCodeAt(i) === CR) return i;
  if (nl < 0) return text.length;
  return nl > 0 && text.charCodeAt(nl - 1) === CR ? nl - 1 : nl;
}

/** The offset just after the line break ending the line holding offset (text.length on the last line). */
export function nextLineStart(text: string, offset: number): number {
  const end = lineEnd(text, offset);
  if (end >= text.length) return text.length;
  return text.charCodeAt(end) === CR && text.charCodeAt(end + 1) === LF ? end + 2 : end + 1;
}

/** The line break the text uses: CRLF when its first line ends with one. */
export function eolOf(text: string): string {
  const nl = text.indexOf('\n');
  return nl > 0 && text[nl - 1] === '\r' ? '\r\n' : '\n';
}

/** The leading spaces (and tabs) of the line holding offset. */
export function indentOf(text: string, offset: number): string {
  const start = lineStart(text, offset);
  return /^[ \t]*/.exec(text.slice(start, lineEnd(text, start)))?.[0] ?? '';
}

/** The column (UTF-16 units from the line's start) of offset; between the CR and LF of a CRLF, the CR's. */
export function columnOf(text: string, offset: number): number {
  const start = lineStart(text, offset);
  const inBreak = offset > start && text.charCodeAt(offset - 1) === CR && text.charCodeAt(offset) === LF;
  return offset - start - (inBreak ? 1 : 0);
}

/** The first line of text, without its line break: where a finding about the whole file goes. */
export function firstLineRange(text: string): { start: number; end: number } {
  return { start: 0, end: lineEnd(text, 0) };
}
