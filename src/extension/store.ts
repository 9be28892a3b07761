// The diagnostics pipeline and the analysis cache every feature reads from, kept apart: language
// features ask for the analysis of a document's current version (computed on demand, never
// published), while diagnostics are published only on open, on save, by the debounce timer (when
// `strategy.lint.run` is onType) and by explicit lints. The workspace's other strategy files are read
// with workspace.fs and linted from disk. Each request takes a generation number; a result whose
// generation is no longer the latest is dropped. Nothing here throws into VS Code: handlers are
// wrapped by Log.guard.
import * as vscode from 'vscode';
import {
  CONFIG_FILE_NAMES,
  decodeFile,
  formatSize,
  IncrementalLinter,
  lint,
  MAX_FILE_SIZE_DEFAULT,
  type LintResult,
} from '../core';
import type { RuleSetting, TextEdit as CoreTextEdit } from '../core';
import { textPositions, toDiagnostic, type Positions } from './convert';
import { ContextKeys, LANGUAGE_ID, STRATEGY_GLOB } from './ids';
import type { ConfigLookup } from './lintConfig';
import type { Log } from './log';
import * as settings from './settings';

export const DEBOUNCE_MS = 150;
const MAX_PENDING_EDITS = 500;

/** The latest lint of one strategy file. */
export interface FileEntry {
  uri: vscode.Uri;
  /** The document version linted; undefined for a file read from disk. */
  version: number | undefined;
  result: LintResult;
  positions: Positions;
  /** Increases with every new result for this file (what webview messages are checked against). */
  revision: number;
}

interface LinterState {
  linter: IncrementalLinter;
  rulesKey: string;
  /** The document version the linter last saw, and the edits made since, in order. */
  baseVersion: number | undefined;
  pending: CoreTextEdit[] | undefined;
  pendingVersion: number | undefined;
}

export function isStrategyDocument(document: vscode.TextDocument): boolean {
  return document.languageId === LANGUAGE_ID;
}

export function isStrategyPath(uri: vscode.Uri): boolean {
  return /\.strategy\.ya?ml$/i.test(uri.path);
}

