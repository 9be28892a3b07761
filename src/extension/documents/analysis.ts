// The analysis cache of open documents: each keeps an IncrementalLinter fed with the edits VS Code
// reports (contentChanges), so a keystroke re-lints one list item; a version is analysed once for
// the same rules. When the edits cannot be followed, the next lint is a full one.
import type * as vscode from 'vscode';
import { IncrementalLinter, type RuleSetting } from '../../core';
import { languageOptions } from '../language';
import type { DocumentState, FileEntry } from './state';
import { localDate } from '../today';

const MAX_PENDING_EDITS = 500;

/** Records an edit event's changes for the document's next incremental lint. */
export function recordEdits(
  state: DocumentState,
  version: number,
  changes: readonly vscode.TextDocumentContentChangeEvent[],
): void {
  const linter = state.linter;
  if (!linter) return;
  const contiguous = linter.pending && linter.pendingVersion === version - 1;
  if (contiguous && linter.pending!.length < MAX_PENDING_EDITS) {
    for (const c of changes) {
      linter.pending!.push({ start: c.rangeOffset, end: c.rangeOffset + c.rangeLength, newText: c.text });
    }
    linter.pendingVersion = version;
  } else {
    linter.pending = undefined; // lost track: the next lint is a full one
  }
}

/**
 * The analysis of the document's current text with these rules and today's date: cached, else linted
 * now. Today is part of the key: the first lint after midnight is a full one, with the new date.
 */
export function analyze(
  state: DocumentState,
  document: vscode.TextDocument,
  rules: Record<string, RuleSetting>,
  nextRevision: () => number,
): FileEntry {
  const today = localDate();
  const language = languageOptions();
  const rulesKey = JSON.stringify({ rules, today, language });
  const cached = state.analysis;
  if (cached && cached.rulesKey === rulesKey && cached.entry.version === document.version) {
    return cached.entry;
  }
  let linter = state.linter;
  if (!linter || linter.rulesKey !== rulesKey) {
    linter = {
      linter: new IncrementalLinter({ rules, today, ...language }),
      rulesKey,
      baseVersion: undefined,
      pending: undefined,
      pendingVersion: undefined,
    };
    state.linter = linter;
  }
  const incremental =
    linter.baseVersion !== undefined &&
    linter.pending !== undefined &&
    linter.pendingVersion === document.version;
  const result = linter.linter.lint(document.getText(), incremental ? linter.pending : undefined);
  linter.baseVersion = document.version;
  linter.pending = [];
  linter.pendingVersion = document.version;
  const entry: FileEntry = {
    uri: document.uri,
    version: document.version,
    result,
    positions: document,
    revision: nextRevision(),
  };
  state.analysis = { entry, rulesKey };
  return entry;
}
