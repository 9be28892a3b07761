// The diagnostics pipeline and the analysis cache every feature reads from, kept apart: language
// features ask for the analysis of a document's current version (computed on demand, never
// published), while diagnostics are published only on open, on save, by the debounce timer (when
// `strategy.lint.run` is onType) and by explicit lints. The workspace's other strategy files are read
// with workspace.fs and linted from disk. Each request takes a generation number; a result whose
// generation is no longer the latest is dropped. Nothing here throws into VS Code: handlers are
// wrapped by Log.guard. What is known of each file lives in one record (documents/state.ts); the
// analysis cache, the workspace scan and the publishing of results are modules of documents/.
import * as vscode from 'vscode';
import { decodeFile, formatSize, lint, MAX_FILE_SIZE_DEFAULT, type RuleSetting } from '../core';
import { textPositions } from './convert';
import { analyze, recordEdits } from './documents/analysis';
import { Publisher } from './documents/publisher';
import {
  findStrategyFiles,
  isExcluded,
  isStrategyDocument,
  openStrategyDocument,
  watchFiles,
} from './documents/scan';
import { DocumentStates, type FileEntry } from './documents/state';
import type { WorkspaceConfigs } from './lintConfig';
import type { Log } from './log';
import * as settings from './settings';
import { localDate } from './today';
import { languageOptions, renderContextFor } from './language';

export const DEBOUNCE_MS = 150;

export class StrategyStore implements vscode.Disposable {
  private readonly states = new DocumentStates();
  private readonly publisher: Publisher;
  private readonly disposables: vscode.Disposable[] = [];
  /** Fires after every new result (open document or file on disk). */
  readonly onDidLint: vscode.Event<FileEntry>;
  /** Fires when a file's results are dropped (closed, deleted, workspace linting turned off). */
  readonly onDidRemove: vscode.Event<vscode.Uri>;

  constructor(
    extensionUri: vscode.Uri,
    private readonly configs: WorkspaceConfigs,
    private readonly log: Log,
  ) {
    this.publisher = new Publisher(this.states, extensionUri);
    this.onDidLint = this.publisher.onDidLint;
    this.onDidRemove = this.publisher.onDidRemove;
    const w = vscode.workspace;
    this.disposables.push(
      this.publisher,
      w.onDidOpenTextDocument(log.guard('open', (d: vscode.TextDocument) => this.onOpen(d))),
      w.onDidChangeTextDocument(log.guard('change', (e: vscode.TextDocumentChangeEvent) => this.onChange(e))),
      w.onDidSaveTextDocument(log.guard('save', (d: vscode.TextDocument) => this.onSave(d))),
      w.onDidCloseTextDocument(log.guard('close', (d: vscode.TextDocument) => this.onClose(d))),
      w.onDidChangeConfiguration(
        log.guard('configuration', (e: vscode.ConfigurationChangeEvent) => this.onConfiguration(e)),
      ),
      ...watchFiles(log, {
        changed: (uri) => this.onDiskChange(uri),
        deleted: (uri) => this.onDiskDelete(uri),
        configChanged: () => {
          this.configs.invalidate();
          return this.relintAll();
        },
      }),
    );
  }

  /** Lints what is open now and, when enabled, every strategy file of the workspace. */
  async start(): Promise<void> {
    for (const document of vscode.workspace.textDocuments) this.onOpen(document);
    if (settings.lintWorkspace()) await this.lintWorkspace();
  }

  /** Every file with a current result. */
  all(): FileEntry[] {
    return this.states.published();
  }

  get(uri: vscode.Uri): FileEntry | undefined {
    return this.states.get(uri)?.published;
  }

  /**
   * The analysis of the document's current version, with the same rules as its diagnostics (the
   * nearest `.strategy-lint.yaml`, then `strategy.rules`). Computed when the cache is behind but never
   * published: asking for it (CodeLens, hover, outline...) must not bypass `strategy.lint.run`.
   */
  async analysisFor(document: vscode.TextDocument): Promise<FileEntry> {
    return this.analyze(document, await this.rules(document.uri));
  }

  /**
   * A result for a file, however it is known: the open document's analysis, the published result, or
   * a lint of the file on disk. Undefined when the file cannot be read (deleted, moved).
   */
  async ensure(uri: vscode.Uri): Promise<FileEntry | undefined> {
    const open = openStrategyDocument(uri);
    if (open) return this.analysisFor(open);
    const known = this.get(uri);
    if (known) return known;
    try {
      return await this.lintDiskSettled(uri);
    } catch (err) {
      this.log.info(`Could not read ${uri.toString(true)}: ${String(err)}`);
      return undefined;
    }
  }

