// Writing a string into a YAML file: plain where it reads back as the same string, else quoted,
// decided for the place it goes (a flow collection ends a plain scalar at `,` `]` `}`, block style
// does not). Every fix that writes a value or a key goes through here.
import { stringify } from 'yaml';
import { isMap, isScalar, isSeq, parseDocument } from './yaml';

/** Where a scalar is written: inside `{...}`/`[...]` or in block style; as a mapping key or a value. */
export interface ScalarPlace {
  flow: boolean;
  key?: boolean;
}

/** Scalars that are surely plain strings wherever they go (ids, enum values, field names). */
const SIMPLE = /^[A-Za-z][A-Za-z0-9-]*$/;
/** Booleans and nulls in YAML 1.2 or 1.1: quoted, so no YAML tool reads them as anything but text. */
const NOT_STRINGS = /^(?:true|false|null|y|n|yes|no|on|off)$/i;
/** Line breaks and control characters: only double quotes can write them (escaped). */
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\x00-\x08\x0a-\x1f\x7f-\x84\x86-\x9f\u2028\u2029]/;

/**
 * Whether source, written at place, reads back as exactly value (a string, never a number, boolean,
 * null or date) and leaves a neighbour after it intact.
 */
export function readsBackAs(source: string, value: string, place: ScalarPlace): boolean {
  // A neighbour after it, which the written text must leave alone (named unlike any key written).
  const z = value === 'z' ? 'y' : 'z';
  const doc = place.key
    ? parseDocument(place.flow ? `{${source}: 0, ${z}: 0}` : `${source}: 0\n${z}: 0\n`)
    : parseDocument(place.flow ? `[{k: ${source}, ${z}: 0}, ${source}]` : `k: ${source}\n${z}: 0\n`);
  if (doc.errors.length > 0) return false;
  const root = doc.contents;
  const map = place.flow && !place.key ? (isSeq(root) ? root.items[0] : undefined) : root;
  if (!isMap(map) || map.items.length !== 2) return false;
  const [first, second] = map.items;
  const written = place.key ? first.key : first.value;
  if (!isScalar(written) || written.value !== value) return false;
  if (!isScalar(second.key) || second.key.value !== z) return false;
  // In a flow list the scalar is also checked as an item of its own.
  if (place.flow && !place.key) {
    const item = isSeq(root) ? root.items[1] : undefined;
    if (!isScalar(item) || item.value !== value || (root as { items: unknown[] }).items.length !== 2)
      return false;
  }
  return true;
}

/** value in single quotes (a quote doubled), when it has no line break or control character to escape. */
function singleQuoted(value: string): string | undefined {
  if (UNPRINTABLE.test(value)) return undefined;
  return `'${value.replace(/'/g, "''")}'`;
}

/** value in double quotes with YAML's escapes, on one line. */
export function doubleQuoted(value: string): string {
  return stringify(value, { defaultStringType: 'QUOTE_DOUBLE', lineWidth: 0, doubleQuotedAsJSON: true })
    .replace(/\r?\n$/, '')
    .trim();
}

/** The text to write for the string value at place: plain when that is safe, else single, else double quoted. */
export function scalarSource(value: string, place: ScalarPlace): string {
  if (NOT_STRINGS.test(value)) return `'${value}'`;
  if (SIMPLE.test(value)) return value;
  if (value !== '' && !UNPRINTABLE.test(value) && !value.includes('\t') && readsBackAs(value, value, place))
    return value;
  const single = singleQuoted(value);
  if (single !== undefined && readsBackAs(single, value, place)) return single;
  return doubleQuoted(value);
}

/**
 * What to put between a quoted scalar's existing quotes so it reads as value; undefined when those
 * quotes cannot hold it (a line break in single quotes).
 */
export function insideQuotes(value: string, quote: '"' | "'"): string | undefined {
  if (quote === "'") return singleQuoted(value)?.slice(1, -1);
  return doubleQuoted(value).slice(1, -1);
}

/** `$`, `}` and `\` escaped, so text can sit inside a snippet placeholder `${1:text}`. */
export function snippetText(text: string): string {
  return text.replace(/[$}\\]/g, (c) => `\\${c}`);
}
