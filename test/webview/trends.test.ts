import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { TrendsViewModel } from '../../src/core/protocol';
import problems from './fixtures/problems.json';
import trendsFixture from './fixtures/trends.json';
import { clone, posted, SCREENSHOTS, send, update, useHarness, type Panel } from './harness';

const trends = trendsFixture as TrendsViewModel;

async function heads(page: Page, caption: string): Promise<string[]> {
  return page.$$eval(`table:has(caption:text-is("${caption}")) thead th`, (cells) =>
    cells.map((cell) => cell.textContent ?? ''),
  );
}

async function table(page: Page, caption: string): Promise<string[][]> {
  return page.$$eval(`table:has(caption:text-is("${caption}")) tbody tr`, (rows) =>
    rows.map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent ?? '')),
  );
}

describe('trends webview (Chromium)', function () {
  const harness = useHarness();
  let panel: Panel;
  let page: Page;

  async function open(locale = 'en', theme: 'light' | 'dark' | 'hc' = 'light') {
    panel = await harness.open('trends', theme);
    page = panel.page;
    await send(page, { type: 'settings', calendarSystem: locale === 'fa' ? 'persian' : 'gregorian', locale });
    await update(page, trends);
  }

  it('draws one uPlot canvas per metric and per goal, with verdict badges', async () => {
    await open();
    assert.deepEqual((await posted(page))[0], { type: 'ready' });
    assert.equal(await page.$$eval('.sac-figure[data-metric] canvas', (els) => els.length), 2);
    assert.equal(await page.$$eval('.sac-figure[data-goal] canvas', (els) => els.length), 2);
    assert.equal(await page.$$eval('canvas', (els) => els.length), 4);
    assert.equal(await page.textContent('.sac-figure[data-goal="followers-10k"] .sac-verdict'), 'off track');
    assert.equal(await page.textContent('.sac-figure[data-goal="faster-replies"] .sac-verdict'), 'at risk');
    const legend = await page.$$eval('.sac-figure[data-goal="followers-10k"] .u-legend .u-label', (els) =>
      els.map((el) => el.textContent),
    );
    assert.deepEqual(legend.slice(1), ['Values', 'Projection', 'Baseline', 'Target']);
    assert.match(
      (await page.getAttribute('.sac-figure[data-metric="followers"] [role="img"]', 'aria-label'))!,
      /Jul 2026 3,200/,
    );
    // uPlot's stylesheet loaded from the bundle's CSS under the CSP.
    assert.equal(await page.$eval('.uplot', (el) => getComputedStyle(el).fontFamily.length > 0), true);
  });

  it("tables the contract's numbers, formatted for the locale", async () => {
    await open();
    assert.deepEqual(await heads(page, 'Metrics'), [
      'Metric',
      'Last',
      'Previous',
      'Change vs last month',
      'Trend per month',
      'Trend fit (R²)',
      '3-month average',
    ]);
    assert.deepEqual(await heads(page, 'Goals'), [
      'Goal',
      'Metric',
      'Baseline',
      'Target',
      'Deadline',
      'Forecast',
      'Progress',
      'Verdict',
    ]);
    assert.deepEqual(await table(page, 'Metrics'), [
      ['Instagram followers', '4,500', '4,100', '+9.8%', '+250', '0.98', '4,166.67'],
      ['<img src=x onerror=alert(1)> response', '4.8', '4', '+20%', '-0.35', '0.31', '4.77'],
    ]);
    assert.deepEqual(await table(page, 'Goals'), [
      [
        'Reach 10k followers',
        'Instagram followers',
        '3,200',
        '10,000',
        '30 June 2027',
        '5,916.67',
        '19%',
        'off track',
      ],
      [
        'پاسخ سریع‌تر',
        '<img src=x onerror=alert(1)> response',
        '5.5',
        '2',
        '31 March 2027',
        '3.45',
        '20%',
        'at risk',
      ],
    ]);
    assert.equal(await page.$$eval('img', (els) => els.length), 0, 'hostile names stay text');
    await page.screenshot({ path: `${SCREENSHOTS}/trends-light.png`, fullPage: true });
  });

  it('uses Persian digits for fa', async () => {
    await open('fa', 'dark');
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    const [followers] = await table(page, 'شاخص‌ها');
    assert.deepEqual(followers.slice(1, 3), ['۴٬۵۰۰', '۴٬۱۰۰']);
    assert.deepEqual((await heads(page, 'شاخص‌ها')).slice(3), [
      'تغییر نسبت به ماه قبل',
      'روند در هر ماه',
      'دقت روند (R²)',
      'میانگین ۳ ماهه',
    ]);
    await page.screenshot({ path: `${SCREENSHOTS}/trends-persian-dark.png`, fullPage: true });
  });

  it('"Copy CSV" sends the numbers as CSV; a metric name reveals it', async () => {
    await open();
    await page.click('text=Copy CSV');
    await page.click('button.sac-link:text-is("Instagram followers")');
    const [, csvMessage, reveal] = await posted(page);
    assert.deepEqual(reveal, { type: 'revealMetric', version: 1, id: 'followers' });
    assert.equal(csvMessage.type, 'exportCsv');
    const lines = (csvMessage.csv as string).trimEnd().split('\r\n');
    assert.equal(
      lines[0],
      'kind,id,name,metric,unit,last,previous,mom,slope,r2,ma3,baseline,target,deadline,forecast,progress,verdict',
    );
    assert.equal(
      lines[1],
      'metric,followers,Instagram followers,followers,followers,4500,4100,9.76,250,0.9835,4166.67,,,,,,',
    );
    assert.equal(
      lines[2],
      'metric,response-time,<img src=x onerror=alert(1)> response,response-time,hours,4.8,4,20,-0.35,0.31,4.77,,,,,,',
    );
    assert.equal(
      lines[3],
      'goal,followers-10k,Reach 10k followers,followers,followers,,,,,,,3200,10000,2027-06-30,5916.67,0.1912,off-track',
    );
    assert.equal(lines.length, 5);
    assert.equal(await page.textContent('[role="status"]'), 'The table was copied as CSV.');
  });

  it('follows updates and keeps the last good numbers under a problem banner', async () => {
    await open();
    const next = clone(trends);
    next.version = 2;
    next.metrics = next.metrics.slice(0, 1);
    next.goals = [];
    await update(page, next);
    assert.equal(await page.$$eval('canvas', (els) => els.length), 1);
    const broken: TrendsViewModel = {
      ...clone(next),
      version: 3,
      metrics: [],
      problem: problems.tab.problem,
    };
    await update(page, broken);
    assert.equal(
      await page.textContent('[role="alert"]'),
      `The strategy file can't be read right now, so the trends show the last version that could be read. ${problems.tab.problem}`,
    );
    assert.equal(await page.$$eval('canvas', (els) => els.length), 1);
    await page.screenshot({ path: `${SCREENSHOTS}/trends-problem.png` });
    await send(page, { type: 'settings', calendarSystem: 'persian', locale: 'fa' });
    await page.waitForSelector('html[dir="rtl"]');
    assert.equal(
      await page.textContent('[role="alert"] strong'),
      'فایل استراتژی فعلاً خوانده نمی‌شود؛ روندها آخرین نسخه‌ای را نشان می‌دهند که خوانده شد.',
    );
    assert.equal(await page.getAttribute('[role="alert"] .sac-banner-problem', 'dir'), 'auto');
    await page.screenshot({ path: `${SCREENSHOTS}/trends-problem-persian.png` });
  });

  it('screenshots in dark and high contrast themes', async () => {
    await open('en', 'dark');
    await page.screenshot({ path: `${SCREENSHOTS}/trends-dark.png`, fullPage: true });
    await harness.closePages();
    await open('en', 'hc');
    await page.screenshot({ path: `${SCREENSHOTS}/trends-hc.png`, fullPage: true });
  });
});
