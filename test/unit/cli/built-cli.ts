// The built bin (dist/cli.js) for the tests that spawn it: built first when a source is newer.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './scenarios';

export const CLI = join(REPO, 'dist', 'cli.js');

/** The latest modification time of any file below `dir`, in ms. */
function newestSource(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((latest, e) => Math.max(latest, statSync(join(e.parentPath, e.name)).mtimeMs), 0);
}

/**
 * The real build (esbuild.mjs): what `npm run build` ships as the bin. `npm test` has just built it;
 * run alone, a suite builds it when a source is newer than the bin.
 */
export function ensureBuilt(): void {
  if (
    !existsSync(CLI) ||
    Math.max(newestSource(join(REPO, 'src')), newestSource(join(REPO, 'schemas'))) > statSync(CLI).mtimeMs
  ) {
    const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: REPO, encoding: 'utf8' });
    assert.ok(existsSync(CLI), `dist/cli.js was not built:\n${build.stderr}`);
    assert.equal(build.status, 0, `node esbuild.mjs failed:\n${build.stderr}`);
  }
  assert.match(readFileSync(CLI, 'utf8'), /^#!\/usr\/bin\/env node\n/);
}