  /**
   * Lints an open document after resolving its configuration and publishes the result; a newer
   * request wins. Opening, saving and the debounce after typing all come here.
   */
  async lintDocument(document: vscode.TextDocument): Promise<FileEntry | undefined> {
    const generation = this.states.nextGeneration(document.uri);
    const rules = await this.rules(document.uri);
    if (!this.states.isLatest(document.uri, generation) || document.isClosed) return undefined;
    this.states.cancelTimer(this.states.of(document.uri));
    return this.publisher.publish(this.analyze(document, rules));
  }

  /** Lints one file: its editor buffer when open, else what is on disk. */
  async lintUri(uri: vscode.Uri): Promise<FileEntry | undefined> {
    const open = openStrategyDocument(uri);
    return open ? this.lintDocument(open) : this.lintDisk(uri);
  }

  /**
   * Finds and lints every strategy file of the workspace (see findStrategyFiles); returns how many
   * files were found. A file that fails is logged, not fatal.
   */
  async lintWorkspace(): Promise<number> {
    const files = await findStrategyFiles(this.configs);
    const results = await Promise.allSettled(
      files.map(async (uri) => {
        this.states.of(uri).inWorkspace = true;
        const open = openStrategyDocument(uri);
        await (open ? this.lintDocument(open) : this.lintDiskSettled(uri));
      }),
    );
    results.forEach((r, i) => {
      if (r.status === 'rejected') this.log.failure(`lint ${files[i].toString(true)}`, r.reason);
    });
    return files.length;
  }

  async relintAll(): Promise<void> {
    for (const state of this.states.all()) this.states.dropAnalysis(state);
    const open = vscode.workspace.textDocuments.filter(isStrategyDocument);
    await Promise.all(open.map((d) => this.lintDocument(d)));
    if (settings.lintWorkspace()) await this.lintWorkspace();
  }

  dispose(): void {
    this.states.dispose();
    for (const d of this.disposables) d.dispose();
  }

  // ---- event handlers

  private onOpen(document: vscode.TextDocument): void {
    if (!isStrategyDocument(document)) return;
    void this.lintDocument(document).catch((err: unknown) => this.log.failure('lint', err));
  }

  private onChange(event: vscode.TextDocumentChangeEvent): void {
    const { document, contentChanges } = event;
    if (!isStrategyDocument(document) || contentChanges.length === 0) return;
    recordEdits(this.states.of(document.uri), document.version, contentChanges);
    // A lint already under way now describes an old text: make it stale.
    this.states.nextGeneration(document.uri);
    if (settings.lintRun(document.uri) === 'onType') this.schedule(document);
  }

  private onSave(document: vscode.TextDocument): void {
    if (!isStrategyDocument(document)) return;
    void this.lintDocument(document).catch((err: unknown) => this.log.failure('lint', err));
  }

  private onClose(document: vscode.TextDocument): void {
    if (!isStrategyDocument(document)) return;
    const state = this.states.of(document.uri);
    this.states.cancelTimer(state);
    this.states.dropAnalysis(state);
    if (state.inWorkspace) {
      // Still a workspace file: show what is on disk (the closed buffer may have been discarded).
      void this.lintDisk(document.uri).catch((err: unknown) => this.log.failure('lint', err));
    } else {
      this.remove(document.uri);
    }
  }

  private async onConfiguration(event: vscode.ConfigurationChangeEvent): Promise<void> {
    if (!event.affectsConfiguration('strategy')) return;
    if (event.affectsConfiguration('strategy.lint.workspace') && !settings.lintWorkspace()) {
      for (const state of this.states.all()) {
        if (!state.inWorkspace) continue;
        state.inWorkspace = false;
        if (!openStrategyDocument(state.uri)) this.remove(state.uri);
      }
    }
    if (
      event.affectsConfiguration('strategy.rules') ||
      event.affectsConfiguration('strategy.lint') ||
      event.affectsConfiguration('strategy.locale')
    ) {
      await this.relintAll();
    }
  }

  private async onDiskChange(uri: vscode.Uri): Promise<void> {
    if (isExcluded(uri)) return;
    // Workspace linting off: a file a Check All found is still kept current.
    if (!settings.lintWorkspace() && !this.states.get(uri)?.inWorkspace) return;
    this.states.of(uri).inWorkspace = true;
    if (openStrategyDocument(uri)) return; // the editor's buffer is the truth while open
    await this.lintDisk(uri);
  }

