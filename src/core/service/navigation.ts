// Go to definition, find references and rename for ids: platforms, goals, metrics, objectives, audiences.
import type { Analysis } from '../engine/model';
import { ENGLISH, msg, render, type RenderContext } from '../text/i18n/message';
import type { Range, TextEdit } from '../types';
import { allOccurrences, declarationOf, declarations, occurrenceAt } from './occurrences';
import { SLUG_RE } from './nodes';

/** The id value that the reference under the cursor names; on an id itself, that id. */
export function definition(analysis: Analysis, offset: number): Range | undefined {
  const at = occurrenceAt(analysis, offset);
  if (!at) return undefined;
  if (at.declaration) return at.range;
  return declarationOf(analysis, at.kind, at.id)?.range;
}

/** Every reference to the id under the cursor (which may be the id or a reference), in document order. */
export function references(analysis: Analysis, offset: number, includeDeclaration: boolean): Range[] {
  const at = occurrenceAt(analysis, offset);
  if (!at) return [];
  return allOccurrences(analysis)
    .filter((o) => o.kind === at.kind && o.id === at.id && (includeDeclaration || !o.declaration))
    .map((o) => o.range);
}

export function prepareRename(
  analysis: Analysis,
  offset: number,
): { range: Range; placeholder: string } | undefined {
  const at = occurrenceAt(analysis, offset);
  return at ? { range: at.range, placeholder: at.id } : undefined;
}

/**
 * Renames the id under the cursor and every reference to it. Quotes around the values are kept. A
 * refusal says why, in `ctx`'s language.
 */
export function rename(
  analysis: Analysis,
  offset: number,
  newName: string,
  ctx: RenderContext = ENGLISH,
): { edits: TextEdit[] } | { error: string } {
  const at = occurrenceAt(analysis, offset);
  if (!at) return { error: render(msg('rename.notAnId'), ctx) };
  if (!SLUG_RE.test(newName))
    return { error: render(msg('rename.invalid', { name: newName, example: 'instagram-main' }), ctx) };
  if (newName === at.id) return { edits: [] };
  if (declarations(analysis, at.kind).some((d) => d.id === newName))
    return { error: render(msg('rename.taken', { kind: at.kind, name: newName }), ctx) };
  const edits = allOccurrences(analysis)
    .filter((o) => o.kind === at.kind && o.id === at.id)
    .map((o) => ({ start: o.range.start, end: o.range.end, newText: newName }));
  return { edits };
}
