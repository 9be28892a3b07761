#!/usr/bin/env node
// @ts-check
// Runs the same integration test entries with @vscode/test-electron, which
// downloads VS Code (Electron) into .vscode-test/ — for developers and CI with
// internet access. Offline, use run-tests.mjs (code-server) instead.
//
// Usage: node test/harness/run-tests-online.mjs [--tests <index.js>]...
//          [--workspace <dir>] [--settings <json file>] [--version <stable|insiders|1.x.y>]
// Without --tests, every out/test/integration/<name>/index.js runs with its
// optional test/integration/<name>/suite.json (see resolveSuites in config.mjs).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runTests } from '@vscode/test-electron';
import { QUIET_SETTINGS, REPO_ROOT, resolveSuites } from './config.mjs';

const { values: opts } = parseArgs({
  options: {
    'extension-path': { type: 'string' },
    tests: { type: 'string', multiple: true },
    workspace: { type: 'string' },
    settings: { type: 'string' },
    version: { type: 'string' },
  },
});

const extensionDevelopmentPath = path.resolve(opts['extension-path'] ?? REPO_ROOT);
const suites = resolveSuites({
  tests: opts.tests,
  workspace: opts.workspace,
  settings: opts.settings && JSON.parse(fs.readFileSync(path.resolve(opts.settings), 'utf8')),
});
if (!suites.length) {
  console.error('[vscode-tests-online] no out/test/integration/*/index.js: run build-tests.mjs');
  process.exit(2);
}

let failed = 0;
for (const suite of suites) {
  // Same contract as the offline runner: a scratch copy of the workspace and
  // a fresh profile whose User/settings.json holds the quiet + suite settings.
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), `vscode-${suite.name}-`));
  const workspace = path.join(scratch, 'workspace');
  const userDataDir = path.join(scratch, 'user-data');
  if (suite.workspace) fs.cpSync(suite.workspace, workspace, { recursive: true });
  else fs.mkdirSync(workspace);
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(userDataDir, 'User', 'settings.json'),
    JSON.stringify({ ...QUIET_SETTINGS, ...suite.settings }, null, 2),
  );
  try {
    await runTests({
      version: opts.version ?? 'stable',
      extensionDevelopmentPath,
      extensionTestsPath: suite.entry,
      extensionTestsEnv: { VSCODE_TEST_RUNNER: 'electron', VSCODE_TEST_WORKSPACE: workspace },
      // The first launch argument is the folder to open. --disable-extensions
      // keeps other installed extensions out (the one under test still loads).
      launchArgs: [workspace, '--disable-extensions', `--user-data-dir=${userDataDir}`],
    });
    console.log(`[vscode-tests-online] ${suite.name}: PASSED`);
  } catch (/** @type {any} */ err) {
    console.error(`[vscode-tests-online] ${suite.name}: FAILED (${err.message})`);
    failed++;
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
process.exit(failed ? 1 : 0);
