// Every safe fix of a text: what `--fix` writes and what the editor's "fix all" (source.fixAll.strategy)
// applies, one loop for both. A fix can make another possible (a key typo hides its value's typo from
// the schema), so the text is linted again after each round of fixes.
import { lint, type LintResult } from './lint';
import { applyEdits, safeFixEdits } from '../text/edits';
import { LineIndex } from '../text/positions';
import type { Fix, LintOptions, TextEdit } from '../types';

/** Rounds of fixes at most: each round re-lints the whole text. */
export const MAX_FIX_PASSES = 5;

/** One fix applied, for a report. */
export interface AppliedFix {
  code: string;
  /** `'old' → 'new'` for a fix that replaces one piece of text, else the fix's title. */
  what: string;
  /** Where its finding started, 0-based (UTF-16 columns), in the text of its round. */
  line: number;
  column: number;
}

export interface FixAllResult {
  /** The text with every safe fix applied. */
  text: string;
  /** The lint of `text`. */
  result: LintResult;
  /** The fixes applied, round by round, each round in text order. */
  fixed: AppliedFix[];
  /**
   * The rounds' edits composed into edits of the original text (sorted, non-overlapping), so an editor
   * applies them as one edit, touching only what the fixes touch: `applyEdits(original, edits) === text`.
   */
  edits: TextEdit[];
}

/**
 * Applies the safe fixes, re-linting until nothing more is fixable or MAX_FIX_PASSES rounds are done.
 * `initial`, when the caller has it, is the lint of `text` with these options (it saves one lint).
 */
export function fixAll(text: string, options: LintOptions = {}, initial?: LintResult): FixAllResult {
  const fixed: AppliedFix[] = [];
  let current = text;
  let result = initial ?? lint(text, options);
  let edits: TextEdit[] = [];
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const round = safeFixEdits(result.findings);
    if (round.length === 0) break;
    const chosen = new Set(round);
    const lines = new LineIndex(current);
    for (const f of result.findings) {
      // The fix safeFixEdits took for this finding, unless it gave way to one it overlaps.
      const fix = f.fixes?.find((x) => x.safe);
      if (!fix || !fix.edits.every((e) => chosen.has(e))) continue;
      const at = lines.position(f.start);
      fixed.push({ code: f.code, what: describeFix(current, fix), line: at.line, column: at.column });
    }
    edits = composeEdits(edits, round);
    current = applyEdits(current, round);
    result = lint(current, options);
  }
  return {
    text: current,
    result,
    fixed,
    edits: edits.filter((e) => text.slice(e.start, e.end) !== e.newText),
  };
}

function describeFix(text: string, fix: Fix): string {
  const only = fix.edits.length === 1 ? fix.edits[0] : undefined;
  if (only && only.end > only.start && only.newText)
    return `'${text.slice(only.start, only.end)}' → '${only.newText}'`;
  return fix.title;
}

/**
 * `first` (edits of a text) then `then` (edits of the result), as edits of the first text: each later
 * edit is mapped back through the earlier ones and merged with any it overlaps or touches, so nothing
 * outside what either changed is rewritten. Both lists non-overlapping; the result is sorted.
 */
export function composeEdits(first: readonly TextEdit[], then: readonly TextEdit[]): TextEdit[] {
  const composed: TextEdit[] = [...first]
    .sort((a, b) => a.start - b.start)
    .map(({ start, end, newText }) => ({ start, end, newText }));
  const growth = (e: TextEdit): number => e.newText.length - (e.end - e.start);
  // From the last edit back: an edit never moves the text before it, so the earlier ones' offsets hold.
  for (const e of [...then].sort((a, b) => b.start - a.start)) {
    // Composed edits ending (in the current text) before e are untouched; `shift` is their growth.
    let k = 0;
    let shift = 0;
    while (k < composed.length && composed[k].start + shift + composed[k].newText.length < e.start) {
      shift += growth(composed[k]);
      k++;
    }
    // Composed edits from k up to j (exclusive) overlap or touch e.
    let j = k;
    let shiftAfter = shift;
    while (j < composed.length && composed[j].start + shiftAfter <= e.end) {
      shiftAfter += growth(composed[j]);
      j++;
    }
    if (j === k) {
      composed.splice(k, 0, { start: e.start - shift, end: e.end - shift, newText: e.newText });
      continue;
    }
    const a = composed[k];
    const b = composed[j - 1];
    const aAt = a.start + shift;
    const bAt = b.start + shiftAfter - growth(b);
    const bEnd = bAt + b.newText.length;
    composed.splice(k, j - k, {
      start: Math.min(a.start, e.start - shift),
      end: e.end > bEnd ? b.end + (e.end - bEnd) : b.end,
      newText:
        (e.start > aAt ? a.newText.slice(0, e.start - aAt) : '') +
        e.newText +
        (e.end < bEnd ? b.newText.slice(e.end - bAt) : ''),
    });
  }
  return composed;
}
