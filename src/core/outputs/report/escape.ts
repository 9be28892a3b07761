// Text from a file is data wherever it goes (STYLE.md): escaped for HTML (text and attribute values
// alike) and for Markdown, where it must neither format, link, break a table nor open a tag.

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML[c]);
}

/**
 * Text for a Markdown paragraph or table cell (GitHub Flavored Markdown): entities for `&`, `<`, `>`
 * (no tag, no entity of the file's own); a backslash before each character that could format, link
 * or end a cell; a line break becomes a space, so one value stays in its cell.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ')
    .replace(/[\\`*_[\]|~#]/g, (c) => `\\${c}`)
    .replace(/[&<>]/g, (c) => HTML[c]);
}

/** The same at the start of a line (a list item's text): nor may it open a list or underline a heading. */
export function escapeMarkdownLine(text: string): string {
  return escapeMarkdown(text)
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/^[-+=]/, (c) => `\\${c}`);
}

const RTL_LETTERS = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/g;
const LTR_LETTERS = /[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]/g;

/**
 * The direction a text reads in, by the script most of its letters are in: an English sentence that
 * quotes a Persian title is still English (the first strong letter, which dir="auto" goes by, is not).
 */
export function directionOf(text: string): 'ltr' | 'rtl' {
  const rtl = text.match(RTL_LETTERS)?.length ?? 0;
  const ltr = text.match(LTR_LETTERS)?.length ?? 0;
  return rtl > ltr ? 'rtl' : 'ltr';
}
