// Text from a strategy file into Markdown (hovers, completion documentation). Every user value goes
// through one of these two, so a file cannot put a link, an image or HTML into what the editor shows.
import type { Arg } from '../text/i18n/message';

/**
 * Characters that start an inline construct anywhere (CommonMark and GFM): escapes, code, emphasis,
 * strikethrough, links and images, raw HTML and entities, tables, and the `:` and `.` that bare links
 * need (`https://`, `www.`, `a@b.example`). A backslash makes each of them literal (CommonMark 2.4).
 */
const INLINE = /[\\`*_~[\]<>&|!#:.]/g;

/** A line's first characters that start a block: a list, a quote, a heading, a rule, a numbered item. */
const BLOCK_START = /^([-+=>#]|\d{1,9}[.)])/;

/** Text that renders exactly as written. Line breaks become spaces: a value stays in its paragraph. */
export function mdText(text: string): string {
  const line = text.replace(/\r\n|\r|\n/g, ' ');
  return line
    .replace(INLINE, '\\$&')
    .replace(BLOCK_START, (start) => start.slice(0, -1) + '\\' + start.slice(-1));
}

/**
 * Text as inline code: the fence is one backtick longer than the longest run of backticks inside, and
 * a space pads text that starts or ends with a backtick or with spaces on both ends (CommonMark 6.1).
 */
export function mdCode(text: string): string {
  const line = text.replace(/\r\n|\r|\n/g, ' ');
  const longest = Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad =
    line.startsWith('`') || line.endsWith('`') || (line.startsWith(' ') && line.endsWith(' ')) || line === ''
      ? ' '
      : '';
  return `${fence}${pad}${line}${pad}${fence}`;
}

/**
 * A message argument for Markdown: a value from the file (a string, a figure's unit) escaped with
 * mdText. Figures, dates and nested messages are the tool's own words and stay as they render.
 */
export function mdArg(arg: Arg): Arg {
  if (typeof arg === 'string') return mdText(arg);
  if (typeof arg === 'object' && 'num' in arg && arg.unit !== undefined)
    return { num: arg.num, unit: mdText(arg.unit) };
  if (typeof arg === 'object' && 'list' in arg) return { ...arg, list: arg.list.map(mdArg) };
  return arg;
}
