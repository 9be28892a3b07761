// Small text and node helpers shared by the language-service features.
import { isScalar, type Node, type Scalar } from '../text/yaml';
import type { Range } from '../types';

export { columnOf, eolOf, indentOf, lineEnd, lineStart, nextLineStart } from '../text/lines';

export function contains(range: Range, offset: number): boolean {
  return range.start <= offset && offset <= range.end;
}

export function isQuoted(node: Scalar): boolean {
  return node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
}

/** A scalar's characters without its quotes; undefined for anything but a non-empty scalar. */
export function scalarRange(node: Node | null | undefined): Range | undefined {
  if (!isScalar(node) || !node.range) return undefined;
  const [start, end] = node.range;
  if (end <= start) return undefined;
  if (isQuoted(node) && end - start >= 2) return { start: start + 1, end: end - 1 };
  return { start, end };
}

/** A scalar's value as a string (numbers too), or undefined. */
export function scalarText(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const v = node.value;
  return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
}

export { formatNumber } from '../text/numbers';

export const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
export const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/;
export const SLUG_RE = /^[a-z0-9][a-z0-9-]*$/;

/** A real YYYY-MM-DD day (2027-02-30 is not). */
export function isValidDate(s: string): boolean {
  if (!DATE_RE.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}
