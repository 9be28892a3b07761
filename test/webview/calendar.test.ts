import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { CalendarViewModel } from '../../src/core/protocol';
import gregorianFixture from './fixtures/calendar.json';
import persianFixture from './fixtures/calendar-persian.json';
import problems from './fixtures/problems.json';
import {
  clearPosted,
  clone,
  nextFrame,
  posted,
  postedAtLeast,
  SCREENSHOTS,
  send,
  update,
  useHarness,
  type Panel,
} from './harness';

const gregorian = gregorianFixture as CalendarViewModel;
const persian = persianFixture as CalendarViewModel;
const EN = { type: 'settings', calendarSystem: 'gregorian', locale: 'en' };
const FA = { type: 'settings', calendarSystem: 'persian', locale: 'fa' };

const post = (index: number) => `[data-post-index="${index}"]`;
const day = (date: string) => `.sac-daycell[data-date="${date}"]`;

async function postDates(page: Page): Promise<Record<string, string>> {
  return page.$$eval('[data-post-index]', (els) =>
    Object.fromEntries(
      els.map((el) => [
        (el as HTMLElement).dataset.postIndex!,
        el.closest<HTMLElement>('.sac-daycell')?.dataset.date ?? '',
      ]),
    ),
  );
}

async function visibleIndexes(page: Page): Promise<number[]> {
  const indexes = await page.$$eval('.sac-calendar [data-post-index]', (els) =>
    els.map((el) => Number((el as HTMLElement).dataset.postIndex)),
  );
  return [...new Set(indexes)].sort((a, b) => a - b);
}

