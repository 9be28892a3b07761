#!/usr/bin/env node
// @ts-check
// Runs VS Code integration test entries inside a real VS Code, offline:
// code-server + headless Debian Chromium (see test/harness/code-server.mjs).
//
// A test entry is the standard module @vscode/test-electron runs: CommonJS,
// exporting `run(): Promise<void>`. The workbench loads it in the extension
// host when the page URL carries a `payload` with extensionDevelopmentPath and
// extensionTestsPath, and code-server was started with the smoke-test driver.
// When run() settles the page calls window.codeAutomationExit(code), and while
// tests run it sends the extension host's console (mocha's reporter output) to
// window.codeAutomationLog(type, args). Both are Playwright-exposed functions
// here, so the output streams to our stdout and the exit code is the suite's.
//
// Usage:
//   node test/harness/run-tests.mjs [--tests <abs index.js>]... [--workspace <dir>]
//        [--settings <json file>] [--extension-path <dir>] [--timeout <s>] [--keep]
// Without --tests, every out/test/integration/<name>/index.js is run, each with
// its optional test/integration/<name>/suite.json ({workspace, settings, timeout};
// paths relative to the repo root). Command-line options override suite.json.
import fs from 'node:fs';
import path from 'node:path';
import { format, parseArgs } from 'node:util';
import {
  closeBrowser,
  createRunDir,
  launchBrowser,
  releaseRunDir,
  removeRunDir,
  remoteUri,
  startCodeServer,
} from './code-server.mjs';
import { REPO_ROOT, resolveSuites } from './config.mjs';

const log = (/** @type {string} */ msg) => console.log(`[vscode-tests] ${msg}`);

/**
 * @param {string} msg
 * @returns {never}
 */
function usage(msg) {
  console.error(`[vscode-tests] ${msg}`);
  console.error(
    'usage: run-tests.mjs [--tests <abs index.js>]... [--workspace <dir>] [--settings <json>] ' +
      '[--extension-path <dir>] [--timeout <seconds>] [--keep]',
  );
  process.exit(2);
}

