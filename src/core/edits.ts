// Text edits: applying them, choosing the safe fixes, and the minimal insertions the fixes make
// (a new list item, missing fields) in the file's own indentation and line endings.
import { isMap, isSeq, type Node } from './yaml';
import type { Analysis } from './model';
import { nodeAt } from './ranges';
import { columnOf, eolOf, lineEnd } from './text';
import type { Finding, Path, TextEdit } from './types';

/** Applies non-overlapping edits (offsets in the original text), in any order. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    if (e.start < at) throw new RangeError('Edits overlap');
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}

/** The edits of every finding's first safe fix, skipping any that would overlap one already taken. */
export function safeFixEdits(findings: readonly Finding[]): TextEdit[] {
  const taken: TextEdit[] = [];
  for (const f of findings) {
    const fix = f.fixes?.find((x) => x.safe && !x.snippet);
    if (!fix) continue;
    const clash = fix.edits.some((e) => taken.some((t) => e.start < t.end && t.start < e.end));
    if (!clash) taken.push(...fix.edits);
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** Where to insert after node: at the end of its last line (past any trailing comment on it). */
function endOfNodeLine(text: string, node: Node): number {
  let end = node.range![1];
  while (end > node.range![0] && /\s/.test(text[end - 1])) end--;
  return lineEnd(text, Math.max(end - 1, node.range![0]));
}

/**
 * Appends `key: value` lines to the block mapping at path, indented like its keys. Undefined for a
 * flow mapping (`{...}`) or a missing one.
 */
export function appendMapFields(
  analysis: Analysis,
  path: Path,
  fields: [string, string][],
): TextEdit | undefined {
  const map = nodeAt(analysis, path);
  if (!isMap(map) || map.flow || map.items.length === 0) return undefined;
  const { text } = analysis;
  const eol = eolOf(text);
  const indent = ' '.repeat(columnOf(text, map.range![0]));
  const at = endOfNodeLine(text, map);
  return { start: at, end: at, newText: fields.map(([k, v]) => `${eol}${indent}${k}: ${v}`).join('') };
}

/**
 * Appends an item to the top-level list `section` (creating the section at the end of the file when
 * absent). The first field goes on the dash line. Returns the edit and the offset, in the new text,
 * just after the last field's value.
 */
export function appendListItem(
  analysis: Analysis,
  section: string,
  fields: [string, string][],
): { edits: TextEdit[]; cursor: number } | undefined {
  const { text } = analysis;
  const eol = eolOf(text);
  const seq = nodeAt(analysis, [section]);
  const root = analysis.doc.contents;
  if (!isMap(root) || root.flow) return undefined;
  let dashIndent: string;
  let at: number;
  let prefix: string;
  if (isSeq(seq) && !seq.flow && seq.items.length > 0) {
    dashIndent = ' '.repeat(columnOf(text, seq.range![0]));
    at = endOfNodeLine(text, seq);
    prefix = eol;
  } else if (
    seq === undefined &&
    !root.items.some((p) => String((p.key as { value?: unknown })?.value) === section)
  ) {
    const keyIndent = ' '.repeat(columnOf(text, root.range[0]));
    dashIndent = keyIndent + '  ';
    at = text.length;
    const sep = text.length === 0 || text.endsWith('\n') ? '' : eol;
    prefix = `${sep}${keyIndent}${section}:${eol}`;
  } else {
    return undefined;
  }
  const inner = dashIndent + '  ';
  const body = fields
    .map(([k, v], i) => (i === 0 ? `${dashIndent}- ${k}: ${v}` : `${eol}${inner}${k}: ${v}`))
    .join('');
  const trailing = at === text.length && prefix !== eol ? eol : '';
  const newText = `${prefix}${body}${trailing}`;
  return { edits: [{ start: at, end: at, newText }], cursor: at + prefix.length + body.length };
}
