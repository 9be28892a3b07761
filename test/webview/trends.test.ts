import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { TrendsViewModel } from '../../src/core/protocol';
import problems from './fixtures/problems.json';
import trendsFixture from './fixtures/trends.json';
import { contrast, parseColor } from './colors';
import { clone, posted, SCREENSHOTS, send, update, useHarness, type Panel, type Theme } from './harness';

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

  async function open(
    language: 'en' | 'fa' = 'en',
    theme: Theme = 'light',
    size?: { width: number; height: number },
    model = trends,
  ) {
    panel = await harness.open('trends', theme, size);
    page = panel.page;
    await send(page, {
      type: 'settings',
      calendarSystem: language === 'fa' ? 'persian' : 'gregorian',
      language,
    });
    await update(page, model);
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
      'How steady',
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
      ['Instagram followers', '4,500', '4,100', '+9.8%', '+250', 'steady', '4,166.67'],
      ['<img src=x onerror=alert(1)> response', '4.8', '4', '+20%', '-0.35', 'unsteady', '4.77'],
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
      'ثبات روند',
      'میانگین ۳ ماهه',
    ]);
    assert.deepEqual(
      (await table(page, 'شاخص‌ها')).map((row) => row[5]),
      ['پایدار', 'ناپایدار'],
    );
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
    await send(page, { type: 'settings', calendarSystem: 'persian', language: 'fa' });
    await page.waitForSelector('html[dir="rtl"]');
    assert.equal(
      await page.textContent('[role="alert"] strong'),
      'فایل استراتژی فعلاً خوانده نمی‌شود؛ روندها آخرین نسخه‌ای را نشان می‌دهند که خوانده شد.',
    );
    assert.equal(await page.getAttribute('[role="alert"] .sac-banner-problem', 'dir'), 'auto');
    await page.screenshot({ path: `${SCREENSHOTS}/trends-problem-persian.png` });
  });

  it('says how steady a trend is in words, with R² in a tooltip', async () => {
    const steadiness = (r2: number | null) => {
      const model = clone(trends);
      model.version = 2;
      model.metrics[0].r2 = r2;
      return update(page, model).then(() =>
        page.$eval('table:has(caption:text-is("Metrics")) tbody tr:first-child td:nth-of-type(5)', (td) => ({
          text: td.textContent,
          tip: td.querySelector('[title]')?.getAttribute('title') ?? null,
        })),
      );
    };
    await open();
    assert.deepEqual(await steadiness(0.9835), { text: 'steady', tip: 'R² = 0.98' });
    assert.deepEqual(await steadiness(0.8), { text: 'steady', tip: 'R² = 0.80' });
    assert.deepEqual(await steadiness(0.62), { text: 'fairly steady', tip: 'R² = 0.62' });
    assert.deepEqual(await steadiness(0.31), { text: 'unsteady', tip: 'R² = 0.31' });
    assert.deepEqual(await steadiness(null), { text: '—', tip: null });
    assert.match(
      (await page.getAttribute('th:text-is("How steady")', 'title'))!,
      /^How closely the monthly values follow the trend line, by R²/,
    );
  });

  it('legends name the lines and show values only under the pointer', async () => {
    await open();
    // Each shown legend entry: its label, its value and whether a colon joins them.
    const legend = () =>
      page.$$eval('.sac-figure[data-metric="followers"] .u-series', (rows) =>
        rows
          .filter((row) => getComputedStyle(row).display !== 'none')
          .map((row) => {
            const th = row.querySelector('th')!;
            const colon = getComputedStyle(th, '::after').content.includes(':');
            return `${th.textContent}${colon ? ':' : ''} ${row.querySelector('.u-value')!.textContent}`.trim();
          }),
      );
    assert.deepEqual(await legend(), ['Values', 'Trend line', '3-month average']);
    // Over the last month (December 2026): the month and each line's value.
    const box = (await page.locator('.sac-figure[data-metric="followers"] .u-over').boundingBox())!;
    await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2);
    assert.deepEqual(await legend(), [
      'Month: Dec 2026',
      'Values: 4,500',
      'Trend line: 4,416.67',
      '3-month average: 4,166.67',
    ]);
    await page.mouse.move(0, 0);
    assert.deepEqual(await legend(), ['Values', 'Trend line', '3-month average']);
  });

  it('puts the charts beside the tables only when the panel has room for both', async () => {
    const layout = async (width: number) => {
      await open('en', 'light', { width, height: 900 });
      const result = await page.evaluate(() => {
        const charts = document.querySelector('.sac-charts')!.getBoundingClientRect();
        const tables = document.querySelector('.sac-tables')!.getBoundingClientRect();
        const figures = Array.from(document.querySelectorAll('.sac-figure'), (f) =>
          f.getBoundingClientRect(),
        );
        const canvases = Array.from(document.querySelectorAll('.sac-figure canvas'), (c) => ({
          canvas: c.getBoundingClientRect().width,
          figure: c.closest('.sac-figure')!.getBoundingClientRect().width,
        }));
        return {
          beside: tables.left >= charts.right - 1,
          chartsPerRow: figures.filter((f) => Math.abs(f.top - figures[0].top) < 2).length,
          fill: canvases.every((c) => c.canvas <= c.figure && c.canvas >= c.figure - 24),
          sideways: document.documentElement.scrollWidth > document.documentElement.clientWidth,
        };
      });
      await harness.closePages();
      return result;
    };
    assert.deepEqual(await layout(700), { beside: false, chartsPerRow: 1, fill: true, sideways: false });
    assert.deepEqual(await layout(1200), { beside: false, chartsPerRow: 2, fill: true, sideways: false });
    assert.deepEqual(await layout(1800), { beside: true, chartsPerRow: 2, fill: true, sideways: false });
    await open('en', 'light', { width: 1800, height: 1000 });
    await page.screenshot({ path: `${SCREENSHOTS}/trends-wide.png`, fullPage: true });
  });

  it('draws the projection and trend lines at 3:1 or more against the background in every theme', async () => {
    for (const theme of ['light', 'dark', 'hc', 'hc-light'] as const) {
      await open('en', theme);
      const markers = await page.$$eval('.sac-figure[data-goal="followers-10k"] .u-series', (rows) =>
        rows.slice(1).map((row) => ({
          label: row.querySelector('.u-label')!.textContent,
          color: getComputedStyle(row.querySelector('.u-marker')!).borderTopColor,
          background: getComputedStyle(document.body).backgroundColor,
        })),
      );
      for (const m of markers.filter((m) => m.label !== 'Baseline')) {
        const ratio = contrast(parseColor(m.color), parseColor(m.background));
        assert.ok(ratio >= 3, `${theme}: ${m.label} at ${ratio.toFixed(2)}:1`);
      }
      await harness.closePages();
    }
    await open();
  });

  it('screenshots: light, dark, high contrast and Persian', async () => {
    for (const [name, language, theme] of [
      ['dark', 'en', 'dark'],
      ['hc', 'en', 'hc'],
      ['persian', 'fa', 'light'],
    ] as const) {
      await open(language, theme);
      await page.screenshot({ path: `${SCREENSHOTS}/trends-${name}.png`, fullPage: true });
      await harness.closePages();
    }
    await open();
  });
});
