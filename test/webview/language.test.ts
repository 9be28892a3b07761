// The panels speak the file's language (issue 11): the extension sends it with the calendar system the
// page draws in, and the two are independent. An English file drawn in the Solar Hijri calendar keeps
// its English words; a Persian file's panels are Persian throughout, whatever the drawing. The Persian
// models are the core's real output for the Persian example, rendered in Persian as the extension does.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { lint, type RenderContext } from '../../src/core';
import { calendarViewModel, trendsViewModel } from '../../src/core/outputs/view-models';
import type { CalendarViewModel, TrendsViewModel } from '../../src/core/protocol';
import gregorianFixture from './fixtures/calendar.json';
import trendsFixture from './fixtures/trends.json';
import { SCREENSHOTS, send, update, useHarness, type Theme } from './harness';

const english = gregorianFixture as CalendarViewModel;
const englishTrends = trendsFixture as TrendsViewModel;

const FA: RenderContext = { language: 'fa', calendar: 'persian' };
const bakery = readFileSync('examples/persian-bakery.strategy.yaml', 'utf8');
const bakeryResult = lint(bakery, { locale: 'fa' });
const META = { uri: 'file:///work/persian-bakery.strategy.yaml', fileName: 'persian-bakery.strategy.yaml' };
const persianCalendar = calendarViewModel(
  bakeryResult.analysis,
  bakeryResult.findings,
  { ...META, version: 1, today: '2027-03-01' },
  FA,
);
const persianTrends = trendsViewModel(
  bakeryResult.analysis,
  bakeryResult.findings,
  { ...META, version: 1 },
  FA,
);

const settings = (calendarSystem: 'gregorian' | 'persian', language: 'en' | 'fa') => ({
  type: 'settings',
  calendarSystem,
  language,
});

/** What a person reads or hears on the page: its text, tooltips, labels and placeholders. */
async function pageWords(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts = [document.body.innerText];
    for (const el of document.querySelectorAll('[title], [aria-label], [placeholder]'))
      for (const name of ['title', 'aria-label', 'placeholder']) {
        const value = el.getAttribute(name);
        if (value) parts.push(value);
      }
    return parts.join('\n');
  });
}

/** The texts a calendar model takes from the file (titles, handles, ids...), longest first. */
function fileTexts(model: CalendarViewModel | TrendsViewModel): string[] {
  const texts =
    model.kind === 'calendar'
      ? [
          model.fileName,
          ...model.platforms.flatMap((p) => [p.id, p.label]),
          ...model.posts.flatMap((p) => [p.title, p.campaign, p.goal, p.link, p.platform]),
          ...model.goals.flatMap((g) => [g.id, g.title]),
          ...model.campaigns,
        ]
      : [
          model.fileName,
          ...model.metrics.flatMap((m) => [m.id, m.name, m.unit, m.platform]),
          ...model.goals.flatMap((g) => [g.id, g.title, g.metric, g.unit]),
        ];
  return [...new Set(texts.filter((t): t is string => !!t))].sort((a, b) => b.length - a.length);
}

/** The page's words without the file's own texts: the interface's words alone. */
function interfaceWords(words: string, model: CalendarViewModel | TrendsViewModel): string {
  let out = words;
  for (const text of fileTexts(model)) out = out.split(text).join(' ');
  return out;
}

/** Keys on the keyboard keep their keycap names in the Persian help; CSV and R² are names too. */
const LATIN_NAMES = new Set(['Enter', 'Alt', 'Escape', 'CSV', 'R']);

function englishLeft(words: string): string[] {
  return [...new Set(words.match(/[A-Za-z]{2,}/g) ?? [])].filter((w) => !LATIN_NAMES.has(w));
}

const ARABIC_SCRIPT = /[\u0600-\u06ff]/;

