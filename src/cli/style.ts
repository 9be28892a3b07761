// Terminal colors, only for a terminal and never with NO_COLOR (https://no-color.org).
import type { Io } from './io';

export interface Style {
  red: (s: string) => string;
  yellow: (s: string) => string;
  cyan: (s: string) => string;
  green: (s: string) => string;
  dim: (s: string) => string;
  bold: (s: string) => string;
}

const wrap =
  (open: number, close: number) =>
  (s: string): string =>
    `\u001b[${open}m${s}\u001b[${close}m`;

const COLORS: Style = {
  red: wrap(31, 39),
  yellow: wrap(33, 39),
  cyan: wrap(36, 39),
  green: wrap(32, 39),
  dim: wrap(2, 22),
  bold: wrap(1, 22),
};

const same = (s: string): string => s;
const PLAIN: Style = { red: same, yellow: same, cyan: same, green: same, dim: same, bold: same };

export function styleFor(io: Io): Style {
  const noColor = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '';
  const force =
    io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0' && io.env.FORCE_COLOR !== 'false';
  return !noColor && (io.isTTY || force) ? COLORS : PLAIN;
}

/** Width in code points: close enough for Persian and most scripts, and what the contract allows. */
export function width(s: string): number {
  return Array.from(s).length;
}

export function padEnd(s: string, w: number): string {
  return s + ' '.repeat(Math.max(0, w - width(s)));
}

export function padStart(s: string, w: number): string {
  return ' '.repeat(Math.max(0, w - width(s))) + s;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * Control characters that a terminal would act on: C0 (tab and line breaks included: a finding is one
 * line), DEL, C1 (U+009B is a second way to start an escape sequence), the Unicode line and paragraph
 * separators, and the bidi embeddings, overrides and isolates that can reorder what is shown ("Trojan
 * Source"). Persian text needs none of them; ZWNJ and the LRM/RLM marks are kept.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** The same, without the isolates (U+2067…U+2069) the engine puts around values in Persian messages. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE_IN_MESSAGE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066]/g;

const NAMED: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/**
 * Text from a file (values, keys, ids, names) or from the file system (file names), safe to print on a
 * terminal: each control character shown as an escape (`\x1b`, `\u009b`, `\u202e`), as ESLint and
 * ripgrep do, so a file cannot clear the screen, set the title or hide a link in the output.
 */
export function printable(text: string): string {
  return text.replace(UNSAFE, escape);
}

/**
 * A message of the engine, safe to print: as `printable`, but the first-strong and right-to-left
 * isolates (U+2067, U+2068, U+2069) stay, so a Persian line keeps its Latin ids in order. An isolate
 * reorders only what is inside it and ends with its line; the overrides and embeddings that can hide
 * text (U+202A…U+202E) and U+2066 are still shown escaped.
 */
export function printableMessage(text: string): string {
  return text.replace(UNSAFE_IN_MESSAGE, escape);
}

function escape(c: string): string {
  const code = c.charCodeAt(0);
  return (
    NAMED[c] ??
    (code < 0x80 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`)
  );
}
