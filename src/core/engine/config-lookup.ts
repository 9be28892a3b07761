// `.strategy-lint.yaml` discovery, the one every adapter runs (the CLI over node's file system, the
// editor over workspace.fs), so they cannot find or read settings differently. The core does no I/O:
// the adapter's host reads files and walks folders, with paths as plain strings in its own form.
//
// For rules, the nearest configuration file from a file's folder upward wins, alone. `ignore` is
// different: a file is skipped when any configuration in its folder or above ignores it (patterns
// relative to that configuration's folder), as a root `.strategy-lint.yaml` is expected to keep fixture
// folders out even when they hold configurations of their own.
import { CONFIG_FILE_NAMES, parseConfig, type Config } from './config';
import { ignoredBy } from './glob';

/** What the lookup needs from a file system. */
export interface ConfigHost {
  /** The file's text; undefined when there is no such file. A rejection ends the lookup (and is cached). */
  readFile(path: string): Promise<string | undefined>;
  /** The folder holding a file. */
  folderOf(file: string): string;
  /** The folder above a folder; undefined where the search stops (the root, or an editor's workspace folder). */
  parent(folder: string): string | undefined;
  join(folder: string, name: string): string;
  /** A path inside folder, relative to it, with forward slashes. */
  relative(folder: string, path: string): string;
}

export interface FoundConfig {
  /** The configuration file. */
  path: string;
  /** Its folder: `ignore` patterns are relative to it. */
  folder: string;
  config: Config;
}

export class ConfigLookup {
  /** The configuration file in exactly this folder. */
  private readonly own = new Map<string, Promise<FoundConfig | undefined>>();
  /** The nearest configuration file from this folder upward. */
  private readonly nearest = new Map<string, Promise<FoundConfig | undefined>>();

  constructor(
    private readonly host: ConfigHost,
    /** Called once per configuration file read that has problems (an unknown rule, a bad value...). */
    private readonly onProblems: (found: FoundConfig) => void = () => undefined,
  ) {}

  /** The configuration that applies to a file: the nearest one from its folder upward. */
  forFile(file: string): Promise<FoundConfig | undefined> {
    return this.forFolder(this.host.folderOf(file));
  }

  forFolder(folder: string): Promise<FoundConfig | undefined> {
    let cached = this.nearest.get(folder);
    if (!cached) {
      cached = this.inFolder(folder).then((found) => {
        const parent = this.host.parent(folder);
        return found ?? (parent === undefined ? undefined : this.forFolder(parent));
      });
      this.nearest.set(folder, cached);
    }
    return cached;
  }

  /** Whether a configuration in the file's folder or above lists it under `ignore`. */
  async isIgnored(file: string): Promise<boolean> {
    for (let folder: string | undefined = this.host.folderOf(file); folder !== undefined;) {
      const found = await this.inFolder(folder);
      if (found && ignoredBy(found.config.ignore, this.host.relative(folder, file))) return true;
      folder = this.host.parent(folder);
    }
    return false;
  }

  /** Forgets what was read (a configuration file was created, changed or deleted). */
  clear(): void {
    this.own.clear();
    this.nearest.clear();
  }

  private inFolder(folder: string): Promise<FoundConfig | undefined> {
    let cached = this.own.get(folder);
    if (!cached) {
      cached = this.load(folder);
      this.own.set(folder, cached);
    }
    return cached;
  }

  private async load(folder: string): Promise<FoundConfig | undefined> {
    for (const name of CONFIG_FILE_NAMES) {
      const path = this.host.join(folder, name);
      const text = await this.host.readFile(path);
      if (text === undefined) continue;
      const found = { path, folder, config: parseConfig(text) };
      if (found.config.problems.length) this.onProblems(found);
      return found;
    }
    return undefined;
  }
}
