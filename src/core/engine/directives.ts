// Inline configuration comments, as ESLint and markdownlint users expect them:
//   # strategy-lint-disable-next-line CODE [CODE...]   the next line
//   # strategy-lint-disable-line CODE [CODE...]        this line
//   # strategy-lint-disable CODE [CODE...]             the whole file
// Without codes, a directive covers every code; ` -- why` after the codes is a reason, ignored.
import { LineIndex } from '../text/positions';

export interface Directives {
  /** Codes disabled for the whole file; '*' for all. */
  file: Set<string>;
  /** Line number (0-based) to the codes disabled on it. */
  lines: Map<number, Set<string>>;
}

const DIRECTIVE = /#\s*strategy-lint-(disable-next-line|disable-line|disable)\b([^\n\r]*)/g;

export function parseDirectives(text: string): Directives {
  const file = new Set<string>();
  const lines = new Map<number, Set<string>>();
  if (!text.includes('strategy-lint-disable')) return { file, lines };
  // Lines as the editor counts them (a lone CR ends one too), the lines findings are matched on.
  const index = new LineIndex(text);
  for (const m of text.matchAll(DIRECTIVE)) {
    const { line } = index.position(m.index);
    // As in ESLint, ` -- ` starts a free-text reason that is not a code.
    const codes = m[2]
      .split(/\s--(?:\s|$)/)[0]
      .split(/[\s,]+/)
      .filter(Boolean);
    const set = codes.length ? codes : ['*'];
    if (m[1] === 'disable') set.forEach((c) => file.add(c));
    else {
      const target = m[1] === 'disable-line' ? line : line + 1;
      const s = lines.get(target) ?? new Set<string>();
      set.forEach((c) => s.add(c));
      lines.set(target, s);
    }
  }
  return { file, lines };
}

export function matchesCode(set: Set<string>, code: string): boolean {
  return set.has('*') || set.has(code) || set.has(code.slice(0, code.indexOf('/') + 1) + '*');
}