async function center(page: Page, selector: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(selector).first().boundingBox();
  assert.ok(box, `no box for ${selector}`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 6, from.y, { steps: 3 }); // past the drag threshold, same hour
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

describe('calendar webview (Chromium)', function () {
  const harness = useHarness();
  let panel: Panel;
  let page: Page;

  async function open(model = gregorian, settings: unknown = EN, theme: 'light' | 'dark' | 'hc' = 'light') {
    panel = await harness.open('calendar', theme);
    page = panel.page;
    await send(page, settings);
    await update(page, model);
  }

  it('sends ready, then puts each post in its day cell for January 2027', async () => {
    await open();
    assert.deepEqual((await posted(page))[0], { type: 'ready' });
    assert.equal(await page.textContent('.sac-title'), 'January 2027');
    const dates = await postDates(page);
    assert.equal(dates['0'], '2027-01-04');
    assert.equal(dates['1'], '2027-01-06');
    assert.equal(dates['2'], '2027-01-12');
    assert.equal(dates['5'], '2027-01-20');
    assert.equal(dates['11'], '2027-01-02');
    assert.equal(dates['12'], '2027-02-03', 'the next month shows in the trailing week');
    // Monday first in English; FullCalendar's styles loaded under the nonce CSP.
    assert.equal(await page.getAttribute('.fc-col-header-cell:first-child', 'data-date'), null);
    assert.equal(await page.$eval('.fc', (el) => getComputedStyle(el).display), 'flex');
    assert.equal(await page.$eval('.fc-daygrid-day', (el) => (el as HTMLElement).dataset.date), '2026-12-28');
  });

  it('labels chips for screen readers and marks status, clashes, today, period and cadence', async () => {
    await open();
    assert.equal(
      await page.getAttribute(post(0), 'aria-label'),
      'Instagram, 4 January 2027 09:00, Launch teaser, scheduled',
    );
    assert.equal(await page.textContent(`${post(0)} .sac-time`), '09:00');
    assert.ok(await page.$(`${post(0)} .sac-chip.sac-status-scheduled .sac-status-icon`));
    assert.equal(await page.$$eval('.sac-conflict', (els) => els.length), 2);
    assert.match((await page.getAttribute(post(2), 'aria-label'))!, /clashes with another post/);
    assert.ok(await page.$(`${day('2027-01-14')}.sac-today`));
    assert.ok(await page.$(`${day('2027-01-02')}.sac-outside-period`));
    assert.equal(await page.$(`${day('2027-01-03')}.sac-outside-period`), null);
    assert.equal(await page.textContent(`${day('2027-01-18')} .sac-shortfall`), '0/3');
    assert.match((await page.textContent('.sac-shortfalls'))!, /Instagram: 0 of 3 planned posts/);
    const legend = await page.$$eval('.sac-legend-item', (els) => els.map((el) => el.textContent));
    assert.deepEqual(legend, ['Instagram7', 'LinkedIn4', 'Telegram3']);
    const colour = await page.$eval(
      `${post(0)} .sac-chip`,
      (el) => getComputedStyle(el).borderInlineStartColor,
    );
    assert.equal(colour, 'rgb(225, 48, 108)');
    // Five posts on one day: two chips and "+3 more", whose pop-up lists all five; Escape closes it.
    assert.deepEqual(
      await page.$$eval(`${day('2027-01-22')} [data-post-index]`, (els) =>
        els.map((el) => el.getAttribute('data-post-index')),
      ),
      ['6', '7'],
    );
    await page.click(`${day('2027-01-22')} .sac-more-event`);
    assert.equal(await page.$$eval('.sac-popover [data-post-index]', (els) => els.length), 5);
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-post-index')), '6');
    await page.keyboard.press('Escape');
    assert.equal(await page.$('.sac-popover'), null);
    assert.equal(
      await page.evaluate(() => document.activeElement?.getAttribute('data-more-date')),
      '2027-01-22',
    );
  });

  it('filters by platform, status, campaign, goal and title, and shows them again', async () => {
    await open();
    const all = await visibleIndexes(page);
    await page.click('.sac-legend-item[data-platform="linkedin"]');
    assert.equal(
      await page.getAttribute('.sac-legend-item[data-platform="linkedin"]', 'aria-pressed'),
      'false',
    );
    assert.ok(!(await visibleIndexes(page)).includes(1));
    await page.click('.sac-legend-item[data-platform="linkedin"]');
    assert.deepEqual(await visibleIndexes(page), all);

    await page.click('.sac-toggle[data-status="idea"]');
    assert.ok(!(await visibleIndexes(page)).includes(2));
    await page.click('.sac-toggle[data-status="idea"]');

    await page.selectOption('select[data-filter="campaign"]', 'Winter launch');
    assert.deepEqual(await visibleIndexes(page), [0, 5]);
    await page.selectOption('select[data-filter="campaign"]', '');
    await page.selectOption('select[data-filter="goal"]', 'followers-10k');
    assert.deepEqual(await visibleIndexes(page), [0, 13]);
    await page.selectOption('select[data-filter="goal"]', '');

    await page.fill('.sac-search', 'TEASER');
    await page.waitForFunction(
      () => document.querySelectorAll('.sac-calendar [data-post-index]').length === 1,
    );
    assert.deepEqual(await visibleIndexes(page), [0]);
    // Persian search ignores Arabic yeh and kaf spellings.
    await page.fill('.sac-search', 'ويژه');
    await page.waitForFunction(
      () =>
        document.querySelector('.sac-calendar [data-post-index]')?.getAttribute('data-post-index') === '5',
    );
    assert.match((await page.textContent('.sac-count'))!, /^1 of 14 posts shown$/);
    await page.click('text=Clear filters');
    assert.deepEqual(await visibleIndexes(page), all);
  });

  it('keeps view, date and filters across updates and reloads', async () => {
    await open();
    await page.click('.sac-button[data-view="week"]');
    await page.click('button[aria-label="Next"]');
    await page.click('.sac-legend-item[data-platform="tg"]');
    const title = await page.textContent('.sac-title');
    assert.match(title!, /January.*2027/);
    await update(page, { ...clone(gregorian), version: 2 });
    assert.equal(await page.textContent('.sac-title'), title);
    assert.equal(await page.getAttribute('.sac-button[data-view="week"]', 'aria-pressed'), 'true');

    await page.reload();
    await send(page, EN);
    await update(page, { ...clone(gregorian), version: 3 });
    assert.equal(await page.textContent('.sac-title'), title);
    assert.ok(await page.$('.fc-timeGridWeek-view'));
    assert.equal(await page.getAttribute('.sac-legend-item[data-platform="tg"]', 'aria-pressed'), 'false');
    // The saved state names the file, so VS Code's panel serializer can reopen it after a reload.
    const saved = await page.evaluate(
      () => JSON.parse(sessionStorage.getItem('vscode-state') ?? 'null') as { uri?: string },
    );
    assert.equal(saved.uri, gregorian.uri);
  });

  it('clicking a post reveals it; double-clicking a day adds a post', async () => {
    await open();
    await clearPosted(page);
    await page.click(post(0));
    await page.dblclick(`${day('2027-01-07')} .fc-daygrid-day-frame`);
    assert.deepEqual(await posted(page), [
      { type: 'reveal', version: 1, index: 0 },
      { type: 'addPost', version: 1, date: '2027-01-07' },
    ]);
  });

  it('dragging a post to another day sends reschedule; in week view the hour too', async () => {
    await open();
    await clearPosted(page);
    await drag(
      page,
      await center(page, post(1)),
      await center(page, `${day('2027-01-13')} .fc-daygrid-day-frame`),
    );
    assert.deepEqual(await postedAtLeast(page, 1), [
      { type: 'reschedule', version: 1, index: 1, date: '2027-01-13' },
    ]);

    await page.click('.sac-button[data-view="week"]');
    await page.click('button[aria-label="Previous"]');
    await page.waitForSelector('td.fc-timegrid-col[data-date="2027-01-04"]');
    await update(page, { ...clone(gregorian), version: 2 });
    await clearPosted(page);
    const event = await page.locator(post(0)).boundingBox();
    const column = await page.locator('td.fc-timegrid-col[data-date="2027-01-06"]').boundingBox();
    const nine = await page.locator('td.fc-timegrid-slot-lane[data-time="09:00:00"]').boundingBox();
    const two = await page.locator('td.fc-timegrid-slot-lane[data-time="14:00:00"]').boundingBox();
    assert.ok(event && column && nine && two);
    // FullCalendar moves a time-grid event by its centre; grab there and drop at the same offset
    // within 14:00 as the centre has within 09:00, and the post moves by exactly five hours.
    const grab = event.y + event.height / 2;
    await drag(
      page,
      { x: event.x + event.width / 2, y: grab },
      { x: column.x + column.width / 2, y: two.y + (grab - nine.y) },
    );
    assert.deepEqual(await postedAtLeast(page, 1), [
      { type: 'reschedule', version: 2, index: 0, date: '2027-01-06', time: '14:00' },
    ]);

    await clearPosted(page);
    const lane = await page.locator('td.fc-timegrid-slot-lane[data-time="16:00:00"]').boundingBox();
    assert.ok(lane);
    await page.mouse.dblclick(column.x + column.width / 2, lane.y + lane.height * 0.6);
    assert.deepEqual(await posted(page), [
      { type: 'addPost', version: 2, date: '2027-01-06', time: '16:30' },
    ]);
  });

  it('renders hostile titles as text and runs nothing', async () => {
    await open();
    assert.equal(await page.textContent(`${post(4)} .sac-chip-title`), '<img src=x onerror=alert(1)>');
    assert.equal(await page.textContent(`${post(13)} .sac-chip-title`), '"><script>alert(2)</script>');
    assert.equal(await page.$$eval('.sac-calendar img, .sac-calendar script', (els) => els.length), 0);
    assert.equal(await page.getAttribute(`${post(4)} .sac-chip-title`, 'dir'), 'auto');
    await page.click('.sac-button[data-view="list"]');
    assert.equal(await page.textContent(`${post(4)} .sac-chip-title`), '<img src=x onerror=alert(1)>');
    assert.equal(await page.$$eval('img', (els) => els.length), 0);
    // A rendered frame after the list view: an injected handler would have run by then.
    await nextFrame(page);
    assert.deepEqual(panel.dialogs, []);
    assert.deepEqual(panel.errors, []);
  });

  it('moves between days with the arrow keys; Enter reveals a post or adds on an empty day', async () => {
    await open();
    await clearPosted(page);
    await page.focus(day('2027-01-14'));
    await page.keyboard.press('ArrowRight');
    assert.equal(
      await page.evaluate(() => (document.activeElement as HTMLElement).dataset.date),
      '2027-01-15',
    );
    await page.keyboard.press('ArrowUp');
    assert.equal(
      await page.evaluate(() => (document.activeElement as HTMLElement).dataset.date),
      '2027-01-08',
    );
    assert.equal(
      await page
        .$$eval('.sac-daycell[tabindex="0"]', (els) => els.map((el) => (el as HTMLElement).dataset.date))
        .then((d) => d.join()),
      '2027-01-08',
    );
    await page.keyboard.press('Enter');
    assert.deepEqual((await posted(page)).pop(), { type: 'addPost', version: 1, date: '2027-01-08' });
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    assert.equal(
      await page.evaluate(() => (document.activeElement as HTMLElement).dataset.date),
      '2027-01-04',
    );
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.postIndex), '0');
    await page.keyboard.press('Enter');
    assert.deepEqual((await posted(page)).pop(), { type: 'reveal', version: 1, index: 0 });
    await page.keyboard.press('Alt+ArrowRight');
    assert.deepEqual((await posted(page)).pop(), {
      type: 'reschedule',
      version: 1,
      index: 0,
      date: '2027-01-05',
    });
    await page.keyboard.press('Escape');
    assert.equal(
      await page.evaluate(() => (document.activeElement as HTMLElement).dataset.date),
      '2027-01-04',
    );
    // Across the month's edge the calendar follows.
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowUp');
    assert.equal(
      await page.evaluate(() => (document.activeElement as HTMLElement).dataset.date),
      '2026-11-30',
    );
    assert.equal(await page.textContent('.sac-title'), 'December 2026', 'the month whose grid shows the day');
  });

  it('shows a problem banner above the last good posts, and clears it when fixed', async () => {
    await open();
    const broken = {
      ...clone(gregorian),
      version: 2,
      posts: [],
      platforms: [],
      problem: problems.repeatedKey.problem,
    };
    await update(page, broken);
    const banner = page.locator('[role="alert"]');
    assert.equal(
      await banner.textContent(),
      `The strategy file can't be read right now, so the calendar shows the last version that could be read. ${problems.repeatedKey.problem} Editing in the calendar is paused until the file is fixed.`,
    );
    assert.equal(await banner.locator('.sac-banner-problem').getAttribute('dir'), 'auto');
    assert.ok(await page.$(post(0)), 'the last good posts stay');
    await page.screenshot({ path: `${SCREENSHOTS}/calendar-problem.png` });
    await clearPosted(page);
    await page.click(post(0));
    assert.deepEqual(await posted(page), [{ type: 'reveal', version: 2, index: 0 }]);
    await page.dblclick(`${day('2027-01-07')} .fc-daygrid-day-frame`);
    assert.equal((await posted(page)).length, 1, 'no adding while the file is broken');
    await update(page, { ...clone(gregorian), version: 3 });
    assert.equal(await page.$('[role="alert"]'), null);
  });

  it('ignores malformed messages', async () => {
    await open();
    await send(page, { type: 'update', model: { ...clone(gregorian), version: 9, posts: [{ index: 'x' }] } });
    await send(page, { type: 'update', model: { ...clone(gregorian), version: 9, today: '2027-1-1' } });
    await send(page, { type: 'settings', calendarSystem: 'klingon', locale: 'en' });
    await send(page, 'update');
    await update(page, { ...clone(gregorian), version: 10 });
    assert.equal(await page.textContent('.sac-title'), 'January 2027');
    panel.errors = panel.errors.filter((e) => !e.includes('malformed'));
  });

  it('draws Solar Hijri months right to left with Persian digits (2027-03-21 is 1 Farvardin 1406)', async () => {
    await open(persian, FA);
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    assert.equal(await page.textContent('.sac-title'), 'فروردین ۱۴۰۶');
    const first = await page.$$eval('.sac-pday', (els) =>
      els.slice(0, 2).map((el) => (el as HTMLElement).dataset.date),
    );
    assert.deepEqual(first, ['2027-03-20', '2027-03-21'], 'weeks start on Saturday (29 Esfand)');
    assert.equal(await page.textContent(`${day('2027-03-21')} .sac-day-number`), '۱');
    assert.equal(await page.textContent(`${day('2027-04-20')} .sac-day-number`), '۳۱');
    assert.equal(await page.$$eval('.sac-pday', (els) => els.length), 35);
    const dates = await postDates(page);
    assert.equal(dates['0'], '2027-03-21');
    assert.equal(dates['3'], '2027-04-20');
    assert.equal(dates['4'], '2027-03-20');
    assert.equal(
      await page.getAttribute(post(0), 'aria-label'),
      'اینستاگرام, ۱ فروردین ۱۴۰۶ ۱۲:۰۰, تبریک نوروز از طرف تیم کافه, زمان‌بندی‌شده',
    );
    assert.equal(await page.textContent(`${post(0)} .sac-time`), '۱۲:۰۰');
    // Saturday is the rightmost column.
    const [sat, sun] = await Promise.all([center(page, day('2027-03-20')), center(page, day('2027-03-21'))]);
    assert.ok(sat.x > sun.x);
    assert.ok(await page.$(`${day('2027-03-21')}.sac-today`));
    assert.ok(await page.$(`${day('2027-03-20')}.sac-outside-period.sac-other-month`));
    assert.equal(await page.textContent(`${day('2027-03-29')} .sac-shortfall`), '۰/۴');
    assert.equal(await page.textContent(`${post(9)} .sac-chip-title`), '<img src=x onerror=alert(1)>');
    await page.screenshot({ path: `${SCREENSHOTS}/calendar-persian-month.png`, fullPage: true });

    await page.click('button[aria-label="بعدی"]');
    assert.equal(await page.textContent('.sac-title'), 'اردیبهشت ۱۴۰۶');
    await page.click('button[aria-label="قبلی"]');
    await page.click('button[aria-label="قبلی"]');
    assert.equal(await page.textContent('.sac-title'), 'اسفند ۱۴۰۵');
  });

  it('Persian grid: drag and drop, double-click, keyboard, filters and "+N more"', async () => {
    await open(persian, FA, 'dark');
    await clearPosted(page);
    await page.dragAndDrop(post(1), day('2027-03-24'));
    await postedAtLeast(page, 1);
    await page.dblclick(`${day('2027-03-30')} .sac-pday-top`);
    assert.deepEqual(await postedAtLeast(page, 2), [
      { type: 'reschedule', version: 1, index: 1, date: '2027-03-24' },
      { type: 'addPost', version: 1, date: '2027-03-30' },
    ]);

    await clearPosted(page);
    await page.focus(day('2027-03-21'));
    await page.keyboard.press('ArrowLeft'); // right to left: left is the next day
    assert.equal(
      await page.evaluate(() => (document.activeElement as HTMLElement).dataset.date),
      '2027-03-22',
    );
    await page.keyboard.press('ArrowDown');
    assert.equal(
      await page.evaluate(() => (document.activeElement as HTMLElement).dataset.date),
      '2027-03-29',
    );
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.postIndex), '0');
    await page.keyboard.press('Enter');
    assert.deepEqual(await posted(page), [{ type: 'reveal', version: 1, index: 0 }]);

    // Four posts on 4 Farvardin: two chips and "+2 more", whose pop-up Escape closes.
    assert.equal(
      await page.$$eval(`${day('2027-03-25')} .sac-pday-posts > [data-post-index]`, (els) => els.length),
      2,
    );
    await page.click(`${day('2027-03-25')} .sac-more`);
    assert.equal(await page.$$eval('.sac-popover [data-post-index]', (els) => els.length), 4);
    await page.screenshot({ path: `${SCREENSHOTS}/calendar-persian-dark-popover.png` });
    await page.keyboard.press('Escape');
    assert.equal(await page.$('.sac-popover'), null);
    assert.equal(await page.evaluate(() => document.activeElement?.className), 'sac-more');

    await page.click('.sac-legend-item[data-platform="insta"]');
    assert.deepEqual(await visibleIndexes(page), [2, 6, 7, 9, 10]);
  });

  it('Persian week and list views through FullCalendar', async () => {
    await open(persian, FA);
    await page.click('.sac-button[data-view="week"]');
    assert.ok(await page.$('.fc-direction-rtl.fc'));
    const header = await page.$$eval('.fc-col-header-cell', (els) => els.map((el) => el.textContent));
    assert.equal(header[0], 'شنبه ۲۹');
    assert.equal(header[1], 'یکشنبه ۱');
    await page.click('.sac-button[data-view="list"]');
    assert.equal(await page.textContent('.sac-title'), 'فروردین ۱۴۰۶');
    const listed = await visibleIndexes(page);
    assert.ok(listed.includes(3) && !listed.includes(4), 'the list covers Farvardin only');
    await page.screenshot({ path: `${SCREENSHOTS}/calendar-persian-list.png`, fullPage: true });
  });

  it('screenshots: light, dark, high contrast, week and list', async () => {
    for (const theme of ['light', 'dark', 'hc'] as const) {
      await open(gregorian, EN, theme);
      await page.screenshot({ path: `${SCREENSHOTS}/calendar-${theme}.png`, fullPage: true });
      if (theme === 'dark') {
        await page.focus(day('2027-01-12'));
        await page.keyboard.press('Enter');
        await page.screenshot({ path: `${SCREENSHOTS}/calendar-dark-focus.png` });
        await page.click('.sac-button[data-view="week"]');
        await page.screenshot({ path: `${SCREENSHOTS}/calendar-dark-week.png`, fullPage: true });
        await page.click('.sac-button[data-view="list"]');
        await page.screenshot({ path: `${SCREENSHOTS}/calendar-dark-list.png`, fullPage: true });
      }
      if (theme !== 'hc') await harness.closePages();
    }
  });
});