const { values: opts } = parseArgs({
  options: {
    'extension-path': { type: 'string' },
    tests: { type: 'string', multiple: true },
    workspace: { type: 'string' },
    settings: { type: 'string' },
    timeout: { type: 'string' },
    keep: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (opts.help) usage('runs VS Code integration test entries in code-server');

const extensionPath = path.resolve(opts['extension-path'] ?? REPO_ROOT);
if (!fs.existsSync(path.join(extensionPath, 'package.json'))) {
  usage(`--extension-path ${extensionPath} has no package.json`);
}

function suitesToRun() {
  const timeout = opts.timeout === undefined ? undefined : Number(opts.timeout);
  if (timeout !== undefined && !(timeout > 0)) usage(`bad --timeout ${opts.timeout}`);
  const suites = resolveSuites({
    tests: opts.tests,
    workspace: opts.workspace,
    settings: opts.settings && JSON.parse(fs.readFileSync(path.resolve(opts.settings), 'utf8')),
    timeout,
  });
  if (!suites.length) usage('no out/test/integration/*/index.js: run test/harness/build-tests.mjs');
  return suites;
}

/**
 * Streams a file that another process appends to (the suite's reporter
 * output) to our stdout, polling; returns a function that does a final drain.
 *
 * @param {string} file
 * @param {NodeJS.WritableStream} [out]
 */
function followFile(file, out = process.stdout) {
  let offset = 0;
  const pump = () => {
    let fd;
    try {
      fd = fs.openSync(file, 'r');
    } catch {
      return; // not created yet
    }
    try {
      const buf = Buffer.alloc(64 * 1024);
      for (;;) {
        const n = fs.readSync(fd, buf, 0, buf.length, offset);
        if (n <= 0) break;
        out.write(buf.subarray(0, n));
        offset += n;
      }
    } finally {
      fs.closeSync(fd);
    }
  };
  const timer = setInterval(pump, 200);
  return () => {
    clearInterval(timer);
    pump();
  };
}

/**
 * @param {string} file
 * @param {number} count
 */
function tailLines(file, count) {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-count).join('\n');
  } catch {
    return '(empty)';
  }
}

// Set while a suite runs, so a signal handler can stop code-server.
/** @type {Awaited<ReturnType<typeof startCodeServer>> | undefined} */
let activeServer;

/** @param {import('./config.mjs').Suite} suite */
async function runSuite(suite) {
  const timeoutS = suite.timeout ?? 600;
  if (!fs.existsSync(suite.entry)) throw new Error(`test entry not found: ${suite.entry}`);
  const runDir = createRunDir(suite.name);
  // The suite may write into its workspace: give it a copy, never the fixture.
  const workspace = path.join(runDir, 'workspace');
  if (suite.workspace) {
    if (!fs.existsSync(suite.workspace)) throw new Error(`workspace not found: ${suite.workspace}`);
    fs.cpSync(suite.workspace, workspace, { recursive: true });
  } else {
    fs.mkdirSync(workspace);
  }
  const outputFile = path.join(runDir, 'test-output.log');
  const workbenchLogFile = path.join(runDir, 'workbench.log');
  const started = Date.now();
  log(`suite "${suite.name}": ${path.relative(REPO_ROOT, suite.entry)} (${timeoutS} s limit)`);

  // Everything the workbench logs goes to codeAutomationLog, the extension
  // host's console included (when extensionTestsPath is set). Workbench
  // chatter cannot be told apart from test output there, so it is kept in
  // workbench.log; the reporter output is streamed from the file the suite
  // writes (VSCODE_TEST_OUTPUT_FILE) instead.
  const workbenchLog = fs.createWriteStream(workbenchLogFile);
  const debug = Boolean(process.env.VSCODE_TESTS_DEBUG);
  const stopFollowing = followFile(outputFile);
  let browser;
  let timer;
  let exitCode;
  try {
    activeServer = await startCodeServer({
      runDir,
      settings: suite.settings,
      smokeTestDriver: true,
      // code-server's environment reaches the extension host.
      env: {
        VSCODE_TEST_RUNNER: 'code-server',
        VSCODE_TEST_OUTPUT_FILE: outputFile,
        VSCODE_TEST_WORKSPACE: workspace,
        // No extension gallery: nothing in a test run may reach the network
        // (code-server otherwise queries open-vsx.org for built-in updates).
        EXTENSIONS_GALLERY: '{}',
      },
    });
    const { origin } = activeServer;
    browser = await launchBrowser({ runDir });
    const page = browser.pages()[0] ?? (await browser.newPage());

    /** @type {(result: number | string) => void} */
    let settle = () => {};
    /** @type {Promise<number | string>} */
    const finished = new Promise((resolve) => (settle = resolve));
    await page.exposeFunction('codeAutomationExit', (/** @type {unknown} */ code) => settle(Number(code)));
    await page.exposeFunction(
      'codeAutomationLog',
      (/** @type {string} */ type, /** @type {unknown} */ args) => {
        const line = `[${type}] ${format(...(Array.isArray(args) ? args : [args]))}\n`;
        workbenchLog.write(line);
        if (debug) process.stderr.write(line);
      },
    );
    page.on('pageerror', (err) => workbenchLog.write(`[pageerror] ${err.stack ?? err}\n`));
    page.on('crash', () => settle('the workbench page crashed'));
    timer = setTimeout(() => settle('timeout'), timeoutS * 1000);

    const payload = [
      ['extensionDevelopmentPath', remoteUri(origin, extensionPath)],
      ['extensionTestsPath', remoteUri(origin, suite.entry)],
    ];
    await page.goto(
      `${origin}/?folder=${encodeURIComponent(workspace)}` +
        `&payload=${encodeURIComponent(JSON.stringify(payload))}`,
      { waitUntil: 'domcontentloaded' },
    );

    const result = await finished;
    if (result === 'timeout') {
      console.error(
        `[vscode-tests] TIMEOUT: suite "${suite.name}" did not finish within ${timeoutS} s ` +
          '(raise it with --timeout <s> or "timeout" in suite.json)',
      );
      exitCode = 124;
    } else if (typeof result === 'number') {
      exitCode = result;
    } else {
      console.error(`[vscode-tests] suite "${suite.name}": ${result}`);
      exitCode = 1;
    }
  } finally {
    clearTimeout(timer);
    stopFollowing();
    await closeBrowser(browser);
    await activeServer?.stop();
    activeServer = undefined;
    releaseRunDir(runDir);
    await new Promise((resolve) => workbenchLog.end(resolve));
  }

  if (!fs.existsSync(outputFile)) {
    // The entry did not write VSCODE_TEST_OUTPUT_FILE (or never loaded):
    // show the forwarded console so the reason is still visible.
    log('the suite wrote no VSCODE_TEST_OUTPUT_FILE; workbench log (last 200 lines):');
    console.log(tailLines(workbenchLogFile, 200));
  } else if (exitCode !== 0) {
    log('workbench log (last 40 lines):');
    console.log(tailLines(workbenchLogFile, 40));
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  log(`suite "${suite.name}": ${exitCode === 0 ? 'PASSED' : `FAILED (exit ${exitCode})`} in ${seconds} s`);
  if (exitCode === 0 && !opts.keep) removeRunDir(runDir);
  else
    log(`logs kept in ${path.relative(REPO_ROOT, runDir)} (code-server.log, workbench.log, user-data/logs)`);
  return exitCode;
}

// Ctrl+C / CI cancellation: leave no code-server behind (Playwright kills
// the browser it launched when this process exits).
/** @param {string} sig */
async function stopAndExit(sig) {
  console.error(`[vscode-tests] ${sig}: stopping`);
  await activeServer?.stop();
  process.exit(130);
}
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => void stopAndExit(sig));

const suites = suitesToRun();
let failed = 0;
for (const suite of suites) {
  let code;
  try {
    code = await runSuite(suite);
  } catch (/** @type {any} */ err) {
    console.error(`[vscode-tests] suite "${suite.name}" could not run: ${err.message}`);
    code = 1;
  }
  if (code !== 0) failed++;
}
log(`${suites.length - failed}/${suites.length} suite(s) passed`);
process.exit(failed ? 1 : 0);
