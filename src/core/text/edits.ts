// Text edits: applying them, choosing the safe fixes, and the minimal edits the fixes make (a
// scalar rewritten, a new list item, missing fields) in the file's own indentation and line endings.
import { isCollection, isMap, isScalar, isSeq, type Node, type Scalar } from './yaml';
import type { Analysis } from '../engine/model';
import { keyNodeAt, nodeAt } from './ranges';
import { columnOf, eolOf, lineEnd } from './lines';
import type { Finding, Path, TextEdit } from '../types';
import { insideQuotes, scalarSource, type ScalarPlace } from './yaml-scalar';

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
    const fix = f.fixes?.find((x) => x.safe);
    if (!fix) continue;
    const clash = fix.edits.some((e) => taken.some((t) => e.start < t.end && t.start < e.end));
    if (!clash) taken.push(...fix.edits);
  }
  return taken.sort((a, b) => a.start - b.start);
}

/**
 * An edit writing value in place of a scalar: only the scalar's own characters change, so comments
 * and neighbours stay. Quoted scalars keep their quotes when those can hold the value; a plain one
 * becomes quoted where the value needs it; a block scalar (`|`, `>`) becomes a one-line scalar on its
 * key's line, keeping a comment on its header. A number or boolean is written plain. Undefined for an
 * empty scalar.
 */
export function replaceScalar(
  text: string,
  node: Scalar,
  value: string | number | boolean,
  place: ScalarPlace,
): TextEdit | undefined {
  const range = node.range;
  if (!range || range[1] <= range[0]) return undefined;
  const [start, end] = range;
  const source = (at: ScalarPlace) => (typeof value === 'string' ? scalarSource(value, at) : String(value));
  if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
    const header = /^[|>][-+0-9]*([ \t]+#[^\r\n]*)?/.exec(text.slice(start, end));
    if (!header) return undefined;
    // The block's range runs past its last line break (and trailing blank lines): keep those.
    let stop = end;
    while (stop > start + header[0].length && /\s/.test(text[stop - 1])) stop--;
    return { start, end: stop, newText: source({ flow: false }) + (header[1] ?? '') };
  }
  if (
    typeof value === 'string' &&
    (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') &&
    end - start >= 2
  ) {
    const inner = insideQuotes(value, node.type === 'QUOTE_DOUBLE' ? '"' : "'");
    if (inner !== undefined) return { start: start + 1, end: end - 1, newText: inner };
  }
  return { start, end, newText: source(place) };
}

/** Whether the node at path (a value, or with part 'key' its key) is written inside `{...}` or `[...]`. */
export function inFlowAt(analysis: Analysis, path: Path): boolean {
  const parent = nodeAt(analysis, path.slice(0, -1));
  return isCollection(parent) && !!parent.flow;
}

/** replaceScalar for the value at path, or with part 'key' for its key (a typo in a field name). */
export function replaceScalarAt(
  analysis: Analysis,
  path: Path,
  value: string | number | boolean,
  part: 'key' | 'value' = 'value',
): TextEdit | undefined {
  const node = part === 'key' ? keyNodeAt(analysis, path) : nodeAt(analysis, path);
  if (!isScalar(node)) return undefined;
  return replaceScalar(analysis.text, node, value, { flow: inFlowAt(analysis, path), key: part === 'key' });
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

/**
 * Inserts `key: value` fields right after the field at path, in its mapping's style: on new lines
 * below the field's value, indented like its key, in a block mapping (after a comment on that line);
 * `, key: value` just after the value in a flow one (`{...}`). Values are YAML source, written as
 * given. Undefined when the field has no value node.
 */
export function insertFieldsAfter(
  analysis: Analysis,
  path: Path,
  fields: [string, string][],
): TextEdit | undefined {
  const parent = nodeAt(analysis, path.slice(0, -1));
  const key = keyNodeAt(analysis, path);
  const value = nodeAt(analysis, path);
  if (!isMap(parent) || !key?.range || !value?.range || value.range[1] <= value.range[0]) return undefined;
  const { text } = analysis;
  if (parent.flow) {
    const at = value.range[1];
    return { start: at, end: at, newText: fields.map(([k, v]) => `, ${k}: ${v}`).join('') };
  }
  const eol = eolOf(text);
  const indent = ' '.repeat(columnOf(text, key.range[0]));
  const at = endOfNodeLine(text, value);
  return { start: at, end: at, newText: fields.map(([k, v]) => `${eol}${indent}${k}: ${v}`).join('') };
}
