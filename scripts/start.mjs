#!/usr/bin/env node
// @ts-check
// `npm start`: builds the extension, packages the .vsix, installs it into a local code-server (the
// offline VS Code of test/harness/) and serves the examples/ folder until Ctrl+C.
// `node scripts/start.mjs --smoke` (run by `npm test`) takes exactly the same path, then opens the
// URL in headless Chromium, waits until the installed extension shows its CodeLens on an example
// file, takes a screenshot (test-results/start/) and exits: 0 when the workbench came up with the
// extension active. It exists because a broken `npm start` once passed every other test.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const VSIX = path.join(ROOT, 'dist', 'strategy-as-code.vsix');
const SMOKE = process.argv.includes('--smoke');
const log = (/** @type {string} */ msg) => console.log(`[start] ${msg}`);
const run = (/** @type {string} */ cmd, /** @type {string[]} */ args) =>
  execFileSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });

log('building and packaging the extension');
run(process.execPath, ['esbuild.mjs', '--production']);
run(path.join(ROOT, 'node_modules', '.bin', 'vsce'), [
  'package',
  '--no-dependencies',
  '--allow-missing-repository',
  '-o',
  VSIX,
]);
run(process.execPath, [path.join(ROOT, 'test', 'harness', 'setup.mjs'), ...(SMOKE ? ['--browser'] : [])]);

// Imported after setup so a missing code-server is installed first.
const {
  closeBrowser,
  createRunDir,
  isolatedEnv,
  launchBrowser,
  persistentRunDir,
  removeRunDir,
  startCodeServer,
} = await import('../test/harness/code-server.mjs');
const { CODE_SERVER_ENTRY, NODE_BIN } = await import('../test/harness/config.mjs');

// The same address every time (STRATEGY_PORT to choose another; a free one when it is taken), and
// settings, open editors and the installed extension kept between starts in .cache/vscode/start.
// The smoke test starts from nothing, as a new user would.
const DEFAULT_PORT = Number(process.env.STRATEGY_PORT) || 7331;
const runDir = SMOKE ? createRunDir('start-smoke') : persistentRunDir('start');
const extensionsDir = path.join(runDir, 'extensions');
fs.mkdirSync(extensionsDir, { recursive: true });
log(`installing ${path.relative(ROOT, VSIX)} into code-server`);
execFileSync(
  NODE_BIN,
  [
    CODE_SERVER_ENTRY,
    '--extensions-dir',
    extensionsDir,
    '--user-data-dir',
    path.join(runDir, 'user-data'),
    '--install-extension',
    VSIX,
    // Replace the copy a previous start installed: the .vsix was just rebuilt.
    '--force',
  ],
  { stdio: 'inherit', env: isolatedEnv(runDir) },
);

const server = await startCodeServer({
  runDir,
  port: DEFAULT_PORT,
  keepUserSettings: !SMOKE,
  settings: {
    'workbench.startupEditor': 'none',
    // examples/ lies inside this repository: no "a git repository was found in the parent folders" prompt.
    'git.openRepositoryInParentFolders': 'never',
  },
  // Nothing here may reach the network.
  env: { EXTENSIONS_GALLERY: '{}' },
});
const url = `${server.origin}/?folder=${encodeURIComponent(path.join(ROOT, 'examples'))}`;

if (SMOKE) {
  let ok = false;
  try {
    await smoke(url);
    ok = true;
  } catch (/** @type {any} */ err) {
    console.error(`[start] smoke test FAILED: ${err.stack ?? err}`);
  } finally {
    await server.stop();
  }
  if (ok) removeRunDir(runDir);
  else log(`logs kept in ${path.relative(ROOT, runDir)}`);
  process.exit(ok ? 0 : 1);
}

console.log(`\n  Strategy as Code is running in VS Code at:\n\n    ${url}\n\n  Press Ctrl+C to stop.\n`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  log('stopping code-server');
  await server.stop();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
// Keep running until a signal arrives.
setInterval(() => {}, 1 << 30);

/** Opens the served workbench as a user would and waits for the installed extension to work.
 *  @param {string} address */
async function smoke(address) {
  const shots = path.join(ROOT, 'test-results', 'start');
  fs.mkdirSync(shots, { recursive: true });
  const browser = await launchBrowser({ runDir });
  const page = browser.pages()[0] ?? (await browser.newPage());
  page.setDefaultTimeout(60_000);
  try {
    await page.goto(address);
    await page.locator('.monaco-workbench').waitFor();
    log('smoke: the workbench loads');
    // The activity bar entry comes from the installed package.json.
    await page.locator('.activitybar [aria-label^="Strategy"]').first().waitFor();
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill('coffee-roastery.strategy.yaml');
    await page.locator('.quick-input-list .monaco-list-row').first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.monaco-editor .view-lines').first().waitFor();
    // CodeLens is drawn only by a running extension: the .vsix installed and activated. (The first
    // lens may sit below the fold: attached, not visible.)
    await page.locator('.codelens-decoration').first().waitFor({ state: 'attached' });
    log('smoke: the extension is active (CodeLens on the example)');
    await page.screenshot({ path: path.join(shots, 'workbench.png') });
  } catch (err) {
    await page.screenshot({ path: path.join(shots, 'failure.png') }).catch(() => {});
    throw err;
  } finally {
    await closeBrowser(browser);
  }
}
