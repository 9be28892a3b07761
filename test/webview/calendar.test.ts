import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { NETWORK_STYLES, NETWORKS } from '../../src/core/domain/networks';
import type { CalendarViewModel } from '../../src/core/protocol';
import { contrast, distance, parseColor } from './colors';
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
  type Theme,
} from './harness';

const gregorian = gregorianFixture as CalendarViewModel;
const persian = persianFixture as CalendarViewModel;
const EN = { type: 'settings', calendarSystem: 'gregorian', language: 'en' };
const FA = { type: 'settings', calendarSystem: 'persian', language: 'fa' };

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

  async function open(
    model = gregorian,
    settings: unknown = EN,
    theme: Theme = 'light',
    size?: { width: number; height: number },
  ) {
    panel = await harness.open('calendar', theme, size);
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
    assert.equal(await page.$$eval('.sac-legend-item .sac-net-icon', (els) => els.length), 3);
    const colour = await page.$eval(
      `${post(0)} .sac-chip`,
      (el) => getComputedStyle(el).borderInlineStartColor,
    );
    assert.equal(colour, 'rgb(168, 50, 159)', "Instagram's colour for light themes");
    assert.ok(await page.$(`${post(0)} .sac-chip .sac-net-icon`), 'the chip shows the network glyph');
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
    await send(page, { type: 'settings', calendarSystem: 'klingon', language: 'en' });
    // The language is the extension's to decide, one of the two the tool speaks; a locale is not one.
    await send(page, { type: 'settings', calendarSystem: 'persian', language: 'de' });
    await send(page, { type: 'settings', calendarSystem: 'persian', locale: 'fa' });
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
      'اینستاگرام، ۱ فروردین ۱۴۰۶ ۱۲:۰۰، تبریک نوروز از طرف تیم کافه، زمان‌بندی‌شده',
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

  it('Persian week through FullCalendar; the Persian list is one Solar Hijri month', async () => {
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
    await page.click('button[aria-label="بعدی"]');
    assert.equal(await page.textContent('.sac-title'), 'اردیبهشت ۱۴۰۶');
    assert.deepEqual(await visibleIndexes(page), []);
    assert.equal(await page.textContent('.sac-list-empty'), 'این ماه پستی ندارد.');
  });

  it('opens at the month of the next post, else the first post, else the period start, and stays there', async () => {
    const title = async (model: CalendarViewModel) => {
      await open(model);
      return page.textContent('.sac-title');
    };
    // Today is the 27th: the next post is on 3 February (the period is hatched in January, not empty).
    assert.equal(await title({ ...clone(gregorian), today: '2027-01-27' }), 'February 2027');
    assert.match((await page.textContent('.sac-count'))!, /^14 of 14 posts shown$/);
    assert.ok(await page.$(post(12)), 'the month it opens on shows the post');
    // Updates (an edit, a new lint) keep the user's place; so does a reload.
    await page.click('button[aria-label="Previous"]');
    await update(page, { ...clone(gregorian), today: '2027-01-27', version: 2 });
    assert.equal(await page.textContent('.sac-title'), 'January 2027');
    await page.reload();
    await send(page, EN);
    await update(page, { ...clone(gregorian), today: '2027-01-27', version: 3 });
    assert.equal(await page.textContent('.sac-title'), 'January 2027');
    await harness.closePages();
    // Every post is past: the first post.
    assert.equal(await title({ ...clone(gregorian), today: '2028-05-01' }), 'January 2027');
    await harness.closePages();
    // Long before the first post (today's month would be empty): its month.
    assert.equal(await title({ ...clone(gregorian), today: '2026-06-10' }), 'January 2027');
    await harness.closePages();
    // No posts: the period's start; neither: today.
    const empty = { ...clone(gregorian), posts: [], shortfalls: [] };
    assert.equal(
      await title({ ...empty, today: '2026-06-10', period: { start: '2027-03-01', end: '2027-12-31' } }),
      'March 2027',
    );
    await harness.closePages();
    const bare: CalendarViewModel = { ...empty };
    delete bare.period;
    assert.equal(await title({ ...bare, today: '2026-06-10' }), 'June 2026');
    // Posts added later (the file was empty) move the calendar to them once.
    await update(page, { ...clone(gregorian), today: '2026-06-10', version: 2 });
    assert.equal(await page.textContent('.sac-title'), 'January 2027');
    await page.click('button[aria-label="Next"]');
    await update(page, { ...clone(gregorian), today: '2026-06-10', version: 3 });
    assert.equal(await page.textContent('.sac-title'), 'February 2027');
    // Each view opens where the month does.
    await harness.closePages();
    await open({ ...clone(gregorian), today: '2027-01-27' });
    await page.click('.sac-button[data-view="week"]');
    assert.match((await page.textContent('.sac-title'))!, /February.*2027/);
    assert.ok(await page.$(post(12)));
  });

  // One platform per network, one post each in the first week of January 2027.
  const everyNetwork: CalendarViewModel = {
    ...clone(gregorian),
    today: '2027-01-01',
    period: { start: '2027-01-01', end: '2027-12-31' },
    platforms: NETWORKS.map((network) => ({ id: network, network, label: network })),
    posts: NETWORKS.map((network, index) => ({
      index,
      date: `2027-01-${String(4 + (index % 7)).padStart(2, '0')}`,
      time: `${String(8 + Math.floor(index / 7)).padStart(2, '0')}:00`,
      platform: network,
      title: `Post on ${network}`,
      status: (['idea', 'draft', 'scheduled', 'published'] as const)[index % 4],
      conflict: false,
      outsidePeriod: false,
    })),
    shortfalls: [],
  };

  it('gives each network its own colour and glyph, on chips and legend, readable in every theme', async () => {
    const themes: Theme[] = ['light', 'dark', 'hc', 'hc-light'];
    for (const theme of themes) {
      await open(everyNetwork, EN, theme, { width: 1400, height: 900 });
      const legend = await page.$$eval('.sac-legend-item', (els) =>
        els.map((el) => ({
          network: (el as HTMLElement).dataset.platform!,
          icon: getComputedStyle(el.querySelector('.sac-net-icon')!).color,
          glyph: el.querySelector('.sac-net-icon path')!.getAttribute('d')!,
        })),
      );
      assert.deepEqual(
        legend.map((l) => l.network),
        [...NETWORKS],
      );
      assert.equal(new Set(legend.map((l) => l.glyph)).size, NETWORKS.length, 'a glyph per network');
      for (const l of legend) assert.equal(l.glyph, NETWORK_STYLES[l.network as 'x'].glyph);
      // Distinct: no two networks' colours closer than 0.09 in OKLab (0.02 is barely noticeable).
      let closest = { d: Infinity, pair: '' };
      for (const [i, a] of legend.entries()) {
        for (const b of legend.slice(i + 1)) {
          const d = distance(parseColor(a.icon), parseColor(b.icon));
          if (d < closest.d) closest = { d, pair: `${a.network}/${b.network}` };
        }
      }
      assert.ok(closest.d >= 0.09, `${theme}: ${closest.pair} are ${closest.d.toFixed(3)} apart`);

      // On every chip: the text at 4.5:1 or more on the chip, the glyph and the edge at 3:1 or more.
      const chips = await page.$$eval('.sac-calendar .sac-post .sac-chip', (els) =>
        els.map((chip) => {
          const style = getComputedStyle(chip);
          // High contrast chips are outlined on the page's own background.
          const page = getComputedStyle(document.body).backgroundColor;
          const background = style.backgroundColor === 'rgba(0, 0, 0, 0)' ? page : style.backgroundColor;
          return {
            post: chip.closest<HTMLElement>('[data-post-index]')!.dataset.postIndex!,
            background,
            title: getComputedStyle(chip.querySelector('.sac-chip-title')!).color,
            time: getComputedStyle(chip.querySelector('.sac-time')!).color,
            icon: getComputedStyle(chip.querySelector('.sac-net-icon')!).color,
            edge: style.borderInlineStartColor,
          };
        }),
      );
      assert.equal(chips.length, NETWORKS.length);
      let least = { text: Infinity, icon: Infinity };
      for (const c of chips) {
        const network = NETWORKS[Number(c.post)];
        const bg = parseColor(c.background);
        const text = Math.min(contrast(parseColor(c.title), bg), contrast(parseColor(c.time), bg));
        const glyph = Math.min(contrast(parseColor(c.icon), bg), contrast(parseColor(c.edge), bg));
        assert.ok(text >= 4.5, `${theme}, ${network}: text at ${text.toFixed(2)}:1 on its chip`);
        assert.ok(glyph >= 3, `${theme}, ${network}: glyph at ${glyph.toFixed(2)}:1`);
        least = { text: Math.min(least.text, text), icon: Math.min(least.icon, glyph) };
      }
      console.log(
        `      ${theme}: closest colours ${closest.pair} ${closest.d.toFixed(3)}, ` +
          `least text contrast ${least.text.toFixed(2)}:1, least glyph contrast ${least.icon.toFixed(2)}:1`,
      );
      await page.screenshot({ path: `${SCREENSHOTS}/calendar-networks-${theme}.png` });
      await harness.closePages();
    }
    await open(everyNetwork);
  });

  it('lists posts with their platform, type, status, goal and campaign, in columns as wide as the panel', async () => {
    await open();
    await page.click('.sac-button[data-view="list"]');
    const heads = await page.$$eval('.sac-list thead th', (els) => els.map((el) => el.textContent));
    assert.deepEqual(heads, ['Time', 'Platform', 'Title', 'Type', 'Status', 'Goal', 'Campaign']);
    const row = (index: number) =>
      page.$eval(`tr:has(> td ${post(index)})`, (tr) =>
        Array.from(tr.querySelectorAll('td'), (td) => td.innerText),
      );
    assert.deepEqual(await row(0), [
      '09:00',
      'Instagram',
      'Launch teaser',
      'reel',
      'scheduled',
      'Reach 10k followers',
      'Winter launch',
    ]);
    assert.deepEqual(await row(2), [
      '10:00',
      'Instagram',
      'Behind the scenes',
      'behind the scenes',
      'idea',
      '',
      '',
    ]);
    assert.deepEqual(await row(11), [
      '11:00',
      'Instagram',
      'New year greeting\noutside the strategy period',
      'story',
      'published',
      '',
      '',
    ]);
    assert.equal(
      await page.textContent('tr.sac-list-day[data-list-date="2027-01-04"]'),
      'Monday 4 January 2027',
    );
    // A click anywhere on the row reveals the post; Enter on it too.
    await clearPosted(page);
    await page.click(`tr:has(> td ${post(5)}) td.sac-col-campaign`);
    assert.deepEqual(await posted(page), [{ type: 'reveal', version: 1, index: 5 }]);

    const noSideways = () =>
      page.evaluate(() => {
        const wrap = document.querySelector('.sac-list-wrap')!;
        // How far each could scroll sideways (a fraction of a pixel of rounding is none).
        return {
          page: Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth),
          table: Math.max(0, document.querySelector('.sac-list')!.scrollWidth - wrap.clientWidth),
        };
      });
    assert.deepEqual(await noSideways(), { page: 0, table: 0 });
    await harness.closePages();

    // The Persian list (it used to scroll sideways), wide and narrow.
    for (const width of [1200, 480]) {
      await open(persian, FA, 'light', { width, height: 900 });
      await page.click('.sac-button[data-view="list"]');
      assert.deepEqual(await noSideways(), { page: 0, table: 0 }, `no sideways scroll at ${width}px`);
      const visible = await page.$$eval('.sac-list thead th', (els) =>
        els
          .filter((el) => getComputedStyle(el).visibility === 'visible' && el.clientWidth > 0)
          .map((el) => el.textContent),
      );
      const meta = await page.$eval(`tr:has(> td ${post(0)}) .sac-list-meta`, (el) =>
        getComputedStyle(el).display === 'none' ? '' : el.textContent,
      );
      if (width === 1200) {
        assert.deepEqual(visible, ['زمان', 'شبکه', 'عنوان', 'نوع', 'وضعیت', 'هدف', 'کمپین']);
        assert.equal(meta, '');
        assert.deepEqual(await row(0), [
          '۱۲:۰۰',
          'اینستاگرام',
          'تبریک نوروز از طرف تیم کافه',
          'تصویر',
          'زمان‌بندی‌شده',
          'رساندن دنبال‌کنندگان به ۱۰ هزار نفر',
          'نوروز ۱۴۰۶',
        ]);
        // Right to left: time is the rightmost column.
        const [time, platform] = await Promise.all([
          center(page, 'thead th.sac-col-time'),
          center(page, 'thead th.sac-col-platform'),
        ]);
        assert.ok(time.x > platform.x);
      } else {
        // Narrow: type, goal and campaign fold under the title rather than push the table sideways.
        assert.deepEqual(visible, ['زمان', 'شبکه', 'عنوان', 'وضعیت']);
        assert.equal(meta, 'تصویر، رساندن دنبال‌کنندگان به ۱۰ هزار نفر، نوروز ۱۴۰۶');
        await page.screenshot({ path: `${SCREENSHOTS}/calendar-list-persian-narrow.png`, fullPage: true });
      }
      await harness.closePages();
    }
    await open();
  });

  it('opens the week at the working day (or the earliest best time) and wraps titles', async () => {
    await open();
    await page.click('.sac-button[data-view="week"]');
    assert.match((await page.textContent('.sac-title'))!, /January 11.*17, 2027/);
    // The hours scroll inside the panel, not the page, and start an hour before Instagram's 09:30.
    const top = () =>
      page.evaluate(() => {
        const scroller = document.querySelector('.fc-timegrid-body')!.closest('.fc-scroller')!;
        const edge = scroller.getBoundingClientRect().top;
        // The hour whose row starts at the scroller's top edge.
        const first = ['00', '04', '05', '06', '07', '08', '09'].find(
          (h) =>
            Math.abs(
              document
                .querySelector(`td.fc-timegrid-slot-lane[data-time="${h}:00:00"]`)!
                .getBoundingClientRect().top - edge,
            ) < 2,
        );
        return { first, scrolls: scroller.scrollHeight > scroller.clientHeight };
      });
    assert.deepEqual(await top(), { first: '08', scrolls: true });
    assert.ok(
      (await page.evaluate(() => document.documentElement.scrollHeight)) <= 900 + 200,
      'the page itself does not grow to 24 hours',
    );
    // Titles wrap under the time, whole, even in two clashing posts side by side.
    for (const index of [2, 3, 4]) {
      const fit = await page.$eval(`${post(index)} .sac-chip-title`, (el) => {
        const chip = el.closest('.sac-chip')!.getBoundingClientRect();
        const title = el.getBoundingClientRect();
        return {
          wraps: getComputedStyle(el).whiteSpace === 'normal',
          inside: title.bottom <= chip.bottom + 1 && el.scrollWidth <= el.clientWidth + 1,
        };
      });
      assert.deepEqual(fit, { wraps: true, inside: true }, `post ${index}'s title is whole`);
    }
    // A week with an earlier post opens before it; an update does not move the hours.
    const early = clone(gregorian);
    early.version = 2;
    early.posts[6].time = '06:15'; // Poll 1, Friday 22 January
    await update(page, early);
    assert.equal((await top()).first, '08', 'the update keeps the scroll');
    await page.click('button[aria-label="Next"]');
    assert.equal((await top()).first, '05');
    await page.click('button[aria-label="Previous"]');
    assert.equal((await top()).first, '08');
  });

  it('screenshots: month, week and list in light, dark and Persian; month in high contrast', async () => {
    const shots: [string, CalendarViewModel, unknown, Theme][] = [
      ['light', gregorian, EN, 'light'],
      ['dark', gregorian, EN, 'dark'],
      ['persian', persian, FA, 'light'],
      ['persian-dark', persian, FA, 'dark'],
    ];
    for (const [name, model, settings, theme] of shots) {
      await open(model, settings, theme);
      await page.screenshot({ path: `${SCREENSHOTS}/calendar-month-${name}.png`, fullPage: true });
      await page.click('.sac-button[data-view="week"]');
      await page.screenshot({ path: `${SCREENSHOTS}/calendar-week-${name}.png`, fullPage: true });
      await page.click('.sac-button[data-view="list"]');
      await page.screenshot({ path: `${SCREENSHOTS}/calendar-list-${name}.png`, fullPage: true });
      if (name === 'dark') {
        await page.click('.sac-button[data-view="month"]');
        await page.focus(day('2027-01-12'));
        await page.keyboard.press('Enter');
        await page.screenshot({ path: `${SCREENSHOTS}/calendar-dark-focus.png` });
      }
      await harness.closePages();
    }
    await open(gregorian, EN, 'hc');
    await page.screenshot({ path: `${SCREENSHOTS}/calendar-month-hc.png`, fullPage: true });
  });

  // The heatmap: posts with a time counted by weekday and hour, for the busiest platform by default.
  const heat = (weekday: number, hour: number) =>
    `.sac-heat-cell[data-weekday="${weekday}"][data-hour="${hour}"]`;

  /** Non-zero cells as "weekday:hour" -> count (weekday 0 = Sunday). */
  async function heatCounts(page: Page): Promise<Record<string, number>> {
    return page.$$eval('.sac-heat-cell', (els) =>
      Object.fromEntries(
        els
          .map((el) => el as HTMLElement)
          .filter((el) => el.dataset.count !== '0')
          .map((el) => [`${el.dataset.weekday}:${el.dataset.hour}`, Number(el.dataset.count)]),
      ),
    );
  }

  async function bestHours(page: Page): Promise<number[]> {
    const hours = await page.$$eval('.sac-heat-cell.sac-heat-best', (els) =>
      els.map((el) => Number((el as HTMLElement).dataset.hour)),
    );
    assert.equal(hours.length % 7, 0, 'a best time is marked on every weekday');
    return [...new Set(hours)].sort((a, b) => a - b);
  }

  it('heatmap: counts posts by weekday and hour, marks best times, follows the filters', async () => {
    await open();
    await page.click('.sac-button[data-view="heatmap"]');
    assert.equal(await page.getAttribute('.sac-button[data-view="heatmap"]', 'aria-pressed'), 'true');
    assert.equal(await page.textContent('.sac-title'), 'Posting times');
    assert.equal(await page.isVisible('button[aria-label="Next"]'), false, 'no dates to move through');
    // Instagram has the most posts (7 of 14), so it is chosen; its best times are 09:30 and 18:00.
    assert.equal(await page.$eval('.sac-heat-platform', (el) => (el as HTMLSelectElement).value), 'insta');
    assert.deepEqual(
      await page.$$eval('.sac-heat-platform option', (els) => els.map((el) => el.textContent)),
      ['Instagram', 'LinkedIn', 'Telegram', 'All platforms'],
    );
    // Rows Monday first, columns 00 to 23.
    assert.deepEqual(await page.$$eval('.sac-heat-grid tbody th', (els) => els.map((el) => el.textContent)), [
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
      'Sunday',
    ]);
    const hours = await page.$$eval('.sac-heat-grid thead th', (els) => els.map((el) => el.textContent));
    assert.equal(hours.length, 24);
    assert.equal(hours[0], '00');
    assert.equal(hours[23], '23');
    // By hand: 4 Jan (Mon) 09:00; 12 Jan (Tue) 10:00 twice; 22 Jan (Fri) 09:30 and 12:30; 2 Jan (Sat) 11:00.
    assert.deepEqual(await heatCounts(page), { '1:9': 1, '2:10': 2, '5:9': 1, '5:12': 1, '6:11': 1 });
    assert.deepEqual(await bestHours(page), [9, 18]);
    assert.equal(await page.textContent(`${heat(2, 10)} .sac-heat-count`), '2');
    assert.equal(await page.textContent(`${heat(2, 11)}`), '', 'no count in an empty cell');
    assert.equal(await page.getAttribute(heat(2, 10), 'aria-label'), 'Tuesday 10:00–11:00: 2 posts');
    assert.equal(await page.getAttribute(heat(2, 10), 'title'), 'Tuesday 10:00–11:00: 2 posts');
    assert.equal(await page.getAttribute(heat(1, 9), 'aria-label'), 'Monday 09:00–10:00: 1 post, best time');
    assert.equal(
      await page.getAttribute(heat(3, 18), 'aria-label'),
      'Wednesday 18:00–19:00: 0 posts, best time',
    );
    // The busiest cell is the darkest; one of two posts is half-way.
    assert.ok(await page.$(`${heat(2, 10)}.sac-heat-l4`));
    assert.ok(await page.$(`${heat(1, 9)}.sac-heat-l2`));
    assert.ok(await page.$(`${heat(1, 10)}.sac-heat-l0`));
    assert.equal(
      await page.textContent('.sac-heat-note'),
      '2 of 6 posts with a time are at a best time. 1 post has no time, so it is not in the grid.',
    );
    assert.match((await page.textContent('.sac-heat-legend'))!, /Best time.*Posts planned: fewer.*more/);

    // The panel's filters: ideas hidden (12 Jan's Behind the scenes and 22 Jan's Poll 1), then a campaign.
    await page.click('.sac-toggle[data-status="idea"]');
    assert.deepEqual(await heatCounts(page), { '1:9': 1, '2:10': 1, '5:12': 1, '6:11': 1 });
    assert.equal(
      await page.textContent('.sac-heat-note'),
      '1 of 4 posts with a time are at a best time.',
      "February's idea (no time) is hidden too",
    );
    await page.click('.sac-toggle[data-status="idea"]');
    await page.selectOption('select[data-filter="campaign"]', 'Winter launch');
    assert.deepEqual(await heatCounts(page), { '1:9': 1 });
    await page.selectOption('select[data-filter="campaign"]', '');
    await page.fill('.sac-search', 'poll');
    await page.waitForFunction(
      () => document.querySelectorAll('.sac-heat-cell:not([data-count="0"])').length === 2,
    );
    assert.deepEqual(await heatCounts(page), { '5:9': 1, '5:12': 1 });
    await page.click('text=Clear filters');

    // Another platform, then all of them: LinkedIn's best time is 12:00.
    await page.selectOption('.sac-heat-platform', 'linkedin');
    assert.deepEqual(await heatCounts(page), { '5:12': 1, '5:10': 1, '2:16': 1 });
    assert.deepEqual(await bestHours(page), [12]);
    assert.equal(
      await page.textContent('.sac-heat-note'),
      '1 of 3 posts with a time are at a best time. 1 post has no time, so it is not in the grid.',
    );
    await page.selectOption('.sac-heat-platform', '*');
    assert.deepEqual(await heatCounts(page), {
      '1:9': 1,
      '2:10': 2,
      '2:16': 1,
      '3:18': 1,
      '5:9': 1,
      '5:10': 1,
      '5:11': 1,
      '5:12': 2,
      '5:13': 1,
      '6:11': 1,
    });
    assert.deepEqual(await bestHours(page), [9, 12, 18]);
    assert.equal(
      await page.getAttribute(heat(5, 12), 'aria-label'),
      'Friday 12:00–13:00: 2 posts, best time for LinkedIn',
    );
    assert.equal(
      await page.textContent('.sac-heat-note'),
      '3 of 12 posts with a time are at a best time. 2 posts have no time, so they are not in the grid.',
    );
    // The choice survives an update of the file.
    await update(page, { ...clone(gregorian), version: 2 });
    assert.equal(await page.$eval('.sac-heat-platform', (el) => (el as HTMLSelectElement).value), '*');
  });

  it('heatmap: a cell lists its posts, which reveal in the file; arrow keys move between cells', async () => {
    await open();
    await page.click('.sac-button[data-view="heatmap"]');
    assert.match((await page.textContent('.sac-heat-details'))!, /Choose a cell/);
    await page.click(heat(2, 10));
    assert.equal(await page.getAttribute(heat(2, 10), 'aria-pressed'), 'true');
    assert.equal(await page.textContent('.sac-heat-details h2'), 'Tuesday 10:00–11:00: 2 posts');
    assert.deepEqual(
      await page.$$eval('.sac-heat-details [data-post-index]', (els) =>
        els.map((el) => (el as HTMLElement).dataset.postIndex),
      ),
      ['2', '3'],
    );
    assert.match((await page.textContent('.sac-heat-details'))!, /12 January 2027/);
    await clearPosted(page);
    await page.click('.sac-heat-details [data-post-index="3"]');
    assert.deepEqual(await posted(page), [{ type: 'reveal', version: 1, index: 3 }]);
    // Escape closes the list and returns to the cell; the arrows move one hour or one day.
    await page.focus('.sac-heat-details [data-post-index="3"]');
    await page.keyboard.press('Escape');
    assert.equal(await page.$('.sac-heat-details h2'), null);
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return `${el.dataset.weekday}:${el.dataset.hour}`;
      });
    assert.equal(await focused(), '2:10');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    assert.equal(await focused(), '3:11');
    assert.equal(await page.$$eval('.sac-heat-cell[tabindex="0"]', (els) => els.length), 1);
    await page.keyboard.press('Enter');
    assert.equal(await page.textContent('.sac-heat-details h2'), 'Wednesday 11:00–12:00: 0 posts');
    assert.equal(await focused(), '3:11', 'choosing a cell keeps the focus on it');
    // The view survives a reload.
    await page.reload();
    await send(page, EN);
    await update(page, { ...clone(gregorian), version: 3 });
    assert.ok(await page.$('.sac-heat-grid'));
  });

  it('heatmap in Persian: Saturday first, Persian digits, mirrored', async () => {
    await open(persian, FA);
    await page.click('.sac-button[data-view="heatmap"]');
    assert.equal(await page.getAttribute('.sac-heat-grid', 'dir'), 'rtl');
    assert.equal(await page.textContent('.sac-button[data-view="heatmap"]'), 'نقشهٔ زمان‌ها');
    const days = await page.$$eval('.sac-heat-grid tbody th', (els) => els.map((el) => el.textContent));
    assert.deepEqual(days, ['شنبه', 'یکشنبه', 'دوشنبه', 'سه‌شنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه']);
    const hours = await page.$$eval('.sac-heat-grid thead th', (els) => els.map((el) => el.textContent));
    assert.equal(hours[0], '۰۰');
    assert.equal(hours[23], '۲۳');
    // Midnight is on the right, the weekday names too.
    const x = async (selector: string) => (await page.locator(selector).boundingBox())!.x;
    assert.ok((await x(heat(6, 0))) > (await x(heat(6, 23))));
    assert.ok((await x('.sac-heat-grid tbody tr:first-child th')) > (await x(heat(6, 0))));
    // Instagram: 21 Mar 2027 (Sun) 12:00; 20 Apr (Tue) 21:00; 20 Mar (Sat) 20:00; 25 Mar (Thu) 10:00 and 13:00.
    assert.equal(await page.$eval('.sac-heat-platform', (el) => (el as HTMLSelectElement).value), 'insta');
    assert.deepEqual(await heatCounts(page), { '0:12': 1, '2:21': 1, '6:20': 1, '4:10': 1, '4:13': 1 });
    assert.deepEqual(await bestHours(page), [12, 20]);
    assert.equal(await page.textContent(`${heat(6, 20)} .sac-heat-count`), '۱');
    assert.equal(
      await page.getAttribute(heat(6, 20), 'aria-label'),
      'شنبه ۲۰:۰۰ تا ۲۱:۰۰: ۱ پست، بهترین زمان',
    );
    assert.equal(
      await page.textContent('.sac-heat-note'),
      '۲ از ۵ پست زمان‌دار در بهترین زمان‌ها است. ۱ پست زمان ندارد و در جدول نیامده است.',
    );
    // Arrow keys follow the mirrored grid: left is the next hour.
    await page.focus(heat(6, 20));
    await page.keyboard.press('ArrowLeft');
    assert.equal(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.hour), '21');
  });

  it('heatmap: counts readable on every shade in every theme; shades grow darker with the count', async () => {
    for (const theme of ['light', 'dark', 'hc'] as Theme[]) {
      await open(gregorian, EN, theme);
      await page.click('.sac-button[data-view="heatmap"]');
      for (const platform of ['insta', 'linkedin', 'tg', '*']) {
        await page.selectOption('.sac-heat-platform', platform);
        const { count, swatches, background } = await page.evaluate(() => {
          const pill = getComputedStyle(document.querySelector('.sac-heat-l4 .sac-heat-count')!);
          return {
            count: [pill.color, pill.backgroundColor],
            swatches: [0, 1, 2, 3, 4].map(
              (l) =>
                getComputedStyle(
                  document.querySelector(`.sac-heat-cell.sac-heat-l${l}, .sac-heat-swatch.sac-heat-l${l}`)!,
                ).backgroundColor,
            ),
            background: getComputedStyle(document.body).backgroundColor,
          };
        });
        const ratio = contrast(parseColor(count[0]), parseColor(count[1]));
        assert.ok(ratio >= 4.5, `${theme} ${platform}: count contrast ${ratio.toFixed(2)}`);
        const away = swatches.map((s) => distance(parseColor(s), parseColor(background)));
        for (let l = 1; l < 5; l++)
          assert.ok(
            away[l] - away[l - 1] > 0.03,
            `${theme} ${platform}: level ${l} darker than ${l - 1}: ${away.join()}`,
          );
      }
      await harness.closePages();
    }
    await open();
  });

  it('screenshots: heatmap in light, dark, Persian and high contrast', async () => {
    const shots: [string, CalendarViewModel, unknown, Theme][] = [
      ['light', gregorian, EN, 'light'],
      ['dark', gregorian, EN, 'dark'],
      ['persian', persian, FA, 'light'],
      ['hc', gregorian, EN, 'hc'],
    ];
    for (const [name, model, settings, theme] of shots) {
      await open(model, settings, theme);
      await page.click('.sac-button[data-view="heatmap"]');
      await page.click(name === 'persian' ? heat(4, 10) : heat(2, 10));
      await page.screenshot({ path: `${SCREENSHOTS}/calendar-heatmap-${name}.png`, fullPage: true });
      await harness.closePages();
    }
    await open();
  });
});
