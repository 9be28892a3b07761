// From a path in the YAML document to offsets in the text.
import { isCollection, isNode, isPair, isScalar, type Node } from './yaml';
import type { Analysis } from '../engine/model';
import type { Path, Range } from '../types';

/** The YAML node at path (scalars, maps and sequences), following keys by their string value. */
export function nodeAt(analysis: Analysis, path: Path): Node | undefined {
  let node: unknown = analysis.doc.contents;
  for (const seg of path) {
    if (!isCollection(node)) return undefined;
    node = childOf(node.items, seg);
    if (node === undefined) return undefined;
  }
  return isNode(node) ? node : undefined;
}

function childOf(items: unknown[], seg: string | number): unknown {
  if (typeof seg === 'number') {
    const item = items[seg];
    return isPair(item) ? undefined : item;
  }
  for (const item of items) {
    if (isPair(item) && keyString(item.key) === seg) return item.value ?? null;
  }
  return undefined;
}

/** The key node of the last path segment (for a mapping entry). */
export function keyNodeAt(analysis: Analysis, path: Path): Node | undefined {
  if (path.length === 0) return undefined;
  const parent = path.length === 1 ? analysis.doc.contents : nodeAt(analysis, path.slice(0, -1));
  const last = path[path.length - 1];
  if (!isCollection(parent) || typeof last !== 'string') return undefined;
  for (const item of parent.items) {
    if (isPair(item) && keyString(item.key) === last) return isNode(item.key) ? item.key : undefined;
  }
  return undefined;
}

export function keyString(key: unknown): string | undefined {
  if (isScalar(key))
    return key.value === null || key.value === undefined ? undefined : scalarString(key.value);
  return typeof key === 'string' ? key : undefined;
}

/** A scalar's value as text: a YAML scalar holds a string, number, boolean or null. */
export function scalarString(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  return value === null || value === undefined ? '' : JSON.stringify(value);
}

export function rangeOfNode(node: Node | null | undefined): Range | undefined {
  const r = node?.range;
  return r ? { start: r[0], end: r[1] } : undefined;
}

/**
 * Where path's value sits; with part 'key', where its key sits. A key whose value is empty (`title:`)
 * has no value node: its key is returned instead, so a finding still has a place to stand.
 */
export function rangeAt(analysis: Analysis, path: Path, part: 'key' | 'value' = 'value'): Range | undefined {
  if (part === 'key') return rangeOfNode(keyNodeAt(analysis, path));
  const node = nodeAt(analysis, path);
  const range = rangeOfNode(node);
  if (range && range.end > range.start) return range;
  return rangeOfNode(keyNodeAt(analysis, path)) ?? range;
}
