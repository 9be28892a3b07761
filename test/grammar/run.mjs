#!/usr/bin/env node
// @ts-check
// `npm run test:grammar`: checks the generated grammar is fresh, then runs the snapshot and assertion
// tests against it and VS Code's YAML grammars (vendored here, see README.md).
// `npm run grammar:update` (`--update`): regenerates the grammar and rewrites the snapshots.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(HERE, '../..');
const UPDATE = process.argv.includes('--update');

/** Every vendored grammar in this folder, as `-g <file>` pairs relative to the repo root. */
const grammars = fs
  .readdirSync(HERE)
  .filter((name) => name.endsWith('.tmLanguage.json'))
  .sort()
  .flatMap((name) => ['-g', path.relative(REPO_ROOT, path.join(HERE, name))]);

/**
 * Runs a command from the repo root and exits with its status when it fails.
 * @param {string} command
 * @param {string[]} args
 */
function run(command, args) {
  const { status, error } = spawnSync(command, args, { cwd: REPO_ROOT, stdio: 'inherit' });
  if (error) throw error;
  if (status !== 0) process.exit(status ?? 1);
}

/** @param {string} name a binary of node_modules/.bin */
const bin = (name) => path.join(REPO_ROOT, 'node_modules', '.bin', name);

// The globs are expanded by the tools themselves, as the quoted patterns of a shell would be.
run(process.execPath, ['syntaxes/build-grammar.mjs', ...(UPDATE ? [] : ['--check'])]);
run(bin('vscode-tmgrammar-snap'), [
  ...(UPDATE ? ['--updateSnapshot'] : []),
  ...grammars,
  '-s',
  'source.strategy-yaml',
  'test/grammar/snapshots/*.strategy.yaml',
]);
if (!UPDATE) run(bin('vscode-tmgrammar-test'), [...grammars, 'test/grammar/assertions/*.strategy.yaml']);
