// Where the cursor is, read from the text around it rather than from the parsed document: while a
// user types, the YAML is often broken (`ti` alone on a line, `platform: ` with no value yet), and an
// empty line belongs to whichever mapping its indentation says. Block structure comes from columns
// (as yaml-language-server does with indentation), one-line flow collections from a small scanner.
import type { Path, Range } from '../types';
import { MAX_DEPTH } from '../text/yaml';

export type CursorContext =
  | {
      kind: 'key';
      /** The mapping (or, with `inList`, the list) the key goes into. */
      path: Path;
      /** The partial key typed so far (plus the rest of the word after the cursor). */
      range: Range;
      /** Keys the mapping already has. */
      siblings: Set<string>;
      /** Block style, or flow style (`{a: 1, |}`). */
      style: 'block' | 'flow';
    }
  | {
      kind: 'value';
      /** Path of the value being typed, e.g. ['calendar', 0, 'platform'] or [..., 'platforms', 1]. */
      path: Path;
      range: Range;
      /** The value sits right after `key: ` in block style (not inside a list or braces). */
      afterKey: boolean;
      /** The value is inside quotes the user opened. */
      quoted: boolean;
      /** Other values of the same list (for `platforms: [ig, |]`). */
      listed: string[];
    };

interface Line {
  start: number;
  text: string;
}

interface Elem {
  col: number;
  type: 'dash' | 'key';
  key?: string;
  /** For a key: nothing follows its colon but a comment. */
  empty?: boolean;
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    out.push({ start, text: text.slice(start, end > start && text[end - 1] === '\r' ? end - 1 : end) });
    if (nl < 0) return out;
    start = nl + 1;
  }
}

