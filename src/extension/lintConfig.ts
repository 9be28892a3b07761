// `.strategy-lint.yaml` lookup: from the file's folder upward, stopping at its workspace folder (or at
// the folder itself when the file is outside the workspace), as the CLI does from the file's
// directory. Parsed with the core's parseConfig; results are cached per folder and dropped when a
// config file changes.
import * as vscode from 'vscode';
import { CONFIG_FILE_NAMES, ignoredBy, parseConfig } from '../core';
import type { RuleSetting } from '../core';
import type { Log } from './log';

export interface FoundConfig {
  uri: vscode.Uri;
  rules: Record<string, RuleSetting>;
  ignore: string[];
  problems: string[];
}

export class ConfigLookup {
  private readonly cache = new Map<string, Promise<FoundConfig | undefined>>();

  constructor(private readonly log: Log) {}

  /** The nearest config for a document, or undefined. */
  async forDocument(uri: vscode.Uri): Promise<FoundConfig | undefined> {
    if (uri.scheme === 'untitled') return undefined;
    const root = vscode.workspace.getWorkspaceFolder(uri)?.uri;
    let dir = vscode.Uri.joinPath(uri, '..');
    for (;;) {
      const found = await this.inFolder(dir);
      if (found) return found;
      if (!root || dir.toString() === root.toString() || !dir.path.startsWith(root.path)) return undefined;
      const parent = vscode.Uri.joinPath(dir, '..');
      if (parent.path === dir.path) return undefined;
      dir = parent;
    }
  }

  /**
   * Whether a config in the file's folder or above (up to its workspace folder) lists it under
   * `ignore`: the workspace scan skips it, as the CLI's folder expansion does. An open file is still checked.
   */
  async isIgnored(uri: vscode.Uri): Promise<boolean> {
    const root = vscode.workspace.getWorkspaceFolder(uri)?.uri;
    if (!root) return false;
    let dir = vscode.Uri.joinPath(uri, '..');
    for (;;) {
      const found = await this.inFolder(dir);
      if (found && ignoredBy(found.ignore, uri.path.slice(dir.path.replace(/\/$/, '').length + 1)))
        return true;
      if (dir.toString() === root.toString() || !dir.path.startsWith(root.path)) return false;
      const parent = vscode.Uri.joinPath(dir, '..');
      if (parent.path === dir.path) return false;
      dir = parent;
    }
  }

  invalidate(): void {
    this.cache.clear();
  }

  private inFolder(dir: vscode.Uri): Promise<FoundConfig | undefined> {
    const key = dir.toString();
    let pending = this.cache.get(key);
    if (!pending) {
      pending = this.read(dir);
      this.cache.set(key, pending);
    }
    return pending;
  }

  private async read(dir: vscode.Uri): Promise<FoundConfig | undefined> {
    for (const name of CONFIG_FILE_NAMES) {
      const uri = vscode.Uri.joinPath(dir, name);
      let bytes: Uint8Array;
      try {
        bytes = await vscode.workspace.fs.readFile(uri);
      } catch {
        continue; // absent: look for the next name
      }
      const { rules, ignore, problems } = parseConfig(new TextDecoder().decode(bytes));
      for (const problem of problems) this.log.info(`${uri.fsPath}: ${problem}`);
      return { uri, rules, ignore, problems };
    }
    return undefined;
  }
}
