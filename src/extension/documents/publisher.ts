// Where a result becomes visible: the diagnostics collection, the `strategy.hasFiles` context key
// and the events the views, panels and CodeLenses follow. Nothing else writes diagnostics.
import * as vscode from 'vscode';
import { toDiagnostic } from '../convert';
import { renderContextFor } from '../language';
import { ContextKeys } from '../ids';
import type { DocumentStates, FileEntry } from './state';

export class Publisher implements vscode.Disposable {
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('strategy');
  private readonly didLint = new vscode.EventEmitter<FileEntry>();
  private readonly didRemove = new vscode.EventEmitter<vscode.Uri>();
  /** Fires after every new result (open document or file on disk). */
  readonly onDidLint = this.didLint.event;
  /** Fires when a file's results are dropped (closed, deleted, workspace linting turned off). */
  readonly onDidRemove = this.didRemove.event;
  private hasFiles: boolean | undefined;

  constructor(
    private readonly states: DocumentStates,
    private readonly extensionUri: vscode.Uri,
  ) {}

  /** Shows a result: diagnostics, the views and panels (onDidLint). */
  publish(entry: FileEntry): FileEntry {
    const { uri, result, positions } = entry;
    this.states.of(uri).published = entry;
    // The documentation opens in the language the messages are in.
    const { language } = renderContextFor(result.analysis.model);
    this.diagnostics.set(
      uri,
      result.findings.map((f) => toDiagnostic(positions, uri, f, this.extensionUri, language)),
    );
    this.updateContext();
    this.didLint.fire(entry);
    return entry;
  }

  /** Takes a file's result and diagnostics away. */
  remove(uri: vscode.Uri): void {
    this.diagnostics.delete(uri);
    const state = this.states.get(uri);
    if (!state?.published) return;
    state.published = undefined;
    this.updateContext();
    this.didRemove.fire(uri);
  }

  dispose(): void {
    this.diagnostics.dispose();
    this.didLint.dispose();
    this.didRemove.dispose();
  }

  /** `strategy.hasFiles` drives the palette's `when` clauses and the views' welcome content. */
  private updateContext(): void {
    const has = this.states.published().length > 0;
    if (has === this.hasFiles) return;
    this.hasFiles = has;
    void vscode.commands.executeCommand('setContext', ContextKeys.hasFiles, has);
  }
}
