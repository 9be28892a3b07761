#!/usr/bin/env node
// @ts-check
// The month report's HTML in headless Chromium (the system's, as the webview tests launch it): the
// English example left to right, the Persian one right to left, both (and a file of hostile text)
// behind the overview, and a month without a review, which the report drafts.
// Every request is routed and counted (the page must make none), console errors and dialogs fail the
// run, and screenshots (light, dark, RTL, print) and a PDF go to test-results/report/ for a person to
// look at. Needs the built core (`npm run build`).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_BIN } from '../harness/config.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(HERE, '../..');
const OUT = path.join(REPO_ROOT, 'test-results', 'report');
const CORE = path.join(REPO_ROOT, 'dist', 'core.js');

/**
 * The few core functions this script calls (dist/core.js is the bundled core, CommonJS).
 * @typedef {{ findings: unknown[], analysis: unknown }} LintResult
 * @typedef {{
 *   lint: (text: string, options: { today: string }) => LintResult,
 *   monthReport: (analysis: unknown, findings: unknown[], options: { today: string, file: string, month?: string }) => unknown,
 *   reportHtml: (data: unknown, options?: { language?: 'en' | 'fa' }) => string,
 * }} Core
 */

if (!fs.existsSync(CORE)) {
  console.error(`${path.relative(REPO_ROOT, CORE)} is missing: run 'npm run build' first.`);
  process.exit(2);
}
/** @type {Core} */
const core = createRequire(import.meta.url)(CORE);

/**
 * @param {string} file relative to the repository
 * @param {string} today
 */
function report(file, today) {
  const { findings, analysis } = core.lint(fs.readFileSync(path.join(REPO_ROOT, file), 'utf8'), { today });
  return core.monthReport(analysis, findings, { today, file });
}

// The English example is "as of" early February 2027, the Persian one early March (Esfand 1405).
const coffee = report('examples/coffee-roastery.strategy.yaml', '2027-02-10');
const bakery = report('examples/persian-bakery.strategy.yaml', '2027-03-05');
const HOSTILE = 'test/fixtures/report/hostile.strategy.yaml';
const hostile = report(HOSTILE, '2027-02-10');
// February has no review yet: the report drafts one.
const studio = report('test/fixtures/report/studio.strategy.yaml', '2027-03-03');

const SOURCES = ['examples/coffee-roastery.strategy.yaml', 'examples/persian-bakery.strategy.yaml', HOSTILE]
  .map((file) => fs.readFileSync(path.join(REPO_ROOT, file), 'utf8'))
  .join('\n');

/** @type {{ name: string, html: string, rtl: boolean }[]} */
const PAGES = [
  { name: 'coffee', html: core.reportHtml(coffee), rtl: false },
  { name: 'persian', html: core.reportHtml(bakery), rtl: true },
  { name: 'overview', html: core.reportHtml([coffee, bakery, hostile]), rtl: false },
  { name: 'hostile', html: core.reportHtml(hostile), rtl: false },
  { name: 'draft', html: core.reportHtml(studio), rtl: false },
];

const PERSIAN_DIGIT = /[۰-۹]/;

