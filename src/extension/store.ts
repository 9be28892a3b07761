// The diagnostics pipeline and the cache every feature reads from. Open documents are linted on open,
// as you type (debounced, incrementally from `contentChanges`) or on save; the workspace's other
// strategy files are read with workspace.fs and linted from disk. Each request takes a generation
// number; a result whose generation is no longer the latest is dropped. Nothing here throws into VS
// Code: handlers are wrapped by Log.guard.
import * as vscode from 'vscode';
import { CONFIG_FILE_NAMES, IncrementalLinter, lint, type LintResult } from './core';
import type { RuleSetting, TextEdit as CoreTextEdit } from './core';
import { textPositions, toDiagnostic, type Positions } from './convert';
import { LANGUAGE_ID, STRATEGY_GLOB } from './ids';
import type { ConfigLookup } from './lintConfig';
import type { Log } from './log';
import * as settings from './settings';

export const DEBOUNCE_MS = 150;
const MAX_PENDING_EDITS = 500;
const EXCLUDE_GLOB = '**/{node_modules,.git}/**';

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
  private readonly entries = new Map<string, FileEntry>();
  private readonly linters = new Map<string, LinterState>();
  private readonly generations = new Map<string, number>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly rulesCache = new Map<string, Record<string, RuleSetting>>();
  private readonly workspaceFiles = new Set<string>();
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
   * The result for the document's current version, linting now if the cache is behind (so language
   * features never parse on their own and never see an older text than the one they are asked about).
   */
  resultFor(document: vscode.TextDocument): FileEntry {
    const entry = this.entries.get(document.uri.toString());
    if (entry && entry.version === document.version) return entry;
    return this.lintNow(document, this.cachedRules(document.uri));
  }

  /** Lints an open document after resolving its configuration; a newer request wins. */
  async lintDocument(document: vscode.TextDocument): Promise<FileEntry | undefined> {
    const key = document.uri.toString();
    const generation = this.nextGeneration(key);
    const rules = await this.rules(document.uri);
    if (this.generations.get(key) !== generation || document.isClosed) return undefined;
    return this.lintNow(document, rules);
  }

  /** Lints one file: its editor buffer when open, else what is on disk. */
  async lintUri(uri: vscode.Uri): Promise<FileEntry | undefined> {
    const open = this.openDocument(uri);
    return open ? this.lintDocument(open) : this.lintDisk(uri);
  }

  /** Finds and lints every strategy file of the workspace; returns how many files were linted. */
  async lintWorkspace(): Promise<number> {
    const files = await vscode.workspace.findFiles(STRATEGY_GLOB, EXCLUDE_GLOB);
    await Promise.all(
      files.map(async (uri) => {
        this.workspaceFiles.add(uri.toString());
        const open = this.openDocument(uri);
        await (open ? this.lintDocument(open) : this.lintDisk(uri));
      }),
    );
    return files.length;
  }

  async relintAll(): Promise<void> {
    this.linters.clear();
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
    if (this.workspaceFiles.has(key) && settings.lintWorkspace()) {
      // Still a workspace file: show what is on disk (the closed buffer may have been discarded).
      void this.lintDisk(document.uri).catch((err: unknown) => this.log.failure('lint', err));
    } else {
      this.remove(document.uri);
    }
  }

  private async onConfiguration(event: vscode.ConfigurationChangeEvent): Promise<void> {
    if (!event.affectsConfiguration('strategy')) return;
    if (event.affectsConfiguration('strategy.lint.workspace') && !settings.lintWorkspace()) {
      for (const key of this.workspaceFiles) {
        const uri = vscode.Uri.parse(key);
        if (!this.openDocument(uri)) this.remove(uri);
      }
    }
    if (event.affectsConfiguration('strategy.rules') || event.affectsConfiguration('strategy.lint')) {
      await this.relintAll();
    }
  }

  private async onDiskChange(uri: vscode.Uri): Promise<void> {
    if (!settings.lintWorkspace() || this.isExcluded(uri)) return;
    this.workspaceFiles.add(uri.toString());
    if (this.openDocument(uri)) return; // the editor's buffer is the truth while open
    await this.lintDisk(uri);
  }

  private onDiskDelete(uri: vscode.Uri): void {
    this.workspaceFiles.delete(uri.toString());
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

  private lintNow(document: vscode.TextDocument, rules: Record<string, RuleSetting>): FileEntry {
    const key = document.uri.toString();
    const rulesKey = JSON.stringify(rules);
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
    this.cancelTimer(key);
    return this.publish(document.uri, document.version, result, document);
  }

  private async lintDisk(uri: vscode.Uri): Promise<FileEntry | undefined> {
    const key = uri.toString();
    const generation = this.nextGeneration(key);
    const [bytes, rules] = await Promise.all([vscode.workspace.fs.readFile(uri), this.rules(uri)]);
    if (this.generations.get(key) !== generation || this.openDocument(uri)) return undefined;
    const text = new TextDecoder().decode(bytes);
    return this.publish(uri, undefined, lint(text, { rules }), textPositions(text));
  }

  private publish(
    uri: vscode.Uri,
    version: number | undefined,
    result: LintResult,
    positions: Positions,
  ): FileEntry {
    const entry: FileEntry = { uri, version, result, positions, revision: ++this.revision };
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
    void vscode.commands.executeCommand('setContext', 'strategy.hasFiles', has);
  }

  // ---- helpers

  /** File config (nearest `.strategy-lint.yaml`), then the `strategy.rules` setting on top. */
  private async rules(uri: vscode.Uri): Promise<Record<string, RuleSetting>> {
    const found = await this.configs.forDocument(uri);
    const rules = { ...(found?.rules ?? {}), ...settings.ruleSettings(uri) };
    this.rulesCache.set(uri.toString(), rules);
    return rules;
  }

  private cachedRules(uri: vscode.Uri): Record<string, RuleSetting> {
    return this.rulesCache.get(uri.toString()) ?? settings.ruleSettings(uri);
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
