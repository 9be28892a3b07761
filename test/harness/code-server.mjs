// @ts-check
// Small library to run a real VS Code offline: code-server (installed by
// setup.mjs) plus Debian's Chromium driven by playwright-core.
//
// Every process gets its own run directory under .cache/vscode/run-* and its
// HOME, XDG_* and TMPDIR point inside it, so nothing is written outside the
// repository and parallel runs cannot share state.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from 'playwright-core';
import {
  CACHE_DIR,
  CHROMIUM_ARGS,
  CHROMIUM_BIN,
  CODE_SERVER_ENTRY,
  NODE_BIN,
  QUIET_SETTINGS,
} from './config.mjs';

export { CHROMIUM_ARGS };

export { QUIET_SETTINGS };

/** Creates a fresh run directory (.cache/vscode/run-<label>-<time><pid>). Kept
 *  short: sockets are created below it (see processPath).
 *  @param {string} [label] */
export function createRunDir(label = 'run') {
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  const id = Date.now().toString(36) + process.pid.toString(36);
  const dir = path.join(CACHE_DIR, `run-${label}-${id}`);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/** A run directory kept between runs (.cache/vscode/<name>): `npm start` keeps the user's settings,
 *  state and installed extension there.
 *  @param {string} name */
export function persistentRunDir(name) {
  const dir = path.join(CACHE_DIR, name);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

// Longest run dir handed to processes as is (override: VSCODE_RUN_DIR_MAX).
const MAX_RUN_DIR_LENGTH = Number(process.env.VSCODE_RUN_DIR_MAX ?? 48);

/**
 * The path processes are given for runDir. Unix socket paths are limited to
 * 107 bytes and sockets live below the run dir: user-data/code-server-ipc.sock
 * (code-server), tmp/vscode-ipc-<uuid>.sock (VS Code), tmp/org.chromium.Chromium.
 * XXXXXX/SingletonSocket (Chromium), up to ~57 bytes. When the repository path
 * is too long for that (deep CI checkouts), processes get a short symlink in
 * /tmp instead; the files still live in the repository.
 *
 * @param {string} runDir
 * @returns {string}
 */
export function processPath(runDir) {
  if (runDir.length <= MAX_RUN_DIR_LENGTH) return runDir;
  const link = shortLinkFor(runDir);
  if (!fs.existsSync(link)) fs.symlinkSync(runDir, link);
  return link;
}

/** @param {string} runDir */
function shortLinkFor(runDir) {
  return path.join('/tmp', `vsc-${path.basename(runDir)}`);
}

/** Drops the /tmp alias of a run dir (once its processes are gone).
 *  @param {string} runDir */
export function releaseRunDir(runDir) {
  fs.rmSync(shortLinkFor(runDir), { force: true });
}

/** Removes a run directory and its /tmp alias.
 *  @param {string} runDir */
export function removeRunDir(runDir) {
  releaseRunDir(runDir);
  fs.rmSync(runDir, { recursive: true, force: true });
}

/** Environment that keeps a child's home, caches, config and temp files in runDir.
 *  @param {string} runDir
 *  @param {Record<string, string>} [extra] */
export function isolatedEnv(runDir, extra = {}) {
  const root = processPath(runDir);
  const dirs = {
    HOME: path.join(root, 'home'),
    XDG_CONFIG_HOME: path.join(root, 'xdg', 'config'),
    XDG_DATA_HOME: path.join(root, 'xdg', 'data'),
    XDG_CACHE_HOME: path.join(root, 'xdg', 'cache'),
    XDG_RUNTIME_DIR: path.join(root, 'tmp'),
    TMPDIR: path.join(root, 'tmp'),
  };
  for (const dir of Object.values(dirs)) fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  return { ...process.env, ...dirs, ...extra };
}

/** The preferred port when nothing listens on it, else a free one.
 *  @param {number} port
 *  @returns {Promise<number>} */
export function preferredPort(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.unref();
    server.on('error', () => resolve(freePort()));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(port)));
  });
}

/** Asks the kernel for a free TCP port on 127.0.0.1.
 *  @returns {Promise<number>} */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {net.AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/** @param {number} pid */
function groupAlive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Stops a detached process group: SIGTERM, then SIGKILL after graceMs.
 *  Killing the group (negative pid) also reaps code-server's helpers
 *  (extension host, file watcher, pty host), which outlive a plain kill.
 *  @param {number | undefined} pid
 *  @param {number} [graceMs] */
export async function stopProcessGroup(pid, graceMs = 5000) {
  if (!pid || !groupAlive(pid)) return;
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    return;
  }
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    if (!groupAlive(pid)) return;
    await sleep(100);
  }
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