const KEY_RE = /^("[^"]*"|'[^']*'|[^\s#'"{[\]},:-][^#]*?|-[^\s#][^#]*?)\s*:(?=\s|$)/;

function unquote(key: string): string {
  return /^(["']).*\1$/.test(key) ? key.slice(1, -1) : key;
}

/** The dashes and key a line starts with; undefined for blank and comment lines. */
function elementsOf(line: string): Elem[] | undefined {
  let i = 0;
  while (line[i] === ' ') i++;
  if (i >= line.length || line[i] === '#') return undefined;
  const out: Elem[] = [];
  while (line[i] === '-' && (i + 1 >= line.length || line[i + 1] === ' ')) {
    out.push({ col: i, type: 'dash' });
    i++;
    while (line[i] === ' ') i++;
  }
  const m = KEY_RE.exec(line.slice(i));
  if (m) {
    const rest = line.slice(i + m[0].length).trim();
    out.push({ col: i, type: 'key', key: unquote(m[1].trim()), empty: rest === '' || rest.startsWith('#') });
  }
  if (out.length === 0) out.push({ col: i, type: 'key' }); // a scalar or a partial key: a column, no name
  return out;
}

class Block {
  private readonly elems = new Map<number, Elem[] | undefined>();
  constructor(readonly lines: Line[]) {}

  elements(n: number): Elem[] | undefined {
    if (!this.elems.has(n)) this.elems.set(n, elementsOf(this.lines[n].text));
    return this.elems.get(n);
  }

  /** The path of the value element j of line n introduces: a key's value, or a dash's item. */
  pathOf(n: number, elems: Elem[], j: number): Path | undefined {
    const e = elems[j];
    if (e.type === 'key') {
      if (e.key === undefined) return undefined;
      const container = this.containerOf(n, elems, j);
      return container && [...container.path, e.key];
    }
    const container = this.containerOf(n, elems, j);
    return container && [...container.path, container.index];
  }

  /** The collection holding element j of line n; for a dash, also its index in the list. */
  containerOf(n: number, elems: Elem[], j: number): { path: Path; index: number } | undefined {
    if (j > 0) {
      const path = this.pathOf(n, elems, j - 1);
      return path && { path, index: 0 };
    }
    const { col, type } = elems[0];
    let index = 0;
    for (let p = n - 1; p >= 0; p--) {
      const above = this.elements(p);
      if (!above) continue;
      if (/^(---|\.\.\.)(\s|$)/.test(this.lines[p].text)) break;
      const last = above.length - 1;
      // A list may sit at its key's column: `goals:` then `- id: a`.
      if (type === 'dash' && above[last].type === 'key' && above[last].col === col && above[last].empty) {
        const path = this.pathOf(p, above, last);
        return path && { path, index };
      }
      let k = -1;
      for (let i = 0; i < above.length; i++) if (above[i].col < col) k = i;
      if (k < 0) {
        if (type === 'dash' && above[0].col === col && above[0].type === 'dash') index++;
        continue;
      }
      const path = this.pathOf(p, above, k);
      return path && { path, index };
    }
    return { path: [], index };
  }

  /** Keys at column col in the mapping around line n; with `below`, only the lines after n (a new item). */
  siblings(n: number, col: number, below = false): Set<string> {
    const keys = new Set<string>();
    const take = (p: number): boolean => {
      const elems = this.elements(p);
      if (!elems) return true;
      const key = elems.find((e) => e.col === col && e.type === 'key' && e.key !== undefined);
      if (key) keys.add(key.key!);
      // Stop at a line that starts left of the mapping, or at the dash of the next item.
      const starts = elems[0].col < col;
      return !starts;
    };
    for (let p = n - 1; p >= 0 && !below; p--) {
      if (!this.elements(p)) continue;
      if (!take(p)) break;
    }
    for (let p = n + 1; p < this.lines.length; p++) {
      const elems = this.elements(p);
      if (!elems) continue;
      if (elems[0].col < col) break;
      take(p);
    }
    return keys;
  }
}

/** The end of the word continuing after the cursor (so a completion replaces all of `platf|orm`). */
function wordEnd(text: string, offset: number): number {
  let end = offset;
  while (end < text.length && /[\p{L}\p{N}_\-.@/]/u.test(text[end])) end++;
  return end;
}

/** Unclosed flow brackets in prefix, ignoring quoted text: their positions and kinds. */
function openBrackets(prefix: string): { at: number; open: '{' | '[' }[] {
  const stack: { at: number; open: '{' | '[' }[] = [];
  let quote: string | undefined;
  for (let i = 0; i < prefix.length; i++) {
    const c = prefix[i];
    if (quote) {
      if (c === quote) quote = undefined;
      continue;
    }
    if ((c === '"' || c === "'") && (i === 0 || /[\s,[{:]/.test(prefix[i - 1]))) quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(prefix[i - 1]))) return [{ at: -1, open: '[' }];
    else if (c === '{' || c === '[') stack.push({ at: i, open: c });
    else if ((c === '}' || c === ']') && stack.length) stack.pop();
  }
  return stack;
}

export function cursorContext(text: string, offset: number): CursorContext | undefined {
  const lines = linesOf(text);
  let n = 0;
  while (n + 1 < lines.length && lines[n + 1].start <= offset) n++;
  const line = lines[n];
  const col = offset - line.start;
  const prefix = line.text.slice(0, col);
  const block = new Block(lines);
  const brackets = openBrackets(prefix);
  if (brackets.length && brackets[0].at < 0) return undefined; // in a comment
  if (brackets.length > MAX_DEPTH) return undefined; // deeper than a file may be (issue 7.12)
  if (brackets.length) return flowContext(text, offset, block, n, line, prefix, brackets);

  if (/^ *(- +)*-$/.test(prefix)) return undefined; // right after a dash: wait for the space
  const m = /^( *)((?:- +)*)(.*)$/.exec(prefix)!;
  const indent = m[1].length;
  const dashes = m[2];
  const rest = m[3];
  const end = wordEnd(text, offset);
  if (/(^|\s)#/.test(rest)) return undefined;
  const kv = /^("[^"]*"|'[^']*'|[^\s'"#][^:#]*?)\s*:( +)(.*)$/.exec(rest);
  const restCol = indent + dashes.length;
  const lineElems = (keyName?: string): Elem[] => {
    const elems: Elem[] = [];
    let c = indent;
    for (const d of dashes.split('-').slice(1)) {
      elems.push({ col: c, type: 'dash' });
      c += 1 + d.length;
    }
    elems.push({ col: restCol, type: 'key', ...(keyName !== undefined ? { key: keyName } : {}) });
    return elems;
  };
  if (kv) {
    const key = unquote(kv[1].trim());
    const typed = kv[3];
    const quoted = /^["']/.test(typed);
    const partialStart = offset - typed.length + (quoted ? 1 : 0);
    const elems = lineElems(key);
    const path = block.pathOf(n, elems, elems.length - 1);
    if (!path) return undefined;
    return {
      kind: 'value',
      path,
      range: { start: partialStart, end: quoted ? offset : end },
      afterKey: true,
      quoted,
      listed: [],
    };
  }
  if (!/^[\p{L}\p{N}_-]*$/u.test(rest)) return undefined;
  const range = { start: offset - rest.length, end };
  const elems = lineElems();
  if (dashes.trim() !== '') {
    // `- |` or `- ig|`: a new list item; the schema decides whether it is a key or a value.
    const item = block.pathOf(n, elems, elems.length - 2);
    if (!item) return undefined;
    return {
      kind: 'key',
      path: item,
      range,
      siblings: block.siblings(n, restCol, true),
      style: 'block',
    };
  }
  const container = block.containerOf(n, elems, elems.length - 1);
  if (!container) return undefined;
  return { kind: 'key', path: container.path, range, siblings: block.siblings(n, restCol), style: 'block' };
}

function flowContext(
  text: string,
  offset: number,
  block: Block,
  n: number,
  line: Line,
  prefix: string,
  brackets: { at: number; open: '{' | '[' }[],
): CursorContext | undefined {
  const first = brackets[0].at;
  const head = prefix.slice(0, first);
  const hm = /^( *)((?:- +)*)(?:("[^"]*"|'[^']*'|[^\s'"#][^:#]*?)\s*: *)?$/.exec(head);
  if (!hm) return undefined;
  const indent = hm[1].length;
  const dashes = hm[2];
  const elems: Elem[] = [];
  let c = indent;
  for (const d of dashes.split('-').slice(1)) {
    elems.push({ col: c, type: 'dash' });
    c += 1 + d.length;
  }
  if (hm[3] !== undefined) elems.push({ col: c, type: 'key', key: unquote(hm[3].trim()) });
  if (elems.length === 0) return undefined;
  let path = block.pathOf(n, elems, elems.length - 1);
  if (!path) return undefined;
  // Walk the nested brackets: each one's place in its parent.
  for (let b = 1; b < brackets.length; b++) {
    const parent = brackets[b - 1];
    const inside = prefix.slice(parent.at + 1, brackets[b].at);
    const seg = segmentOf(inside, parent.open);
    if (seg === undefined) return undefined;
    path = [...path, seg];
  }
  const top = brackets[brackets.length - 1];
  const inside = prefix.slice(top.at + 1);
  const lastSep = Math.max(inside.lastIndexOf(','), -1);
  const token = inside.slice(lastSep + 1);
  const end = wordEnd(text, offset);
  if (top.open === '[') {
    const index = splitTop(inside).length - 1;
    const typed = token.trimStart();
    const quoted = /^["']/.test(typed);
    const listed = splitTop(inside)
      .slice(0, -1)
      .map((s) => unquote(s.trim()));
    return {
      kind: 'value',
      path: [...path, index],
      range: { start: offset - typed.length + (quoted ? 1 : 0), end: quoted ? offset : end },
      afterKey: false,
      quoted,
      listed,
    };
  }
  const kv = /^\s*("[^"]*"|'[^']*'|[^\s'"#][^:#]*?)\s*:( +)(.*)$/.exec(token);
  if (kv) {
    const typed = kv[3];
    const quoted = /^["']/.test(typed);
    return {
      kind: 'value',
      path: [...path, unquote(kv[1].trim())],
      range: { start: offset - typed.length + (quoted ? 1 : 0), end: quoted ? offset : end },
      afterKey: false,
      quoted,
      listed: [],
    };
  }
  const typed = token.trimStart();
  if (!/^[\p{L}\p{N}_-]*$/u.test(typed)) return undefined;
  const lineRest = line.text.slice(top.at + 1);
  const siblings = new Set([...lineRest.matchAll(/(?:^|[{,])\s*([\w-]+)\s*:/g)].map((x) => x[1]));
  siblings.delete(typed);
  return { kind: 'key', path, range: { start: offset - typed.length, end }, siblings, style: 'flow' };
}

/** Top-level comma-separated parts of a flow collection's text (nested brackets and quotes kept whole). */
function splitTop(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let cur = '';
  for (const ch of s) {
    if (quote) {
      if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') depth--;
    else if (ch === ',' && depth === 0) {
      parts.push(cur);
      cur = '';
      continue;
    }
    cur += ch;
  }
  parts.push(cur);
  return parts;
}

/** Where a nested bracket sits in its parent: the key before it, or its index. */
function segmentOf(inside: string, open: '{' | '['): string | number | undefined {
  const parts = splitTop(inside);
  if (open === '[') return parts.length - 1;
  const m = /^\s*("[^"]*"|'[^']*'|[^\s'"#][^:#]*?)\s*:\s*$/.exec(parts[parts.length - 1]);
  return m ? unquote(m[1].trim()) : undefined;
}
