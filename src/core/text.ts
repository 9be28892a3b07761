// Lines and columns in text, by UTF-16 offsets: shared by the engine, its edits and the language service.

/** The offset where the line holding offset starts. */
export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The offset of the line break ending the line holding offset (text.length on the last line); before a CR of a CRLF. */
export function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  if (nl < 0) return text.length;
  return nl > 0 && text[nl - 1] === '\r' ? nl - 1 : nl;
}

/** The offset just after the line break ending the line holding offset (text.length on the last line). */
export function nextLineStart(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
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

/** The column (UTF-16 units from the line's start) of offset. */
export function columnOf(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

/** The first line of text, without its line break: where a finding about the whole file goes. */
export function firstLineRange(text: string): { start: number; end: number } {
  return { start: 0, end: lineEnd(text, 0) };
}
