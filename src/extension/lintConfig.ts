// `.strategy-lint.yaml` for the editor: the core's discovery (the CLI runs the same one) over
// workspace.fs, from the file's folder upward, stopping at its workspace folder (or at the file's own
// folder when it is outside the workspace). The `strategy.rules` setting is merged over the file's rules
// as `--rule` is in the CLI (mergeRules: `smart/*` there overrides `smart/specific` here). Problems
// with either are logged to the output channel. Cached per folder; dropped when a config file changes.
import * as vscode from 'vscode';
import {
  checkRules,
  ConfigLookup as Lookup,
  mergeRules,
  type ConfigHost,
  type FoundConfig as Found,
  type RuleSetting,
} from '../core';
import { Settings } from './ids';
import type { Log } from './log';

export interface FoundConfig {
  uri: vscode.Uri;
  /**
   * The rules a lint of the document uses: the file's, with the `strategy.rules` setting merged over
   * them (so spreading the setting over these again changes nothing).
   */
  rules: Record<string, RuleSetting>;
  ignore: string[];
  problems: string[];
}

/** Folders and files as URI strings, read with workspace.fs (remote and virtual workspaces too). */
function workspaceHost(log: Pick<Log, 'info'>): ConfigHost {
  return {
    async readFile(path) {
      const uri = vscode.Uri.parse(path);
      let bytes: Uint8Array;
      try {
        bytes = await vscode.workspace.fs.readFile(uri);
      } catch (e) {
        if (!(e instanceof vscode.FileSystemError && e.code === 'FileNotFound'))
          log.info(`${uri.toString(true)}: cannot be read (${e instanceof Error ? e.message : String(e)})`);
        return undefined;
      }
      return new TextDecoder().decode(bytes);
    },
    folderOf: (file) => vscode.Uri.joinPath(vscode.Uri.parse(file), '..').toString(),
    parent(folder) {
      const uri = vscode.Uri.parse(folder);
      const root = vscode.workspace.getWorkspaceFolder(uri)?.uri;
      // Outside the workspace, only the file's own folder; inside, up to the workspace folder.
      if (!root || uri.toString() === root.toString()) return undefined;
      const up = vscode.Uri.joinPath(uri, '..');
      return up.path === uri.path ? undefined : up.toString();
    },
    join: (folder, name) => vscode.Uri.joinPath(vscode.Uri.parse(folder), name).toString(),
    relative: (folder, path) => {
      const base = vscode.Uri.parse(folder).path.replace(/\/$/, '');
      return vscode.Uri.parse(path).path.slice(base.length + 1);
    },
  };
}

/**
 * The nearest `.strategy-lint.yaml` of a workspace file (the core's ConfigLookup over workspace.fs),
 * with the `strategy.rules` setting merged over it.
 */
export class WorkspaceConfigs {
  private readonly lookup: Lookup;
  /** The setting's problems last logged, per workspace folder: each new set is logged once. */
  private readonly settingProblems = new Map<string, string>();

  constructor(private readonly log: Pick<Log, 'info'>) {
    this.lookup = new Lookup(workspaceHost(log), ({ path, config }: Found) => {
      for (const problem of config.problems) log.info(`${vscode.Uri.parse(path).fsPath}: ${problem}`);
    });
  }

  /** The nearest config for a document (its rules merged with the setting's), or undefined. */
  async forDocument(uri: vscode.Uri): Promise<FoundConfig | undefined> {
    if (uri.scheme === 'untitled') return undefined;
    const found = await this.lookup.forFile(uri.toString());
    if (!found) return undefined;
    const { rules, ignore, problems } = found.config;
    return {
      uri: vscode.Uri.parse(found.path),
      rules: mergeRules(rules, this.setting(uri)),
      ignore,
      problems,
    };
  }

  /** The rules a lint of the document uses: its configuration file's, with `strategy.rules` merged over them. */
  async rulesFor(uri: vscode.Uri): Promise<Record<string, RuleSetting>> {
    return (await this.forDocument(uri))?.rules ?? this.setting(uri);
  }

  /**
   * Whether a config in the file's folder or above (up to its workspace folder) lists it under
   * `ignore`: the workspace scan skips it, as the CLI's folder expansion does. An open file is still checked.
   */
  async isIgnored(uri: vscode.Uri): Promise<boolean> {
    if (!vscode.workspace.getWorkspaceFolder(uri)) return false;
    return this.lookup.isIgnored(uri.toString());
  }

  invalidate(): void {
    this.lookup.clear();
  }

  /** `strategy.rules` for the file, checked as the CLI checks `--rule`; what is wrong is logged. */
  private setting(uri: vscode.Uri): Record<string, RuleSetting> {
    const raw = vscode.workspace.getConfiguration(undefined, uri).get<unknown>(Settings.rules);
    const problems: string[] = [];
    const rules = checkRules(raw, problems);
    const scope = vscode.workspace.getWorkspaceFolder(uri)?.uri.toString() ?? '';
    const said = problems.join('\n');
    if (said !== (this.settingProblems.get(scope) ?? '')) {
      this.settingProblems.set(scope, said);
      for (const problem of problems) this.log.info(`Setting ${Settings.rules}: ${problem}`);
    }
    return rules;
  }
}
