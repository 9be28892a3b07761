#!/usr/bin/env node
// @ts-check
// UI test through the real workbench: code-server + headless Chromium (test/harness/code-server.mjs).
// Opens a strategy file, sees the error squiggle and the Problems count, applies the quick fix from the
// light bulb (Ctrl+. then Enter), and opens the Strategy view; then, with VS Code in English, a Persian
// file's findings read in Persian in the Problems panel and in a hover, right to left, its ids in
// order inside their isolates. Screenshots go to test-results/ui/.
// Run with `npm run test:ui` (builds first). Exit code 0 = passed.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  closeBrowser,
  createRunDir,
  launchBrowser,
  remoteUri,
  removeRunDir,
  startCodeServer,
} from '../harness/code-server.mjs';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SHOTS = path.join(REPO_ROOT, 'test-results', 'ui');
const TIMEOUT = 30_000;
const log = (/** @type {string} */ msg) => console.log(`[ui] ${msg}`);

/** @type {{name: string, ok: boolean}[]} */
const steps = [];
/**
 * @param {string} name
 * @param {() => Promise<void>} fn
 */
async function step(name, fn) {
  const started = Date.now();
  try {
    await fn();
    steps.push({ name, ok: true });
    log(`✔ ${name} (${Date.now() - started} ms)`);
  } catch (/** @type {any} */ err) {
    steps.push({ name, ok: false });
    log(`✘ ${name}: ${err.message}`);
    throw err;
  }
}

fs.mkdirSync(SHOTS, { recursive: true });
const runDir = createRunDir('ui');
const workspace = path.join(runDir, 'workspace');
fs.cpSync(path.join(REPO_ROOT, 'test', 'integration', 'workspace'), workspace, { recursive: true });
fs.copyFileSync(
  path.join(REPO_ROOT, 'test', 'fixtures', 'i18n', 'persian-mistakes.strategy.yaml'),
  path.join(workspace, 'persian-mistakes.strategy.yaml'),
);

