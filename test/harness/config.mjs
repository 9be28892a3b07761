// @ts-check
// Shared locations, pinned versions, settings and suite discovery for the
// VS Code integration test runners.
// Everything lives under <repo>/.cache/vscode (git-ignored) so a run never
// writes outside the repository.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CACHE_DIR = path.join(REPO_ROOT, '.cache', 'vscode');

// Pinned exactly: code-server 4.139.1 (VS Code 1.139) requires Node 24, and the
// native modules it builds must match the headers of the Node that runs it.
export const NODE_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';

export const NODE_DIR = path.join(CACHE_DIR, `node-${NODE_VERSION}`);
export const NODE_BIN = path.join(NODE_DIR, 'bin', 'node');
export const CODE_SERVER_PREFIX = path.join(CACHE_DIR, `code-server-${CODE_SERVER_VERSION}`);
export const CODE_SERVER_ENTRY = path.join(
  CODE_SERVER_PREFIX,
  'node_modules',
  'code-server',
  'out',
  'node',
  'entry.js',
);
export const MARKER_FILE = path.join(CACHE_DIR, 'installed.json');
export const CHROMIUM_BIN = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Chromium flags that worked headless, as root, with no network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Contents of the marker file written after a complete install. */
export const MARKER = { node: NODE_VERSION, codeServer: CODE_SERVER_VERSION };

/** User settings that keep the workbench quiet and offline (recipe list). */
export const QUIET_SETTINGS = {
  'telemetry.telemetryLevel': 'off',
  'chat.disableAIFeatures': true,
  'workbench.startupEditor': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'update.mode': 'none',
};

/** Where build-tests.mjs writes the compiled suites. */
export const TESTS_OUT_DIR = path.join(REPO_ROOT, 'out', 'test', 'integration');

/** @typedef {{name: string, entry: string, workspace?: string, settings?: object, timeout?: number}} Suite */

/**
 * The suites to run. With explicit entries (absolute or relative paths to a
 * compiled index.js) each gets the command-line options. Otherwise every
 * out/test/integration/<name>/index.js, each with the options of its optional
 * test/integration/<name>/suite.json: {"workspace": "<dir relative to the
 * repo root>", "settings": {...}, "timeout": <seconds>}. Command-line options
 * win over suite.json.
 *
 * @param {{tests?: string[], workspace?: string, settings?: object, timeout?: number}} [options]
 * @returns {Suite[]}
 */
export function resolveSuites({ tests = [], workspace, settings, timeout } = {}) {
  const cli = Object.fromEntries(
    Object.entries({
      workspace: workspace && path.resolve(workspace),
      settings,
      timeout,
    }).filter(([, v]) => v !== undefined),
  );
  if (tests.length) {
    return tests.map((t) => {
      const entry = path.resolve(t);
      return { name: path.basename(path.dirname(entry)), entry, ...cli };
    });
  }
  const names = fs.existsSync(TESTS_OUT_DIR)
    ? fs
        .readdirSync(TESTS_OUT_DIR)
        .filter((n) => fs.existsSync(path.join(TESTS_OUT_DIR, n, 'index.js')))
        .sort()
    : [];
  return names.map((name) => {
    const configFile = path.join(REPO_ROOT, 'test', 'integration', name, 'suite.json');
    const config = fs.existsSync(configFile) ? JSON.parse(fs.readFileSync(configFile, 'utf8')) : {};
    if (config.workspace) config.workspace = path.resolve(REPO_ROOT, config.workspace);
    return { name, entry: path.join(TESTS_OUT_DIR, name, 'index.js'), ...config, ...cli };
  });
}