/** @param {string} file */
function tail(file, lines = 30) {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/**
 * Starts code-server on a free port and resolves once /healthz answers.
 *
 * @param {object} options
 * @param {string} options.runDir             directory for all state of this run
 * @param {object} [options.settings]         extra User/settings.json entries
 * @param {boolean} [options.smokeTestDriver] pass `enable-smoke-test-driver` so the
 *   workbench honours the extensionTestsPath payload and calls codeAutomationExit
 * @param {Record<string,string>} [options.env] extra environment; it reaches the
 *   extension host (code-server forks it with its own environment)
 * @param {string[]} [options.extraArgs]      more code-server arguments
 * @param {number} [options.port]             the port to use when free (else any free port)
 * @param {boolean} [options.keepUserSettings] merge into an existing User/settings.json, the
 *   user's own values winning, instead of replacing it (a persistent run dir)
 * @param {number} [options.startTimeoutMs]
 */
export async function startCodeServer({
  runDir,
  settings = {},
  smokeTestDriver = false,
  env = {},
  extraArgs = [],
  startTimeoutMs = 60_000,
  port: wantedPort,
  keepUserSettings = false,
}) {
  if (!fs.existsSync(CODE_SERVER_ENTRY) || !fs.existsSync(NODE_BIN)) {
    throw new Error('code-server is not installed: run `node test/harness/setup.mjs` first');
  }
  const port = wantedPort ? await preferredPort(wantedPort) : await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const root = processPath(runDir);
  const userDataDir = path.join(root, 'user-data');
  const extensionsDir = path.join(root, 'extensions');
  const configFile = path.join(root, 'code-server.yaml');
  const logFile = path.join(runDir, 'code-server.log');

  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  const settingsFile = path.join(userDataDir, 'User', 'settings.json');
  /** @type {object | undefined} */
  let userSettings = {};
  if (keepUserSettings && fs.existsSync(settingsFile)) {
    try {
      userSettings = JSON.parse(fs.readFileSync(settingsFile, 'utf8'));
    } catch {
      // VS Code writes JSON with comments when a user edits it by hand: leave such a file alone.
      userSettings = undefined;
    }
  }
  if (userSettings) {
    fs.writeFileSync(
      settingsFile,
      JSON.stringify({ ...QUIET_SETTINGS, ...settings, ...userSettings }, null, 2) + '\n',
    );
  }
  // An explicit config file stops code-server from writing ~/.config/code-server.
  fs.writeFileSync(configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);

  const args = [
    CODE_SERVER_ENTRY,
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--config',
    configFile,
    '--user-data-dir',
    userDataDir,
    '--extensions-dir',
    extensionsDir,
    ...(smokeTestDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
    ...extraArgs,
  ];
  const logFd = fs.openSync(logFile, 'a');
  // detached: own process group, so stop() can kill code-server and all helpers.
  const child = spawn(NODE_BIN, args, {
    detached: true,
    stdio: ['ignore', logFd, logFd],
    env: isolatedEnv(runDir, env),
  });
  fs.closeSync(logFd);
  let exited = /** @type {string | number | null} */ (null);
  child.on('exit', (code, signal) => (exited = signal ?? code));
  child.unref();

  const stop = () => stopProcessGroup(child.pid);
  const deadline = Date.now() + startTimeoutMs;
  for (;;) {
    if (exited !== null) {
      throw new Error(`code-server exited (${exited}) during start-up. Log:\n${tail(logFile)}`);
    }
    try {
      const res = await fetch(`${origin}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(
        `code-server did not answer ${origin}/healthz within ${startTimeoutMs / 1000} s. Log:\n${tail(logFile)}`,
      );
    }
    await sleep(250);
  }
  return { port, origin, pid: child.pid, runDir, userDataDir, extensionsDir, logFile, stop };
}

/**
 * Launches headless Debian Chromium with a persistent profile inside runDir.
 * Playwright starts the browser in its own process group and kills that group
 * on close(); closeBrowser() adds a timeout so a hung browser cannot block us.
 *
 * @param {{runDir: string, headless?: boolean}} options
 */
export async function launchBrowser({ runDir, headless = true }) {
  if (!fs.existsSync(CHROMIUM_BIN)) {
    throw new Error(`${CHROMIUM_BIN} not found: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  }
  return chromium.launchPersistentContext(path.join(processPath(runDir), 'chromium-profile'), {
    executablePath: CHROMIUM_BIN,
    headless,
    args: CHROMIUM_ARGS,
    env: isolatedEnv(runDir),
    viewport: { width: 1280, height: 800 },
  });
}

/** @param {import('playwright-core').BrowserContext | undefined} context */
export async function closeBrowser(context, timeoutMs = 10_000) {
  if (!context) return;
  await Promise.race([context.close().catch(() => {}), sleep(timeoutMs)]);
}

/** Builds the `vscode-remote://` URI code-server expects for a server-side path.
 *  @param {string} origin
 *  @param {string} absPath */
export function remoteUri(origin, absPath) {
  const { host } = new URL(origin);
  return `vscode-remote://${host}${encodeURI(absPath)}`;
}
