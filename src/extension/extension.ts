// Entry point: wires the core's adapters into VS Code. Activation does no linting itself; the
// workspace scan runs after activate returns, so opening VS Code stays fast.
import * as vscode from 'vscode';
import { pinToday } from './today';
import { registerCodeActions } from './codeActions';
import { StrategyCommands } from './commands';
import { registerLanguageFeatures } from './features';
import { Views } from './ids';
import { WorkspaceConfigs } from './lintConfig';
import { Log } from './log';
import { MonthEndCommands } from './monthEnd';
import { PanelManager } from './panels/panels';
import { ReportPanels } from './reportPanel';
import { StrategyStore } from './store';
import { registerTasks } from './tasks';
import { StrategyTree } from './views/trees';

/** What activate returns: the pieces the integration tests drive and inspect. */
export interface StrategyApi {
  store: StrategyStore;
  trees: Record<'goals' | 'audiences' | 'platforms' | 'competitors' | 'calendar' | 'metrics', StrategyTree>;
  panels: PanelManager;
  commands: StrategyCommands;
  /** Import from CSV, the month report and the review draft (their dialogs are replaceable in tests). */
  monthEnd: MonthEndCommands;
  reports: ReportPanels;
  log: Log;
  /** Resolves when the first scan of the workspace is done. */
  ready: Promise<void>;
  /** Milliseconds spent in activate. */
  activationMs: number;
  /** Pins the date the editor passes to the core as today (tests; the CLI has --today). */
  pinToday: (date: string | undefined) => void;
}

export function activate(context: vscode.ExtensionContext): StrategyApi {
  const started = performance.now();
  const log = new Log();
  const configs = new WorkspaceConfigs(log);
  const store = new StrategyStore(context.extensionUri, configs, log);
  const panels = new PanelManager(store, context.extensionUri, log, context.workspaceState);
  const commands = new StrategyCommands(store, panels, log, context.extensionUri);
  const reports = new ReportPanels(store, log);
  const monthEnd = new MonthEndCommands(store, reports, log, (arg) => commands.resolveUri(arg));
  const trees = {
    goals: new StrategyTree(store, 'goals'),
    audiences: new StrategyTree(store, 'audiences'),
    platforms: new StrategyTree(store, 'platforms'),
    competitors: new StrategyTree(store, 'competitors'),
    calendar: new StrategyTree(store, 'calendar'),
    metrics: new StrategyTree(store, 'metrics'),
  };
  context.subscriptions.push(
    log,
    store,
    panels,
    reports,
    ...Object.values(trees),
    vscode.window.createTreeView(Views.goals, { treeDataProvider: trees.goals, showCollapseAll: true }),
    vscode.window.createTreeView(Views.audiences, {
      treeDataProvider: trees.audiences,
      showCollapseAll: true,
    }),
    vscode.window.createTreeView(Views.platforms, {
      treeDataProvider: trees.platforms,
      showCollapseAll: true,
    }),
    vscode.window.createTreeView(Views.competitors, {
      treeDataProvider: trees.competitors,
      showCollapseAll: true,
    }),
    vscode.window.createTreeView(Views.calendar, { treeDataProvider: trees.calendar, showCollapseAll: true }),
    vscode.window.createTreeView(Views.metrics, { treeDataProvider: trees.metrics, showCollapseAll: true }),
    ...commands.register(),
    ...monthEnd.register(),
    ...registerLanguageFeatures(store),
    registerCodeActions(store, configs),
    registerTasks(),
  );
  const ready = store.start().catch((err: unknown) => log.failure('workspace scan', err));
  const activationMs = performance.now() - started;
  log.info(`Activated in ${activationMs.toFixed(1)} ms`);
  return { store, trees, panels, commands, monthEnd, reports, log, ready, activationMs, pinToday };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