let server;
let browser;
let failed = false;
try {
  server = await startCodeServer({
    runDir,
    settings: { 'workbench.editor.enablePreview': false, 'editor.lightbulb.enabled': 'on' },
    // The smoke-test driver is what makes the workbench honour the extensionDevelopmentPath payload.
    smokeTestDriver: true,
    env: { EXTENSIONS_GALLERY: '{}' },
  });
  browser = await launchBrowser({ runDir });
  const page = browser.pages()[0] ?? (await browser.newPage());
  page.setDefaultTimeout(TIMEOUT);
  const payload = [['extensionDevelopmentPath', remoteUri(server.origin, REPO_ROOT)]];
  await page.goto(
    `${server.origin}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`,
  );
  const shot = (/** @type {string} */ name) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });

  await step('the workbench loads', async () => {
    await page.locator('.monaco-workbench').waitFor();
    await page.locator('#status\\.problems').waitFor();
  });

  await step('opens a strategy file and shows the error squiggle', async () => {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill('problems.strategy.yaml');
    await page.locator('.quick-input-list .monaco-list-row').first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.monaco-editor .view-lines').first().waitFor();
    await page.locator('.squiggly-error').first().waitFor();
    await shot('1-squiggles');
  });

  await step('counts the problems in the status bar', async () => {
    const status = page.locator('#status\\.problems');
    await page.waitForFunction(
      () => /[1-9]/.test(document.querySelector('#status\\.problems')?.textContent ?? ''),
      undefined,
      { timeout: TIMEOUT },
    );
    const text = (await status.textContent()) ?? '';
    const numbers = text.match(/\d+/g)?.map(Number) ?? [];
    assert.ok(numbers[0] >= 2, `errors in "${text}"`);
    assert.ok(numbers[1] >= 5, `warnings in "${text}"`);
  });

  await step('applies the quick fix from the light bulb (Ctrl+. then Enter)', async () => {
    // Put the cursor on `instagran` (line 14, column 15) with Go to Line.
    await page.locator('.monaco-editor textarea').first().focus();
    await page.keyboard.press('Control+G');
    await page.locator('.quick-input-widget input').waitFor();
    await page.keyboard.type('14:15');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+.');
    await page.locator('.action-widget').first().waitFor();
    await shot('2-quick-fix-menu');
    await page.keyboard.press('Enter');
    // The editor renders spaces as U+00A0.
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.view-line')].some((l) =>
        l.textContent?.replace(/\u00a0/g, ' ').includes('platform: instagram'),
      ),
    );
    const lines = (await page.locator('.view-line').allTextContents()).map((l) => l.replace(/\u00a0/g, ' '));
    assert.ok(!lines.some((l) => l.includes('instagran')), 'the typo is gone');
    await shot('3-fixed');
  });

  await step('opens the Strategy view with the workspace strategy files', async () => {
    await page.locator('.activitybar [aria-label^="Strategy"]').first().click();
    await page.locator('.pane-header[aria-label^="Goals"], .pane-header:has-text("Goals")').first().waitFor();
    await page.locator('.monaco-list-row:has-text("Corner Café")').first().waitFor();
    await shot('4-strategy-view');
  });

  await step('a Persian file speaks Persian in the Problems panel, VS Code being in English', async () => {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill('persian-mistakes.strategy.yaml');
    await page.locator('.quick-input-list .monaco-list-row').first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.monaco-editor .view-lines').first().waitFor();
    // Its first mistakes are below the opening comments: the Problems panel lists them all.
    await page.keyboard.press('Control+Shift+M');
    const panel = page.locator('.markers-panel');
    await panel.waitFor();
    // The did-you-mean of the typo 'titel' and the unknown metric 'ig-folowers', in Persian.
    await page.locator('.markers-panel .monaco-list-row:has-text("منظورتان")').first().waitFor();
    const rows = await page.locator('.markers-panel .monaco-list-row').allTextContents();
    const persian = rows.filter((r) => /[\u0600-\u06ff]/.test(r));
    assert.ok(persian.length >= 5, `Persian rows: ${persian.length} of ${rows.length}`);
    assert.ok(
      rows.some((r) => r.includes('titel') && r.includes('title')),
      'the typo and its fix are named',
    );
    // The ids stay Latin and whole, inside their isolates.
    assert.ok(
      rows.some((r) => r.includes('\u2068ig-folowers\u2069')),
      rows.join('\n'),
    );
    // Wide, so that whole messages show: in a narrow list VS Code cuts a right-to-left line at its
    // start, as any left-to-right list does.
    for (const command of ['View: Close Secondary Side Bar', 'View: Close Primary Side Bar']) {
      await page.keyboard.press('F1');
      await input.waitFor();
      await input.fill(`>${command}`);
      await page.locator('.quick-input-list .monaco-list-row').first().waitFor();
      await page.keyboard.press('Enter');
    }
    await page.keyboard.press('F1');
    await input.waitFor();
    await input.fill('>View: Toggle Maximized Panel');
    await page.locator('.quick-input-list .monaco-list-row').first().waitFor();
    await page.keyboard.press('Enter');
    await page.waitForTimeout(500);
    await shot('5-persian-problems');
    await page.keyboard.press('F1');
    await input.waitFor();
    await input.fill('>View: Toggle Maximized Panel');
    await page.locator('.quick-input-list .monaco-list-row').first().waitFor();
    await page.keyboard.press('Enter');
  });

  await step('the hover of a Persian finding is Persian, right to left', async () => {
    await page.locator('.monaco-editor textarea').first().focus();
    await page.keyboard.press('Control+G');
    await page.locator('.quick-input-widget input').waitFor();
    await page.keyboard.type('81:16');
    await page.keyboard.press('Enter');
    // Show Hover (Ctrl+K Ctrl+I).
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    const hover = page.locator('.monaco-hover:visible');
    await hover.first().waitFor();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.monaco-hover')].some((h) =>
        /[\u0600-\u06ff]/.test(h.textContent ?? ''),
      ),
    );
    const text = (await hover.first().textContent()) ?? '';
    assert.ok(text.includes('ig-folowers'), text);
    assert.ok(/[\u0600-\u06ff]/.test(text), text);
    await shot('6-persian-hover');
  });
} catch (/** @type {any} */ err) {
  failed = true;
  console.error(`[ui] FAILED: ${err.stack ?? err}`);
  await browser
    ?.pages()[0]
    ?.screenshot({ path: path.join(SHOTS, 'failure.png') })
    .catch(() => {});
} finally {
  await closeBrowser(browser);
  await server?.stop();
}
log(
  `${steps.filter((s) => s.ok).length}/${steps.length} steps passed; screenshots in ${path.relative(REPO_ROOT, SHOTS)}`,
);
if (failed) log(`logs kept in ${path.relative(REPO_ROOT, runDir)}`);
else removeRunDir(runDir);
process.exit(failed ? 1 : 0);
