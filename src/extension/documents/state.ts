// One record per strategy file the extension has heard of (opened, found by a scan, reported by the
// file watcher), keyed by its URI string. A record outlives the file's results: its generation keeps
// rising so that a lint started before a close, a delete or an edit is recognised as stale.
import type * as vscode from 'vscode';
import type { IncrementalLinter, LintResult, TextEdit as CoreTextEdit } from '../../core';
import type { Positions } from '../convert';

/** The latest lint of one strategy file. */
export interface FileEntry {
  uri: vscode.Uri;
  /** The document version linted; undefined for a file read from disk. */
  version: number | undefined;
  result: LintResult;
  positions: Positions;
  /** Increases with every new result for any file (what webview messages are checked against). */
  revision: number;
}

/** An open document's incremental linter, and the edits made since it last linted. */
export interface LinterState {
  linter: IncrementalLinter;
  rulesKey: string;
  /** The document version the linter last saw, and the edits made since, in order. */
  baseVersion: number | undefined;
  pending: CoreTextEdit[] | undefined;
  pendingVersion: number | undefined;
}

export interface DocumentState {
  readonly uri: vscode.Uri;
  /** What the diagnostics, the views and the panels show. */
  published: FileEntry | undefined;
  /** The latest analysis of the open document, published or not, with the rules it used. */
  analysis: { entry: FileEntry; rulesKey: string } | undefined;
  linter: LinterState | undefined;
  /** Taken by every lint request; a result whose generation is no longer this one is dropped. */
  generation: number;
  /** The debounce before an on-type lint. */
  timer: ReturnType<typeof setTimeout> | undefined;
  /** The latest read-and-lint from disk in flight. */
  diskLint: Promise<FileEntry | undefined> | undefined;
  /** Found by a workspace scan (automatic or Check All): kept linted from disk while closed. */
  inWorkspace: boolean;
  /** Left unchecked for being over the size limit (and the user was told). */
  tooLarge: boolean;
}

export class DocumentStates {
  private readonly states = new Map<string, DocumentState>();
  private revision = 0;

  get(uri: vscode.Uri): DocumentState | undefined {
    return this.states.get(uri.toString());
  }

  /** The file's record, made on first use. */
  of(uri: vscode.Uri): DocumentState {
    const key = uri.toString();
    let state = this.states.get(key);
    if (!state) {
      state = {
        uri,
        published: undefined,
        analysis: undefined,
        linter: undefined,
        generation: 0,
        timer: undefined,
        diskLint: undefined,
        inWorkspace: false,
        tooLarge: false,
      };
      this.states.set(key, state);
    }
    return state;
  }

  all(): IterableIterator<DocumentState> {
    return this.states.values();
  }

  /** Every file with a current result. */
  published(): FileEntry[] {
    const out: FileEntry[] = [];
    for (const state of this.states.values()) if (state.published) out.push(state.published);
    return out;
  }

  /** Makes every lint of the file under way stale and returns the new generation. */
  nextGeneration(uri: vscode.Uri): number {
    return ++this.of(uri).generation;
  }

  isLatest(uri: vscode.Uri, generation: number): boolean {
    return this.get(uri)?.generation === generation;
  }

  /** The revision a new result carries. */
  nextRevision(): number {
    return ++this.revision;
  }

  cancelTimer(state: DocumentState): void {
    if (state.timer !== undefined) clearTimeout(state.timer);
    state.timer = undefined;
  }

  /** Drops the open document's analysis cache: its next lint is a full one. */
  dropAnalysis(state: DocumentState): void {
    state.linter = undefined;
    state.analysis = undefined;
  }

  dispose(): void {
    for (const state of this.states.values()) this.cancelTimer(state);
  }
}