describe('panels in the file’s language (Chromium)', function () {
  const harness = useHarness();
  let page: Page;

  async function open(
    kind: 'calendar' | 'trends',
    model: CalendarViewModel | TrendsViewModel,
    message: unknown,
    theme: Theme = 'light',
  ) {
    page = (await harness.open(kind, theme)).page;
    await send(page, message);
    await update(page, model);
  }

  it('keeps an English file in English when the Solar Hijri calendar draws it', async () => {
    await open('calendar', english, settings('persian', 'en'));
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
    // The Solar Hijri grid (weeks from Saturday), in English words and digits.
    assert.ok(await page.$('.sac-pgrid'));
    assert.equal(await page.textContent('.sac-title'), 'Dey 1405');
    assert.equal(await page.textContent('.sac-pweekday'), 'Saturday');
    assert.equal(await page.textContent('.sac-daycell[data-date="2027-01-04"] .sac-day-number'), '14');
    assert.equal(await page.textContent('.sac-button[data-view="month"]'), 'Month');
    assert.ok(await page.$('button[aria-label="Next"]'));
    assert.equal(
      await page.getAttribute('[data-post-index="0"]', 'aria-label'),
      'Instagram, 14 Dey 1405 09:00, Launch teaser, scheduled',
    );
    assert.match((await page.textContent('.sac-shortfalls'))!, /^Weeks below the planned cadence/);
    const words = interfaceWords(await pageWords(page), english);
    assert.doesNotMatch(words, ARABIC_SCRIPT, 'no Persian word in an English file’s panel');
    await page.screenshot({ path: `${SCREENSHOTS}/language-english-solar.png`, fullPage: true });

    // Switching the drawing back changes the calendar, never the language.
    await send(page, settings('gregorian', 'en'));
    await page.waitForSelector('.fc');
    // The same place in the Gregorian calendar: 1 Dey 1405 is 22 December 2026.
    assert.equal(await page.textContent('.sac-title'), 'December 2026');
    assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
    assert.doesNotMatch(interfaceWords(await pageWords(page), english), ARABIC_SCRIPT);
  });

  it('keeps an English file’s trends in English with Solar Hijri deadlines', async () => {
    await open('trends', englishTrends, settings('persian', 'en'));
    assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
    assert.ok(await page.$('caption:text-is("Metrics")'));
    const deadlines = await page.$$eval('table:has(caption:text-is("Goals")) tbody tr', (rows) =>
      rows.map((row) => row.querySelectorAll('td')[3]?.textContent),
    );
    assert.ok(
      deadlines.every((d) => /^\d+ [A-Z][a-z]+ \d{4}$/.test(d ?? '')),
      deadlines.join(' | '),
    );
    assert.doesNotMatch(interfaceWords(await pageWords(page), englishTrends), ARABIC_SCRIPT);
  });

  it('speaks Persian throughout a Persian file’s calendar: month, week, list and heatmap', async () => {
    await open('calendar', persianCalendar, settings('persian', 'fa'));
    assert.equal(await page.getAttribute('html', 'lang'), 'fa');
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    assert.equal(await page.textContent('.sac-title'), 'اسفند ۱۴۰۵');
    assert.equal(await page.textContent('.sac-button[data-view="month"]'), 'ماه');
    // The model's own words are Persian: platform labels, a series' rule.
    const series = persianCalendar.posts.find((p) => p.occurrence)!;
    assert.match(series.occurrence!.words, /^هر /);
    assert.match(
      (await page.getAttribute(`[data-post-index="${series.index}"]`, 'aria-label'))!,
      /تکرار: هر /,
    );
    const check = async (view: string) => {
      const left = englishLeft(interfaceWords(await pageWords(page), persianCalendar));
      assert.deepEqual(left, [], `English words in the Persian ${view}`);
      assert.doesNotMatch(
        interfaceWords((await page.textContent('.sac-toolbar')) ?? '', persianCalendar),
        /[0-9]/,
        `${view}: Persian digits`,
      );
    };
    await check('month');
    await page.screenshot({ path: `${SCREENSHOTS}/language-persian-month.png`, fullPage: true });
    for (const view of ['week', 'list', 'heatmap']) {
      await page.click(`.sac-button[data-view="${view}"]`);
      await check(view);
      await page.screenshot({ path: `${SCREENSHOTS}/language-persian-${view}.png`, fullPage: true });
    }
  });

  it('keeps a Persian file in Persian when the setting draws it in the Gregorian calendar', async () => {
    await open('calendar', persianCalendar, settings('gregorian', 'fa'));
    await page.waitForSelector('.fc');
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    assert.equal(await page.textContent('.sac-button[data-view="month"]'), 'ماه');
    assert.deepEqual(englishLeft(interfaceWords(await pageWords(page), persianCalendar)), []);
  });

  it('speaks Persian throughout a Persian file’s trends', async () => {
    await open('trends', persianTrends, settings('persian', 'fa'), 'light');
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    assert.ok(await page.$('caption:text-is("شاخص‌ها")'));
    const left = englishLeft(interfaceWords(await pageWords(page), persianTrends));
    assert.deepEqual(left, [], 'English words in the Persian trends');
    await page.screenshot({ path: `${SCREENSHOTS}/language-persian-trends.png`, fullPage: true });
  });
});
