// The two YAML mistakes marketers make most, with a fix: text starting with @ (a handle) or `, and
// text holding ': ' ("Launch: new menu"). Quoting the value fixes both and keeps the text as written.
// The quotes go around that one value only: inside `{...}` or `[...]` it ends at `,` `}` `]`.
import { isCollection, isPair, isScalar, type Document, type Node, type YAMLError } from '../text/yaml';
import type { RuleFinding } from '../types';
import { lineEnd, lineStart } from '../text/lines';
import type { TextEdit } from '../types';
import { scalarSource } from '../text/yaml-scalar';
import { msg, type Message } from '../text/i18n/message';

interface Place {
  /** The scalar that starts at the offset, and whether it is a mapping key. */
  scalar?: { node: Node; key: boolean };
  /** The offset lies inside a flow collection. */
  flow: boolean;
}

/** What the parsed (if broken) document has at offset: a scalar starting there, and the flow context. */
function placeAt(doc: Document.Parsed, offset: number): Place {
  const place: Place = { flow: false };
  const visit = (node: unknown, flow: boolean, key: boolean): void => {
    if (isScalar(node)) {
      if (node.range?.[0] === offset) place.scalar = { node, key };
      if (node.range && node.range[0] <= offset && offset < node.range[1]) place.flow ||= flow;
      return;
    }
    if (!isCollection(node) || !node.range) return;
    const [start, end] = node.range;
    if (offset < start || offset > end) return;
    const inner = flow || !!node.flow;
    if (inner && offset > start) place.flow = true;
    for (const item of node.items) {
      if (isPair(item)) {
        visit(item.key, inner, true);
        visit(item.value, inner, false);
      } else visit(item, inner, false);
    }
  };
  visit(doc.contents, false, false);
  return place;
}

const QUOTABLE = new Set(['BAD_SCALAR_START', 'BLOCK_AS_IMPLICIT_KEY', 'BLOCK_IN_FLOW']);

/** The finding, with a quoting fix, for a parse error that is one of the two mistakes; else undefined. */
export function quoteFix(error: YAMLError, doc: Document.Parsed, text: string): RuleFinding | undefined {
  if (!QUOTABLE.has(error.code)) return undefined;
  const [start, errorEnd] = error.pos;
  const place = placeAt(doc, start);
  const before = text.slice(lineStart(text, start), start);
  // The text is a value: `key: ` (after `- ` in a list) before it, or inside {...} any `key: `.
  const keyBefore = place.flow ? /[^\s:]:[ \t]+$/.test(before) : /^\s*(- +)?[^\s#:][^#:]*:\s+$/.test(before);
  let edit: TextEdit;
  let message: Message;
  if (error.code === 'BAD_SCALAR_START' && /^[@`]/.test(text.slice(start, start + 1))) {
    const scalar = place.scalar;
    if (scalar && isScalar(scalar.node) && typeof scalar.node.value === 'string' && scalar.node.range) {
      // The parser read the rest of the value: take exactly its characters (several lines, if so).
      const value = scalar.node.value;
      const [s, e] = scalar.node.range;
      edit = { start: s, end: e, newText: scalarSource(value, { flow: place.flow, key: scalar.key }) };
      message = msg('yaml.quote.start', { char: value[0], example: edit.newText });
    } else {
      const value = restOfLine(text, start);
      if (!value || !keyBefore || place.flow) return undefined;
      edit = { start, end: start + value.length, newText: scalarSource(value, { flow: false }) };
      message = msg('yaml.quote.start', { char: value[0], example: edit.newText });
    }
  } else if (error.code === 'BLOCK_AS_IMPLICIT_KEY' || error.code === 'BLOCK_IN_FLOW') {
    // In a flow collection the parser marks the text up to the `,` or `}` that ends it.
    const inFlow = error.code === 'BLOCK_IN_FLOW';
    if (inFlow !== place.flow || !keyBefore) return undefined;
    const value = inFlow
      ? text.slice(start, Math.max(start, errorEnd)).split(/\s#/)[0].trimEnd()
      : restOfLine(text, start);
    if (!value.includes(': ') || /[\r\n]/.test(value) || (inFlow && /[,[\]{}]/.test(value))) return undefined;
    edit = { start, end: start + value.length, newText: scalarSource(value, { flow: inFlow }) };
    message = msg('yaml.quote.colon', { colon: ': ', example: edit.newText });
  } else return undefined;
  if (/^['"]/.test(text.slice(edit.start, edit.start + 1))) return undefined;
  return {
    code: 'yaml/syntax',
    message,
    start: edit.start,
    end: edit.end,
    fixes: [{ title: msg('yaml.fix.quote'), safe: true, edits: [edit] }],
  };
}

/** The text from offset to the end of its line, without a trailing comment or spaces. */
function restOfLine(text: string, offset: number): string {
  return text.slice(offset, lineEnd(text, offset)).split(/\s#/)[0].trimEnd();
}
