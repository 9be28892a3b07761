// @ts-check
// First render of 5,000 posts in the calendar webview, in headless Chromium: from the update message
// to the month grid laid out, timed inside the page with performance.now(). Target: < 300 ms.
// Run `node esbuild.mjs` first (npm run bench:webview does).
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_OPTIONS, startServer } from '../test/webview/server.mjs';

const POSTS = 5000;
const RUNS = 7;
const WARMUP = 2;
const TARGET_MS = 300;

if (!existsSync('dist/webview/calendar.js')) {
  console.error('dist/webview/calendar.js is missing: run `node esbuild.mjs` first.');
  process.exit(2);
}

/** A year of posts (or all in one month), with a deterministic spread of platforms, times and states.
 *  @param {number} days */
function model(days) {
  const platforms = ['instagram', 'linkedin', 'telegram', 'x', 'youtube', 'aparat'].map((id, i) => ({
    id,
    network: id,
    label: id[0].toUpperCase() + id.slice(1),
    color: ['#E1306C', '#0A66C2', '#229ED9', '#111111', '#FF0000', '#ED145B'][i],
    postsPerWeek: 3,
  }));
  const statuses = ['idea', 'draft', 'scheduled', 'published'];
  const start = Date.UTC(2027, 0, 1);
  const posts = Array.from({ length: POSTS }, (_, i) => ({
    index: i,
    date: new Date(start + ((i * 7919) % days) * 86400000).toISOString().slice(0, 10),
    ...(i % 3 ? { time: `${String(8 + (i % 12)).padStart(2, '0')}:${i % 2 ? '30' : '00'}` } : {}),
    platform: platforms[i % platforms.length].id,
    title: `Post ${i} about the winter launch`,
    status: statuses[i % 4],
    campaign: i % 5 ? 'Winter launch' : undefined,
    conflict: i % 97 === 0,
    outsidePeriod: false,
  }));
  return {
    kind: 'calendar',
    uri: 'file:///bench.strategy.yaml',
    fileName: 'bench.strategy.yaml',
    version: 1,
    period: { start: '2027-01-01', end: '2027-12-31' },
    today: '2027-01-14',
    platforms,
    posts,
    shortfalls: [],
    goals: [],
    campaigns: ['Winter launch'],
  };
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} origin
 * @param {object} settings the `settings` message
 * @param {object} data the calendar's view model
 */
async function firstRender(browser, origin, settings, data) {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await page.goto(`${origin}/page/calendar.html?theme=dark`);
  await page.evaluate((s) => window.postMessage(s, '*'), settings);
  await page.waitForFunction(() => document.documentElement.dir !== '' || true);
  const times = await page.evaluate(
    async (update) => {
      const t0 = performance.now();
      // VS Code delivers messages as MessageEvents on window; dispatch one synchronously.
      window.dispatchEvent(new MessageEvent('message', { data: update }));
      void document.body.offsetHeight; // style and layout of the grid
      const rendered = performance.now();
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      return {
        rendered: rendered - t0,
        frame: performance.now() - t0,
        version: document.body.dataset.renderedVersion,
      };
    },
    { type: 'update', model: data },
  );
  const chips = await page.$$eval('[data-post-index]', (els) => els.length);
  await page.close();
  if (times.version !== '1' || chips === 0) throw new Error('the calendar did not render');
  return { ...times, chips };
}

const median = (/** @type {number[]} */ xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const server = await startServer();
const browser = await chromium.launch(CHROMIUM_OPTIONS);
/** @type {[name: string, settings: object, model: object][]} */
const cases = [
  [
    'Gregorian month, 5,000 posts over a year',
    { type: 'settings', calendarSystem: 'gregorian', language: 'en' },
    model(365),
  ],
  [
    'Gregorian month, 5,000 posts in one month',
    { type: 'settings', calendarSystem: 'gregorian', language: 'en' },
    model(31),
  ],
  [
    'Solar Hijri month, 5,000 posts over a year',
    { type: 'settings', calendarSystem: 'persian', language: 'fa' },
    model(365),
  ],
];
let worst = 0;
try {
  for (const [name, settings, data] of cases) {
    for (let i = 0; i < WARMUP; i++) await firstRender(browser, server.origin, settings, data);
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await firstRender(browser, server.origin, settings, data));
    const rendered = median(runs.map((r) => r.rendered));
    const frame = median(runs.map((r) => r.frame));
    worst = Math.max(worst, rendered);
    console.log(
      `${name}: first render ${rendered.toFixed(1)} ms median of ${RUNS} (next frame ${frame.toFixed(1)} ms, ` +
        `${runs[0].chips} chips drawn)  target < ${TARGET_MS} ms  ${rendered < TARGET_MS ? 'OK' : 'SLOW'}`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
process.exitCode = worst < TARGET_MS ? 0 : 1;
