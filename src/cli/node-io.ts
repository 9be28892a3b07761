// The real file system and process streams behind the CLI's Io.
import { randomBytes } from 'node:crypto';
import { constants, promises as fs, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { FileTooLarge, NotReadable, type DirEntry, type EntryKind, type Io } from './io';

/** Opening a named pipe without it would wait for a writer forever (Windows has no pipes to fear). */
const NONBLOCK = constants.O_NONBLOCK ?? 0;
const CHUNK = 1 << 20;
/** As many links in a chain as Linux follows before ELOOP. */
const MAX_LINKS = 40;

function kindOf(s: { isFile(): boolean; isDirectory(): boolean }): EntryKind {
  return s.isFile() ? 'file' : s.isDirectory() ? 'directory' : 'other';
}

function codeOf(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException | undefined)?.code;
}

function notRegular(s: Stats): NotReadable {
  return new NotReadable(
    s.isDirectory() ? 'it is a folder' : 'it is not a regular file (it is a pipe, a device or a socket)',
  );
}

async function readRegularFile(path: string, maxBytes: number): Promise<Uint8Array> {
  let found: Stats;
  try {
    found = await fs.stat(path);
  } catch (e) {
    if (codeOf(e) === 'ENOENT' && (await fs.lstat(path).catch(() => undefined))?.isSymbolicLink())
      throw new NotReadable('it is a link to a file that does not exist');
    throw e;
  }
  if (!found.isFile()) throw notRegular(found);
  if (found.size > maxBytes) throw new FileTooLarge(found.size);
  const handle = await fs.open(path, constants.O_RDONLY | NONBLOCK);
  try {
    // What was opened, in case the path changed since the check above.
    const opened = await handle.stat();
    if (!opened.isFile()) throw notRegular(opened);
    if (opened.size > maxBytes) throw new FileTooLarge(opened.size);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      // It grew while being read (or reports no size, as /proc files do).
      if (total > maxBytes) throw new FileTooLarge(total);
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}

/** The file a path finally names, following symbolic links (relative ones from their own folder). */
async function linkTarget(path: string): Promise<string> {
  let target = path;
  for (let i = 0; i < MAX_LINKS; i++) {
    let link: string;
    try {
      link = await fs.readlink(target);
    } catch (e) {
      // EINVAL: not a link; ENOENT: nothing there yet, the file to create.
      if (codeOf(e) === 'EINVAL' || codeOf(e) === 'ENOENT') return target;
      throw e;
    }
    target = resolve(dirname(target), link);
  }
  throw Object.assign(new Error(`too many symbolic links: ${path}`), { code: 'ELOOP' });
}

/**
 * Writes a temporary file beside the target (same folder, so the rename cannot cross file systems),
 * syncs it, then renames it over the target: readers see the old file or the new one, never half of
 * one, and a failure on the way (a full disk) leaves the old one as it was.
 */
async function writeAtomically(
  path: string,
  data: Uint8Array,
  beforeRename?: (temp: string) => void | Promise<void>,
): Promise<void> {
  const target = await linkTarget(path);
  const existing = await fs.stat(target).catch((e: unknown) => {
    if (codeOf(e) === 'ENOENT') return undefined;
    throw e;
  });
  // Hidden, and not named like a strategy file, so no walk picks it up; unique, so runs cannot collide.
  const temp = join(
    dirname(target),
    `.${basename(target).slice(0, 200)}.${randomBytes(6).toString('hex')}.tmp`,
  );
  const handle = await fs.open(temp, 'wx', 0o666);
  let open = true;
  try {
    await handle.writeFile(data);
    if (existing) {
      await handle.chmod(existing.mode & 0o7777);
      // Only root can give a file away; then keep the owner (root fixing someone else's file).
      if (process.getuid?.() === 0) await handle.chown(existing.uid, existing.gid);
    }
    await handle.sync();
    open = false;
    await handle.close();
    await beforeRename?.(temp);
    await fs.rename(temp, target);
  } catch (e) {
    if (open) await handle.close().catch(() => undefined);
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw e;
  }
  // Make the rename itself durable; folders cannot be opened for syncing on Windows, hence best effort.
  const folder = await fs.open(dirname(target), 'r').catch(() => undefined);
  if (folder) {
    await folder.sync().catch(() => undefined);
    await folder.close();
  }
}

export function nodeIo(options: {
  cwd: string;
  isTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
  stdout(text: string): void;
  stderr(text: string): void;
  /** For tests: a step between writing the temporary file and renaming it, e.g. a simulated failure. */
  beforeRename?: (temp: string) => void | Promise<void>;
}): Io {
  const { beforeRename, ...streams } = options;
  return {
    ...streams,
    readFile: readRegularFile,
    writeFile: (path, data) => writeAtomically(path, data, beforeRename),
    async stat(path) {
      try {
        return kindOf(await fs.stat(path));
      } catch (e) {
        if (codeOf(e) === 'ENOENT' || codeOf(e) === 'ENOTDIR')
          return (await fs.lstat(path).catch(() => undefined)) ? 'other' : undefined;
        return 'other';
      }
    },
    async realpath(path) {
      return fs.realpath(path).catch(() => undefined);
    },
    async readdir(path) {
      const entries = await fs.readdir(path, { withFileTypes: true });
      const out: DirEntry[] = [];
      for (const e of entries) {
        let kind = kindOf(e);
        if (e.isSymbolicLink()) {
          const target = await fs.stat(join(path, e.name)).catch(() => undefined);
          // A link that loops or leads nowhere is listed as a file: when it is named like a strategy
          // file, reading it then says why it cannot be checked, instead of skipping it silently.
          kind = target === undefined || target.isFile() ? 'file' : 'other';
        }
        out.push({ name: e.name, kind });
      }
      return out;
    },
  };
}
