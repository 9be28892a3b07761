// The real file system and process streams behind the CLI's Io.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import type { DirEntry, EntryKind, Io } from './io';

function kindOf(s: { isFile(): boolean; isDirectory(): boolean }): EntryKind {
  return s.isFile() ? 'file' : s.isDirectory() ? 'directory' : 'other';
}

export function nodeIo(options: {
  cwd: string;
  isTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
  stdout(text: string): void;
  stderr(text: string): void;
}): Io {
  return {
    ...options,
    readFile: (path) => fs.readFile(path, 'utf8'),
    writeFile: (path, text) => fs.writeFile(path, text, 'utf8'),
    async stat(path) {
      try {
        return kindOf(await fs.stat(path));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ENOTDIR')
          return undefined;
        throw e;
      }
    },
    async readdir(path) {
      const entries = await fs.readdir(path, { withFileTypes: true });
      const out: DirEntry[] = [];
      for (const e of entries) {
        let kind = kindOf(e);
        if (e.isSymbolicLink()) {
          const target = await fs.stat(join(path, e.name)).catch(() => undefined);
          kind = target?.isFile() ? 'file' : 'other';
        }
        out.push({ name: e.name, kind });
      }
      return out;
    },
  };
}
