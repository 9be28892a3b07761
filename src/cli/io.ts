// What the CLI needs from the outside world, injected so that `run` is testable in-process and the
// bin stays a few lines. Paths are absolute (the CLI resolves them against `cwd` first).

export type EntryKind = 'file' | 'directory' | 'other';

export interface DirEntry {
  name: string;
  kind: EntryKind;
}

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** Whether stdout is a terminal: colors only then (and never with NO_COLOR). */
  isTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
  readFile(path: string): Promise<string>;
  writeFile(path: string, text: string): Promise<void>;
  /** Undefined when nothing exists at path. */
  stat(path: string): Promise<EntryKind | undefined>;
  /** Entries in any order; symbolic links to folders are 'other', so walks cannot loop. */
  readdir(path: string): Promise<DirEntry[]>;
}

/** A problem the user can fix (bad flag, missing file, unreadable folder): one line on stderr, exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