fs.mkdirSync(OUT, { recursive: true });
if (!fs.existsSync(CHROMIUM_BIN)) {
  console.error(`${CHROMIUM_BIN} not found: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  process.exit(2);
}
const browser = await chromium.launch({ executablePath: CHROMIUM_BIN, headless: true, args: CHROMIUM_ARGS });
let failures = 0;
let passes = 0;

/**
 * @param {string} name
 * @param {() => Promise<void> | void} body
 */
async function check(name, body) {
  try {
    await body();
    passes++;
    console.log(`  ✔ ${name}`);
  } catch (e) {
    failures++;
    console.log(`  ✘ ${name}\n${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  }
}

/**
 * Opens a report page in its own context, every request routed and refused.
 * @param {string} html
 * @param {'light' | 'dark'} scheme
 * @param {{ width: number, height: number }} [viewport]
 */
async function open(html, scheme, viewport = { width: 1200, height: 900 }) {
  const context = await browser.newContext({ viewport, colorScheme: scheme, deviceScaleFactor: 1 });
  /** @type {string[]} */
  const requests = [];
  /** @type {string[]} */
  const errors = [];
  /** @type {string[]} */
  const dialogs = [];
  await context.route('**/*', (route) => {
    requests.push(route.request().url());
    return route.abort();
  });
  const page = await context.newPage();
  page.on('request', (request) => {
    if (!requests.includes(request.url())) requests.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.setContent(html, { waitUntil: 'load' });
  return { context, page, requests, errors, dialogs };
}

console.log('report (Chromium)');

for (const { name, html, rtl } of PAGES) {
  fs.writeFileSync(path.join(OUT, `${name}.html`), html);

  await check(`${name}: one self-contained file (no script, no URL but the file's own text)`, () => {
    const tags = html.match(/<(?:script|link|img|iframe|object|embed|base)\b/gi) ?? [];
    assert.deepEqual(tags, []);
    const urls = (html.match(/https?:\/\/[^\s<>"'&)]+/g) ?? []).filter((url) => !SOURCES.includes(url));
    assert.deepEqual(urls, []);
  });

  for (const scheme of /** @type {const} */ (['light', 'dark'])) {
    await check(`${name} (${scheme}): no request, no console error, no dialog`, async () => {
      const { context, page, requests, errors, dialogs } = await open(html, scheme);
      try {
        assert.deepEqual(requests, []);
        assert.deepEqual(errors, []);
        assert.deepEqual(dialogs, []);
        assert.equal(await page.locator('script').count(), 0);
        const dir = await page.evaluate(() => document.documentElement.dir);
        assert.equal(dir, rtl ? 'rtl' : 'ltr');
        await page.screenshot({ path: path.join(OUT, `${name}-${scheme}.png`), fullPage: true });
      } finally {
        await context.close();
      }
    });
  }
}

await check('persian: right to left, in Persian, with Persian digits and Solar Hijri dates', async () => {
  const { context, page } = await open(PAGES[1].html, 'light');
  try {
    const root = await page.evaluate(() => ({
      dir: document.documentElement.dir,
      lang: document.documentElement.lang,
    }));
    assert.deepEqual(root, { dir: 'rtl', lang: 'fa' });
    const section = page.locator('section.file');
    assert.equal(await section.getAttribute('dir'), 'rtl');
    assert.equal(await section.getAttribute('lang'), 'fa');
    const tiles = await page.locator('.tile-value').allInnerTexts();
    assert.ok(
      tiles.length > 0 && tiles.every((t) => PERSIAN_DIGIT.test(t) && !/[0-9]/.test(t)),
      tiles.join(' | '),
    );
    const head = await page.locator('.file-head').innerText();
    assert.match(head, /اسفند|بهمن/, 'the month is named by its Solar Hijri days');
    assert.match(head, /فوریه/, 'with the Gregorian month beside');
    const ticks = await page.locator('svg.chart .c-tick-y text').allTextContents();
    assert.ok(ticks.length > 0 && ticks.every((t) => PERSIAN_DIGIT.test(t)), ticks.join(' | '));
    // The table reads from the right: the first column sits right of the second.
    const [first, second] = await page
      .locator('table.goals thead th')
      .evaluateAll((ths) => ths.slice(0, 2).map((th) => th.getBoundingClientRect().left));
    assert.ok(first > second, `first column at ${first}, second at ${second}`);
  } finally {
    await context.close();
  }
});

await check('coffee: left to right, in English, a chart per metric with axes and a legend', async () => {
  const { context, page } = await open(PAGES[0].html, 'light');
  try {
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    assert.equal(await page.locator('svg.chart').count(), 6);
    assert.equal(await page.locator('svg.chart .c-axis-title').count(), 12);
    assert.ok((await page.locator('svg.chart .c-target').count()) >= 5);
    assert.equal(await page.locator('ul.legend li').count(), 4);
    assert.doesNotMatch(await page.locator('main').innerText(), /[۰-۹]/);
  } finally {
    await context.close();
  }
});

await check('overview: most goals off pace first, each row linking to its section', async () => {
  const { context, page } = await open(PAGES[2].html, 'light');
  try {
    const links = await page
      .locator('table.overview td.name a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.equal(links.length, 3);
    for (const href of links) assert.equal(await page.locator(/** @type {string} */ (href)).count(), 1);
    // The overview fills the first printed page; each file's section starts a new one.
    await page.emulateMedia({ media: 'print' });
    const breaks = await page
      .locator('section.file')
      .evaluateAll((sections) => sections.map((s) => getComputedStyle(s).breakBefore));
    assert.deepEqual(breaks, ['page', 'page', 'page']);
    await page.screenshot({ path: path.join(OUT, 'overview-print.png'), fullPage: true });
    await page.pdf({ path: path.join(OUT, 'overview.pdf'), format: 'A4', printBackground: true });
  } finally {
    await context.close();
  }
});

await check('hostile text stays text: no tag, no attribute, no dialog', async () => {
  const { context, page, dialogs, errors } = await open(PAGES[3].html, 'light');
  try {
    assert.deepEqual(dialogs, []);
    assert.deepEqual(errors, []);
    assert.equal(await page.locator('script, img, iframe').count(), 0);
    const text = await page.locator('main').innerText();
    assert.match(text, /<script>alert\("owned"\)<\/script> & "quotes"/);
    assert.equal(await page.locator('[onerror], [onclick]').count(), 0);
  } finally {
    await context.close();
  }
});

await browser.close();
// The summary lines .ci/run counts, as mocha writes them.
console.log(`\n  ${passes} passing`);
if (failures) console.log(`  ${failures} failing`);
process.exit(failures ? 1 : 0);
