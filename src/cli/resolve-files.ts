// From the command line's paths to the files to lint: files as given, folders walked for strategy
// files, globs expanded; and the `.strategy-lint.yaml` that applies to each file.
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import {
  ConfigLookup,
  decodeFile,
  globMatcher,
  isGlob,
  MAX_FILE_SIZE_DEFAULT,
  splitGlob,
  type ConfigHost,
  type FoundConfig,
} from '../core';
import { UsageError, type Io } from './io';

export const STRATEGY_FILE = /\.strategy\.ya?ml$/;
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

/** How a path is shown: relative to the working folder, with forward slashes. */
export function displayPath(io: Io, path: string): string {
  const rel = relative(io.cwd, path);
  const shown = rel === '' ? '.' : isAbsolute(rel) ? path : rel;
  return sep === '/' ? shown : shown.split(sep).join('/');
}

/** A path that could not be read, and why in plain words; the run goes on without it. */
export interface PathProblem {
  path: string;
  message: string;
}

async function walk(
  io: Io,
  folder: string,
  depth: number,
  visit: (path: string) => void,
  problem: (p: PathProblem) => void,
): Promise<void> {
  let entries;
  try {
    entries = await io.readdir(folder);
  } catch (e) {
    problem({ path: folder, message: `cannot read the folder: ${reason(e)}.` });
    return;
  }
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.kind === 'file') visit(path);
    else if (entry.kind === 'directory' && depth > 1 && !SKIPPED_FOLDERS.has(entry.name))
      await walk(io, path, depth - 1, visit, problem);
  }
}

/**
 * Absolute paths of the files to lint, in the order of their display paths, each once. A folder that
 * cannot be read is reported through `problem` and skipped; only bad arguments stop the run.
 */
export async function resolveFiles(
  io: Io,
  inputs: readonly string[],
  problem: (p: PathProblem) => void,
  /** Files a folder or glob expansion skips (a configuration's `ignore`); named files never are. */
  ignored: (path: string) => Promise<boolean> = () => Promise.resolve(false),
): Promise<string[]> {
  const found = new Set<string>();
  const expanded: string[] = [];
  for (const input of inputs.length ? inputs : ['.']) {
    let matched = 0;
    let problems = 0;
    const report = (p: PathProblem): void => {
      problems++;
      problem(p);
    };
    const add = (path: string): void => {
      matched++;
      expanded.push(path);
    };
    if (isGlob(input)) {
      const { base, rest } = splitGlob(input.split(sep).join('/'));
      const root = resolve(io.cwd, base);
      const matcher = globMatcher(rest);
      if ((await io.stat(root)) === 'directory') {
        await walk(
          io,
          root,
          matcher.maxDepth,
          (path) => {
            if (matcher.test(relative(root, path).split(sep).join('/'))) add(path);
          },
          report,
        );
      }
      if (matched === 0 && problems === 0) throw new UsageError(`No files match '${input}'.`);
      continue;
    }
    const path = resolve(io.cwd, input);
    const kind = await io.stat(path);
    if (kind === undefined) throw new UsageError(`No such file or folder: '${input}'.`);
    if (kind === 'directory') {
      await walk(
        io,
        path,
        Infinity,
        (file) => {
          if (STRATEGY_FILE.test(file)) add(file);
        },
        report,
      );
      if (matched === 0 && problems === 0)
        throw new UsageError(`No strategy files (*.strategy.yaml, *.strategy.yml) in the folder '${input}'.`);
    } else {
      found.add(path);
    }
  }
  for (const path of expanded) if (!found.has(path) && !(await ignored(path))) found.add(path);
  return [...found]
    .map((path) => ({ path, shown: displayPath(io, path) }))
    .sort((a, b) => (a.shown < b.shown ? -1 : a.shown > b.shown ? 1 : 0))
    .map((f) => f.path);
}

/** Why a read or a write failed, in plain words (no errno codes, no stack). */
export function reason(e: unknown, writing = false): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return writing ? 'its folder does not exist' : 'it does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'ELOOP') return 'it is a symbolic link that leads back to itself (a loop)';
  if (code === 'ENOTDIR') return 'a part of its path is a file, not a folder';
  if (code === 'ENOSPC') return 'the disk is full';
  if (code === 'EDQUOT') return 'the disk quota is used up';
  if (code === 'EROFS') return 'the disk is read-only';
  if (code === 'ENAMETOOLONG') return 'its name is too long';
  if (code === 'EMFILE' || code === 'ENFILE') return 'too many files are open';
  if (code === 'EIO') return 'the disk reported an error';
  if (code === 'EBUSY') return 'it is in use';
  return e instanceof Error ? e.message : String(e);
}

/**
 * The core's `.strategy-lint.yaml` discovery (the editor runs the same one) over the CLI's file system.
 * A configuration file that cannot be read, or is not UTF-8, is a usage error: the run stops.
 */
export function configLookup(io: Io, onProblems: (found: FoundConfig) => void): ConfigLookup {
  const host: ConfigHost = {
    async readFile(path) {
      if ((await io.stat(path)) !== 'file') return undefined;
      let bytes: Uint8Array;
      try {
        bytes = await io.readFile(path, MAX_FILE_SIZE_DEFAULT);
      } catch (e) {
        throw new UsageError(`Cannot read '${displayPath(io, path)}': ${reason(e)}`);
      }
      const decoded = decodeFile(bytes);
      if (!decoded.ok)
        throw new UsageError(`Cannot read '${displayPath(io, path)}': ${decoded.finding.message}`);
      return decoded.text;
    },
    folderOf: dirname,
    parent: (folder) => (dirname(folder) === folder ? undefined : dirname(folder)),
    join,
    relative: (folder, path) => relative(folder, path).split(sep).join('/'),
  };
  return new ConfigLookup(host, onProblems);
}
