// The "disable this rule on this line" quick fix offered with every finding.
import { ENGLISH, msg, render, type RenderContext } from '../text/i18n/message';
import type { Finding, Fix } from '../types';
import { eolOf, lineEnd, lineStart } from './nodes';

const DIRECTIVE =
  /^([ \t]*#[ \t]*strategy-lint-disable-next-line)([ \t]+(?:(?![ \t]+--)[^\r\n])*)?([ \t]+--[^\r\n]*)?$/;

/**
 * Inserts `# strategy-lint-disable-next-line CODE` on its own line above the finding's line, indented
 * like it; when the line above already is such a directive, the code is appended to it (`A, B`).
 */
export function disableRuleFix(text: string, finding: Finding, ctx: RenderContext = ENGLISH): Fix {
  const titleMessage = msg('fix.disableLine', { code: finding.code });
  const title = render(titleMessage, ctx);
  const start = lineStart(text, Math.min(finding.start, text.length));
  const line = text.slice(start, lineEnd(text, start));
  const indent = /^[ \t]*/.exec(line)?.[0] ?? '';
  if (start > 0) {
    const prevStart = lineStart(text, start - 1);
    const prevEnd = lineEnd(text, prevStart);
    const match = DIRECTIVE.exec(text.slice(prevStart, prevEnd));
    if (match) {
      const codes = (match[2] ?? '').split(/[\s,]+/).filter(Boolean);
      // No codes: the directive already covers every rule.
      if (codes.length === 0 || codes.includes(finding.code))
        return { title, titleMessage, edits: [], safe: false };
      const at = prevStart + match[1].length + (match[2] ?? '').length;
      return {
        title,
        titleMessage,
        edits: [{ start: at, end: at, newText: `, ${finding.code}` }],
        safe: false,
      };
    }
  }
  const newText = `${indent}# strategy-lint-disable-next-line ${finding.code}${eolOf(text)}`;
  return { title, titleMessage, edits: [{ start, end: start, newText }], safe: false };
}