export class StrategyStore implements vscode.Disposable {
  readonly diagnostics = vscode.languages.createDiagnosticCollection('strategy');
  /** Published results: what the diagnostics, the views and the panels show. */
  private readonly entries = new Map<string, FileEntry>();
  /** The latest analysis of each open document, published or not, with the rules it used. */
  private readonly analyses = new Map<string, { entry: FileEntry; rulesKey: string }>();
  private readonly linters = new Map<string, LinterState>();
  private readonly generations = new Map<string, number>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly rulesCache = new Map<string, Record<string, RuleSetting>>();
  /** Files found by a workspace scan (automatic or Check All): kept linted from disk while closed. */
  private readonly workspaceFiles = new Set<string>();
  /** Files left unchecked because they are over the size limit (the user is told once a session). */
  private readonly tooLarge = new Set<string>();
  /** The latest read-and-lint from disk in flight, per file. */
  private readonly diskLints = new Map<string, Promise<FileEntry | undefined>>();
  private readonly disposables: vscode.Disposable[] = [];
  private revision = 0;
  private hasFiles: boolean | undefined;
  private readonly didLint = new vscode.EventEmitter<FileEntry>();
  private readonly didRemove = new vscode.EventEmitter<vscode.Uri>();
  /** Fires after every new result (open document or file on disk). */
  readonly onDidLint = this.didLint.event;
  /** Fires when a file's results are dropped (closed, deleted, workspace linting turned off). */
  readonly onDidRemove = this.didRemove.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly configs: ConfigLookup,
    private readonly log: Log,
  ) {
    const w = vscode.workspace;
    this.disposables.push(
      this.diagnostics,
      this.didLint,
      this.didRemove,
      w.onDidOpenTextDocument(log.guard('open', (d: vscode.TextDocument) => this.onOpen(d))),
      w.onDidChangeTextDocument(log.guard('change', (e: vscode.TextDocumentChangeEvent) => this.onChange(e))),
      w.onDidSaveTextDocument(log.guard('save', (d: vscode.TextDocument) => this.onSave(d))),
      w.onDidCloseTextDocument(log.guard('close', (d: vscode.TextDocument) => this.onClose(d))),
      w.onDidChangeConfiguration(
        log.guard('configuration', (e: vscode.ConfigurationChangeEvent) => this.onConfiguration(e)),
      ),
    );
    const watcher = w.createFileSystemWatcher(STRATEGY_GLOB);
    this.disposables.push(
      watcher,
      watcher.onDidCreate(log.guard('created', (u: vscode.Uri) => this.onDiskChange(u))),
      watcher.onDidChange(log.guard('changed', (u: vscode.Uri) => this.onDiskChange(u))),
      watcher.onDidDelete(log.guard('deleted', (u: vscode.Uri) => this.onDiskDelete(u))),
    );
    const configWatcher = w.createFileSystemWatcher(`**/{${CONFIG_FILE_NAMES.join(',')}}`);
    const configChanged = log.guard('config file', () => {
      this.configs.invalidate();
      return this.relintAll();
    });
    this.disposables.push(
      configWatcher,
      configWatcher.onDidCreate(configChanged),
      configWatcher.onDidChange(configChanged),
      configWatcher.onDidDelete(configChanged),
    );
  }

  /** Lints what is open now and, when enabled, every strategy file of the workspace. */
  async start(): Promise<void> {
    for (const document of vscode.workspace.textDocuments) this.onOpen(document);
    if (settings.lintWorkspace()) await this.lintWorkspace();
  }

  /** Every file with a current result. */
  all(): FileEntry[] {
    return [...this.entries.values()];
  }

  get(uri: vscode.Uri): FileEntry | undefined {
    return this.entries.get(uri.toString());
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
   * Lint and publish synchronously, with the rules last resolved for the file: the benchmark's entry
   * point, so it times the whole path to Diagnostic objects (the extension itself publishes through
   * lintDocument, and its features read analysisFor, which never publishes).
   */
  resultFor(document: vscode.TextDocument): FileEntry {
    const rules = this.rulesCache.get(document.uri.toString()) ?? settings.ruleSettings(document.uri);
    return this.publish(this.analyze(document, rules));
  }

  /**
   * A result for a file, however it is known: the open document's analysis, the published result, or
   * a lint of the file on disk. Undefined when the file cannot be read (deleted, moved).
   */
  async ensure(uri: vscode.Uri): Promise<FileEntry | undefined> {
    const open = this.openDocument(uri);
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

  /** Lints an open document after resolving its configuration; a newer request wins. */
  async lintDocument(document: vscode.TextDocument): Promise<FileEntry | undefined> {
    const key = document.uri.toString();
    const generation = this.nextGeneration(key);
    const rules = await this.rules(document.uri);
    if (this.generations.get(key) !== generation || document.isClosed) return undefined;
    this.cancelTimer(key);
    return this.publish(this.analyze(document, rules));
  }

  /** Lints one file: its editor buffer when open, else what is on disk. */
  async lintUri(uri: vscode.Uri): Promise<FileEntry | undefined> {
    const open = this.openDocument(uri);
    return open ? this.lintDocument(open) : this.lintDisk(uri);
  }

  /**
   * Finds and lints every strategy file of the workspace (honouring `files.exclude`, and never inside
   * node_modules or .git); returns how many files were found. A file that fails is logged, not fatal.
   */
  async lintWorkspace(): Promise<number> {
    // An undefined exclude applies the user's files.exclude; null would ignore it.
    const found = (await vscode.workspace.findFiles(STRATEGY_GLOB, undefined)).filter(
      (uri) => !this.isExcluded(uri),
    );
    // A `.strategy-lint.yaml`'s `ignore` (test fixtures, archived clients) keeps files out of the scan.
    const ignored = await Promise.all(found.map((uri) => this.configs.isIgnored(uri)));
    const files = found.filter((_, i) => !ignored[i]);
    const results = await Promise.allSettled(
      files.map(async (uri) => {
        this.workspaceFiles.add(uri.toString());
        const open = this.openDocument(uri);
        await (open ? this.lintDocument(open) : this.lintDiskSettled(uri));
      }),
    );
    results.forEach((r, i) => {
      if (r.status === 'rejected') this.log.failure(`lint ${files[i].toString(true)}`, r.reason);
    });
    return files.length;
  }

  async relintAll(): Promise<void> {
    this.linters.clear();
    this.analyses.clear();
    this.rulesCache.clear();
    const open = vscode.workspace.textDocuments.filter(isStrategyDocument);
    await Promise.all(open.map((d) => this.lintDocument(d)));
    if (settings.lintWorkspace()) await this.lintWorkspace();
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
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
    const key = document.uri.toString();
    const state = this.linters.get(key);
    if (state) {
      const contiguous = state.pending && state.pendingVersion === document.version - 1;
      if (contiguous && state.pending!.length < MAX_PENDING_EDITS) {
        for (const c of contentChanges) {
          state.pending!.push({ start: c.rangeOffset, end: c.rangeOffset + c.rangeLength, newText: c.text });
        }
        state.pendingVersion = document.version;
      } else {
        state.pending = undefined; // lost track: the next lint is a full one
      }
    }
    // A lint already under way now describes an old text: make it stale.
    this.nextGeneration(key);
    if (settings.lintRun(document.uri) === 'onType') this.schedule(document);
  }

  private onSave(document: vscode.TextDocument): void {
    if (!isStrategyDocument(document)) return;
    void this.lintDocument(document).catch((err: unknown) => this.log.failure('lint', err));
  }

  private onClose(document: vscode.TextDocument): void {
    if (!isStrategyDocument(document)) return;
    const key = document.uri.toString();
    this.cancelTimer(key);
    this.linters.delete(key);
    this.analyses.delete(key);
    if (this.workspaceFiles.has(key)) {
      // Still a workspace file: show what is on disk (the closed buffer may have been discarded).
      void this.lintDisk(document.uri).catch((err: unknown) => this.log.failure('lint', err));
    } else {
      this.remove(document.uri);
    }
  }

  private async onConfiguration(event: vscode.ConfigurationChangeEvent): Promise<void> {
    if (!event.affectsConfiguration('strategy')) return;
    if (event.affectsConfiguration('strategy.lint.workspace') && !settings.lintWorkspace()) {
      for (const key of [...this.workspaceFiles]) {
        const uri = vscode.Uri.parse(key);
        this.workspaceFiles.delete(key);
        if (!this.openDocument(uri)) this.remove(uri);
      }
    }
    if (event.affectsConfiguration('strategy.rules') || event.affectsConfiguration('strategy.lint')) {
      await this.relintAll();
    }
  }

  private async onDiskChange(uri: vscode.Uri): Promise<void> {
    if (this.isExcluded(uri)) return;
    // Workspace linting off: a file a Check All found is still kept current.
    if (!settings.lintWorkspace() && !this.workspaceFiles.has(uri.toString())) return;
    this.workspaceFiles.add(uri.toString());
    if (this.openDocument(uri)) return; // the editor's buffer is the truth while open
    await this.lintDisk(uri);
  }

  private onDiskDelete(uri: vscode.Uri): void {
    this.workspaceFiles.delete(uri.toString());
    // Still open in an editor: its buffer (and its diagnostics) outlive the file on disk.
    if (this.openDocument(uri)) return;
    this.remove(uri);
  }

  // ---- linting

  private schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    this.cancelTimer(key);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (document.isClosed) return;
        void this.lintDocument(document).catch((err: unknown) => this.log.failure('lint', err));
      }, DEBOUNCE_MS),
    );
  }

  /** The analysis of the document's current text with these rules: cached, else linted now. */
  private analyze(document: vscode.TextDocument, rules: Record<string, RuleSetting>): FileEntry {
    const key = document.uri.toString();
    const rulesKey = JSON.stringify(rules);
    const cached = this.analyses.get(key);
    if (cached && cached.rulesKey === rulesKey && cached.entry.version === document.version) {
      return cached.entry;
    }
    let state = this.linters.get(key);
    if (!state || state.rulesKey !== rulesKey) {
      state = {
        linter: new IncrementalLinter({ rules }),
        rulesKey,
        baseVersion: undefined,
        pending: undefined,
        pendingVersion: undefined,
      };
      this.linters.set(key, state);
    }
    const incremental =
      state.baseVersion !== undefined &&
      state.pending !== undefined &&
      state.pendingVersion === document.version;
    const result = state.linter.lint(document.getText(), incremental ? state.pending : undefined);
    state.baseVersion = document.version;
    state.pending = [];
    state.pendingVersion = document.version;
    const entry: FileEntry = {
      uri: document.uri,
      version: document.version,
      result,
      positions: document,
      revision: ++this.revision,
    };
    this.analyses.set(key, { entry, rulesKey });
    return entry;
  }

  /**
   * Lints a file from disk and returns once its latest lint has settled: a lint superseded by a newer
   * one of the same file (the file watcher's, right after a write) waits for that one's result.
   */
  private async lintDiskSettled(uri: vscode.Uri): Promise<FileEntry | undefined> {
    const key = uri.toString();
    let entry = await this.lintDisk(uri);
    for (let i = 0; !entry && i < 5; i++) {
      const latest = this.diskLints.get(key);
      if (!latest) break;
      entry = await latest;
    }
    return entry ?? this.get(uri);
  }

  private lintDisk(uri: vscode.Uri): Promise<FileEntry | undefined> {
    const key = uri.toString();
    const pending = this.readAndLint(uri);
    this.diskLints.set(key, pending);
    const forget = (): void => {
      if (this.diskLints.get(key) === pending) this.diskLints.delete(key);
    };
    pending.then(forget, forget);
    return pending;
  }

  private async readAndLint(uri: vscode.Uri): Promise<FileEntry | undefined> {
    const key = uri.toString();
    const generation = this.nextGeneration(key);
    // A file of tens of megabytes (an export saved under the wrong name) would exhaust the extension
    // host's memory: it is not read at all.
    const { size } = await vscode.workspace.fs.stat(uri);
    if (size > MAX_FILE_SIZE_DEFAULT) {
      this.skipTooLarge(uri, size);
      return undefined;
    }
    const [bytes, rules] = await Promise.all([vscode.workspace.fs.readFile(uri), this.rules(uri)]);
    if (this.generations.get(key) !== generation || this.openDocument(uri)) return undefined;
    // Strictly, as the CLI reads it: a file that is not UTF-8 (nor UTF-16 with a BOM) is one
    // file/encoding finding, not a page of errors about replacement characters.
    const decoded = decodeFile(bytes);
    const { text } = decoded;
    const linted = lint(text, { rules });
    return this.publish({
      uri,
      version: undefined,
      result: decoded.ok ? linted : { ...linted, findings: [decoded.finding] },
      positions: textPositions(text),
      revision: ++this.revision,
    });
  }

  private skipTooLarge(uri: vscode.Uri, size: number): void {
    const key = uri.toString();
    if (this.tooLarge.has(key)) return;
    const message = vscode.l10n.t(
      '{0} is {1}, over the {2} limit for strategy files: it was not checked.',
      vscode.workspace.asRelativePath(uri),
      formatSize(size),
      formatSize(MAX_FILE_SIZE_DEFAULT),
    );
    this.log.info(message);
    if (this.tooLarge.size === 0) void vscode.window.showWarningMessage(message);
    this.tooLarge.add(key);
  }

  /** Shows a result: diagnostics, the views and panels (onDidLint). */
  private publish(entry: FileEntry): FileEntry {
    const { uri, result, positions } = entry;
    this.entries.set(uri.toString(), entry);
    this.diagnostics.set(
      uri,
      result.findings.map((f) => toDiagnostic(positions, uri, f, this.extensionUri)),
    );
    this.updateContext();
    this.didLint.fire(entry);
    return entry;
  }

  private remove(uri: vscode.Uri): void {
    const key = uri.toString();
    this.cancelTimer(key);
    this.nextGeneration(key);
    this.linters.delete(key);
    this.analyses.delete(key);
    this.diagnostics.delete(uri);
    if (this.entries.delete(key)) {
      this.updateContext();
      this.didRemove.fire(uri);
    }
  }

  /** `strategy.hasFiles` drives the palette's `when` clauses and the views' welcome content. */
  private updateContext(): void {
    const has = this.entries.size > 0;
    if (has === this.hasFiles) return;
    this.hasFiles = has;
    void vscode.commands.executeCommand('setContext', ContextKeys.hasFiles, has);
  }

  // ---- helpers

  /** File config (nearest `.strategy-lint.yaml`), then the `strategy.rules` setting on top. */
  private async rules(uri: vscode.Uri): Promise<Record<string, RuleSetting>> {
    const found = await this.configs.forDocument(uri);
    const rules = { ...(found?.rules ?? {}), ...settings.ruleSettings(uri) };
    this.rulesCache.set(uri.toString(), rules);
    return rules;
  }

  private nextGeneration(key: string): number {
    const next = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, next);
    return next;
  }

  private cancelTimer(key: string): void {
    const timer = this.timers.get(key);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(key);
  }

  private openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
    const key = uri.toString();
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key && isStrategyDocument(d));
  }

  private isExcluded(uri: vscode.Uri): boolean {
    return /\/(node_modules|\.git)\//.test(uri.path);
  }
}