  private onDiskDelete(uri: vscode.Uri): void {
    const state = this.states.get(uri);
    if (state) state.inWorkspace = false;
    // Still open in an editor: its buffer (and its diagnostics) outlive the file on disk.
    if (openStrategyDocument(uri)) return;
    this.remove(uri);
  }

  // ---- linting

  private schedule(document: vscode.TextDocument): void {
    const state = this.states.of(document.uri);
    this.states.cancelTimer(state);
    state.timer = setTimeout(() => {
      state.timer = undefined;
      if (document.isClosed) return;
      void this.lintDocument(document).catch((err: unknown) => this.log.failure('lint', err));
    }, DEBOUNCE_MS);
  }

  private analyze(document: vscode.TextDocument, rules: Record<string, RuleSetting>): FileEntry {
    return analyze(this.states.of(document.uri), document, rules, () => this.states.nextRevision());
  }

  /**
   * Lints a file from disk and returns once its latest lint has settled: a lint superseded by a newer
   * one of the same file (the file watcher's, right after a write) waits for that one's result.
   */
  private async lintDiskSettled(uri: vscode.Uri): Promise<FileEntry | undefined> {
    let entry = await this.lintDisk(uri);
    for (let i = 0; !entry && i < 5; i++) {
      const latest = this.states.get(uri)?.diskLint;
      if (!latest) break;
      entry = await latest;
    }
    return entry ?? this.get(uri);
  }

  private lintDisk(uri: vscode.Uri): Promise<FileEntry | undefined> {
    const state = this.states.of(uri);
    const pending = this.readAndLint(uri);
    state.diskLint = pending;
    const forget = (): void => {
      if (state.diskLint === pending) state.diskLint = undefined;
    };
    pending.then(forget, forget);
    return pending;
  }

  private async readAndLint(uri: vscode.Uri): Promise<FileEntry | undefined> {
    const generation = this.states.nextGeneration(uri);
    // A file of tens of megabytes (an export saved under the wrong name) would exhaust the extension
    // host's memory: it is not read at all.
    const { size } = await vscode.workspace.fs.stat(uri);
    if (size > MAX_FILE_SIZE_DEFAULT) {
      this.skipTooLarge(uri, size);
      return undefined;
    }
    const [bytes, rules] = await Promise.all([vscode.workspace.fs.readFile(uri), this.rules(uri)]);
    if (!this.states.isLatest(uri, generation) || openStrategyDocument(uri)) return undefined;
    // Strictly, as the CLI reads it: a file that is not UTF-8 (nor UTF-16 with a BOM) is one
    // file/encoding finding, not a page of errors about replacement characters.
    // A file that cannot be decoded has no language of its own: the setting's, else the editor's.
    const decoded = decodeFile(bytes, renderContextFor({}));
    const { text } = decoded;
    const linted = lint(text, { rules, today: localDate(), ...languageOptions() });
    return this.publisher.publish({
      uri,
      version: undefined,
      result: decoded.ok ? linted : { ...linted, findings: [decoded.finding] },
      positions: textPositions(text),
      revision: this.states.nextRevision(),
    });
  }

  /** Tells of a file over the size limit once: in the log, and in a warning for the session's first. */
  private skipTooLarge(uri: vscode.Uri, size: number): void {
    const state = this.states.of(uri);
    if (state.tooLarge) return;
    const message = vscode.l10n.t(
      '{0} is {1}, over the {2} limit for strategy files: it was not checked.',
      vscode.workspace.asRelativePath(uri),
      formatSize(size),
      formatSize(MAX_FILE_SIZE_DEFAULT),
    );
    this.log.info(message);
    if (![...this.states.all()].some((s) => s.tooLarge)) void vscode.window.showWarningMessage(message);
    state.tooLarge = true;
  }

  /** Forgets a file's results: in-flight lints become stale, its diagnostics and views are cleared. */
  private remove(uri: vscode.Uri): void {
    const state = this.states.of(uri);
    this.states.cancelTimer(state);
    this.states.nextGeneration(uri);
    this.states.dropAnalysis(state);
    this.publisher.remove(uri);
  }

  /** File config (nearest `.strategy-lint.yaml`), then the `strategy.rules` setting merged over it. */
  private rules(uri: vscode.Uri): Promise<Record<string, RuleSetting>> {
    return this.configs.rulesFor(uri);
  }
}
