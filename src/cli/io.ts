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
  /**
   * The bytes of a regular file. Rejects with NotReadable for anything else (a named pipe would block
   * forever), and with FileTooLarge, before reading, when the file has more than maxBytes.
   */
  readFile(path: string, maxBytes: number): Promise<Uint8Array>;
  /**
   * Replaces the file atomically: a temporary file beside it, then a rename, so a failure (a full disk)
   * leaves the original as it was. The mode is kept; a symbolic link stays a link, its target is written.
   */
  writeFile(path: string, data: Uint8Array): Promise<void>;
  /**
   * Undefined when nothing exists at path; 'other' for what cannot be read as a file or folder (a pipe,
   * a socket, a link that loops or leads nowhere), so that reading it says why.
   */
  stat(path: string): Promise<EntryKind | undefined>;
  /** The path with every symbolic link resolved; undefined when it does not lead to anything. */
  realpath(path: string): Promise<string | undefined>;
  /**
   * Entries in any order; symbolic links to folders are 'other', so walks cannot loop; links that loop
   * or lead nowhere are 'file', so that reading one says why it cannot be checked.
   */
  readdir(path: string): Promise<DirEntry[]>;
}

/** A problem the user can fix (a bad flag, a missing file): one line on stderr, exit 2, nothing else done. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A path that is there but cannot be read as a file; the message says why, in plain words. */
export class NotReadable extends Error {
  override readonly name = 'NotReadable';
}

/** A file over the size limit, refused before it is read. */
export class FileTooLarge extends Error {
  override readonly name = 'FileTooLarge';
  constructor(readonly size: number) {
    super(`The file has ${size} bytes.`);
  }
}
