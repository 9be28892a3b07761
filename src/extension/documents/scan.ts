// Which files are strategy files: the open documents, the workspace's files (the scan behind the
// automatic lint and Check All) and the watchers that report changes on disk, to strategy files and
// to `.strategy-lint.yaml` files.
import * as vscode from 'vscode';
import { CONFIG_FILE_NAMES } from '../../core';
import { LANGUAGE_ID, STRATEGY_GLOB } from '../ids';
import type { WorkspaceConfigs } from '../lintConfig';
import type { Log } from '../log';

export function isStrategyDocument(document: vscode.TextDocument): boolean {
  return document.languageId === LANGUAGE_ID;
}

/** The file's editor buffer, when it is open as a strategy document. */
export function openStrategyDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key && isStrategyDocument(d));
}

/** Never linted from disk: dependencies' and git's copies. */
export function isExcluded(uri: vscode.Uri): boolean {
  return /\/(node_modules|\.git)\//.test(uri.path);
}

/**
 * Every strategy file of the workspace, honouring `files.exclude` and the `ignore` of the
 * `.strategy-lint.yaml` above it, never inside node_modules or .git.
 */
export async function findStrategyFiles(configs: WorkspaceConfigs): Promise<vscode.Uri[]> {
  // An undefined exclude applies the user's files.exclude; null would ignore it.
  const found = (await vscode.workspace.findFiles(STRATEGY_GLOB, undefined)).filter(
    (uri) => !isExcluded(uri),
  );
  // A `.strategy-lint.yaml`'s `ignore` (test fixtures, archived clients) keeps files out of the scan.
  const ignored = await Promise.all(found.map((uri) => configs.isIgnored(uri)));
  return found.filter((_, i) => !ignored[i]);
}

export interface DiskEvents {
  /** A strategy file was created or written. */
  changed(uri: vscode.Uri): unknown;
  deleted(uri: vscode.Uri): unknown;
  /** A `.strategy-lint.yaml` was created, written or deleted. */
  configChanged(): unknown;
}

/** Watches strategy files and configuration files; every handler is guarded by the log. */
export function watchFiles(log: Log, on: DiskEvents): vscode.Disposable[] {
  const w = vscode.workspace;
  const files = w.createFileSystemWatcher(STRATEGY_GLOB);
  const configs = w.createFileSystemWatcher(`**/{${CONFIG_FILE_NAMES.join(',')}}`);
  const configChanged = log.guard('config file', () => on.configChanged());
  return [
    files,
    files.onDidCreate(log.guard('created', (u: vscode.Uri) => on.changed(u))),
    files.onDidChange(log.guard('changed', (u: vscode.Uri) => on.changed(u))),
    files.onDidDelete(log.guard('deleted', (u: vscode.Uri) => on.deleted(u))),
    configs,
    configs.onDidCreate(configChanged),
    configs.onDidChange(configChanged),
    configs.onDidDelete(configChanged),
  ];
}
