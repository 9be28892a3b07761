// The second quick fix on an overdue post (calendar/overdue): "Move to another date…" asks for the
// new date and writes only the post's date, as one undoable edit. (The first, "Mark as published",
// is the finding's own fix.)
import * as vscode from 'vscode';
import { dayNumber, rangeAt, rescheduleEdits } from '../core';
import { toTextEdit } from './convert';
import { renderContextFor } from './language';
import type { StrategyStore } from './store';
import { localDate } from './today';

/** Asks for the date; tests replace it. Undefined: the user cancelled. */
export type AskDate = (today: string, current: string | undefined) => Thenable<string | undefined>;

export const askDate: AskDate = (today, current) =>
  vscode.window.showInputBox({
    title: vscode.l10n.t('Move the post to another date'),
    prompt: vscode.l10n.t('The new date, YYYY-MM-DD (today is {0})', today),
    value: today,
    placeHolder: current,
    validateInput: (value) =>
      dayNumber(value.trim()) === undefined
        ? vscode.l10n.t('Write a real day as YYYY-MM-DD, for example {0}.', today)
        : undefined,
  });

/**
 * Moves the post whose text holds `offset` (the finding's start) to a date the user gives. True when
 * the file changed.
 */
export async function moveOverduePost(
  store: StrategyStore,
  uri: vscode.Uri,
  offset: number,
  ask: AskDate = askDate,
): Promise<boolean> {
  const document = await vscode.workspace.openTextDocument(uri);
  const { analysis } = (await store.analysisFor(document)).result;
  const post = analysis.model.calendar.find((p) => {
    const range = rangeAt(analysis, p.path);
    return range !== undefined && range.start <= offset && offset <= range.end;
  });
  if (!post) return false;
  const date = (await ask(localDate(), post.value.date))?.trim();
  if (!date) return false;
  const fresh = await store.analysisFor(document);
  const { analysis: now } = fresh.result;
  // Why a date cannot be taken is said about the file: in its language.
  const edits = rescheduleEdits(now, post.index, date, undefined, renderContextFor(now.model));
  if ('error' in edits) {
    void vscode.window.showWarningMessage(edits.error);
    return false;
  }
  const edit = new vscode.WorkspaceEdit();
  edit.set(
    uri,
    edits.map((e) => toTextEdit(document, e)),
  );
  return vscode.workspace.applyEdit(edit);
}
