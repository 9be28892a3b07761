// Recurring posts, the review statuses and the week's best times in the calendar panel, against a
// fixture built by the core (calendar-series.json): a weekly series on Monday and Thursday (18 January
// skipped), a monthly one, and posts in review, approved and rejected. 2027-01-04 is a Monday.
import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { CalendarPost, CalendarViewModel } from '../../src/core/protocol';
import { contrast, distance, over, parseColor } from './colors';
import seriesFixture from './fixtures/calendar-series.json';
import {
  clearPosted,
  clone,
  posted,
  postedAtLeast,
  SCREENSHOTS,
  send,
  update,
  useHarness,
  type Panel,
  type Theme,
} from './harness';

const series = seriesFixture as CalendarViewModel;
const EN = { type: 'settings', calendarSystem: 'gregorian', language: 'en' };
const FA = { type: 'settings', calendarSystem: 'persian', language: 'fa' };
/** An English file drawn in the Solar Hijri calendar (`strategy.calendar.system`): English words. */
const EN_SOLAR = { type: 'settings', calendarSystem: 'persian', language: 'en' };
const WORDS = 'every Monday and Thursday until 31 January 2027, except 18 January 2027, 7 posts';
const WEEKLY = [
  '2027-01-04',
  '2027-01-07',
  '2027-01-11',
  '2027-01-14',
  '2027-01-21',
  '2027-01-25',
  '2027-01-28',
];

const at = (index: number, date: string) => `[data-post-index="${index}"][data-date="${date}"]`;
const day = (date: string) => `.sac-daycell[data-date="${date}"]`;

async function center(page: Page, selector: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(selector).first().boundingBox();
  assert.ok(box, `no box for ${selector}`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 6, from.y, { steps: 3 });
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    return `${el.dataset.postIndex ?? '-'} ${el.dataset.date ?? '-'}`;
  });
}

describe('calendar webview: series, review statuses, best times (Chromium)', function () {
  const harness = useHarness();
  let panel: Panel;
  let page: Page;

  async function open(
    model = series,
    settings: unknown = EN,
    theme: Theme = 'light',
    size?: { width: number; height: number },
  ) {
    panel = await harness.open('calendar', theme, size);
    page = panel.page;
    await send(page, settings);
    await update(page, model);
  }

  it('draws every occurrence like a post, with a repeat mark that says the rule; event ids are unique', async () => {
    await open();
    assert.equal(await page.textContent('.sac-title'), 'January 2027');
    const dates = await page.$$eval('.sac-calendar [data-post-index="0"]', (els) =>
      els.map((el) => (el as HTMLElement).dataset.date!).sort(),
    );
    assert.deepEqual(dates, WEEKLY, 'one chip per occurrence, 18 January skipped');
    for (const date of WEEKLY) {
      assert.equal(await page.getAttribute(`${at(0, date)} .sac-repeat`, 'title'), WORDS, date);
      assert.ok(await page.$(`${day(date)} ${at(0, date)}`), `${date} sits in its own day`);
    }
    assert.ok(await page.$(`${at(0, '2027-01-11')} .sac-repeat .sac-repeat-icon`), 'the mark is a glyph');
    assert.equal(
      await page.getAttribute(at(0, '2027-01-11'), 'aria-label'),
      `Instagram, 11 January 2027 09:30, Weekly tips, scheduled, repeats ${WORDS}`,
    );
    assert.equal(
      await page.getAttribute(`${at(4, '2027-01-13')} .sac-repeat`, 'title'),
      'every month on the 13th, 3 times',
    );
    assert.equal(await page.$(`${at(1, '2027-01-05')} .sac-repeat`), null, 'a single post has no mark');
    // FullCalendar needs one id per event: a series' index with the date.
    const ids = await page.$$eval('.fc-event[data-event-id]', (els) =>
      els.map((el) => (el as HTMLElement).dataset.eventId!),
    );
    assert.equal(new Set(ids).size, ids.length, `unique ids: ${ids.join()}`);
    assert.ok(ids.includes('0:2027-01-11') && ids.includes('0:2027-01-14'));
    // The legend counts occurrences, as the rules do.
    assert.deepEqual(await page.$$eval('.sac-legend-item', (els) => els.map((el) => el.textContent)), [
      'Instagram10',
      'LinkedIn3',
    ]);
    // A malformed occurrence is refused with the rest of the update.
    const bad = clone(series);
    bad.version = 9;
    bad.posts[1].occurrence = { nth: -1, first: '2027-01-04', total: 7, words: WORDS };
    await send(page, { type: 'update', model: bad });
    await update(page, { ...clone(series), version: 10 });
    assert.equal(await page.$$eval('.sac-calendar [data-post-index="0"]', (els) => els.length), 7);
  });

  it('shows the seven statuses in the filter, marks posts in review, approved and rejected', async () => {
    await open();
    assert.deepEqual(
      await page.$$eval('.sac-toggle[data-status]', (els) =>
        els.map((el) => `${(el as HTMLElement).dataset.status}: ${el.textContent}`),
      ),
      [
        'idea: idea',
        'draft: draft',
        'in-review: in review',
        'approved: approved',
        'rejected: rejected',
        'scheduled: scheduled',
        'published: published',
      ],
    );
    assert.equal(await page.$$eval('.sac-toggle[data-status] .sac-status-icon path', (els) => els.length), 7);
    assert.ok(await page.$(`${at(1, '2027-01-05')} .sac-chip.sac-status-in-review .sac-status-icon`));
    assert.match((await page.getAttribute(at(1, '2027-01-05'), 'aria-label'))!, /Case study, in review$/);
    assert.match((await page.getAttribute(at(2, '2027-01-07'), 'aria-label'))!, /Hiring update, approved$/);
    assert.equal(
      await page.$eval(
        `${at(3, '2027-01-12')} .sac-chip-title`,
        (el) => getComputedStyle(el).textDecorationLine,
      ),
      'line-through',
      'a rejected post is struck through',
    );
    await page.click('.sac-toggle[data-status="in-review"]');
    assert.equal(await page.$(at(1, '2027-01-05')), null);
    await page.click('.sac-toggle[data-status="rejected"]');
    assert.equal(await page.$(at(3, '2027-01-12')), null);
    assert.match((await page.textContent('.sac-count'))!, /^11 of 13 posts shown$/);
    await page.click('.sac-toggle[data-status="in-review"]');
    assert.ok(await page.$(at(1, '2027-01-05')));
    // A Persian panel says them in Persian.
    await harness.closePages();
    await open(series, FA);
    assert.deepEqual(
      await page.$$eval('.sac-toggle[data-status]', (els) => els.map((el) => el.textContent)),
      ['ایده', 'پیش‌نویس', 'در حال بررسی', 'تأییدشده', 'ردشده', 'زمان‌بندی‌شده', 'منتشرشده'],
    );
  });

  it('shows the rule in words in the list, in the "+N more" pop-up and on the Solar Hijri grid', async () => {
    await open();
    await page.click('.sac-button[data-view="list"]');
    const title = (date: string) =>
      page.$eval(`tr:has(> td ${at(0, date)}) td.sac-col-title`, (td) =>
        (td as HTMLElement).innerText.split('\n'),
      );
    // The rule under the series' first date of the month; later dates keep the mark, the rule as its tooltip.
    assert.deepEqual(await title('2027-01-04'), ['Weekly tips', WORDS]);
    assert.deepEqual(await title('2027-01-11'), ['Weekly tips']);
    assert.equal(await page.getAttribute(`${at(0, '2027-01-11')} .sac-repeat`, 'title'), WORDS);
    assert.deepEqual(
      await page.$$eval('.sac-list .sac-repeat-words', (els) => els.map((el) => el.textContent)),
      [WORDS, 'every month on the 13th, 3 times'],
    );
    assert.equal(await page.$$eval('.sac-list [data-post-index="0"]', (els) => els.length), 7);
    await harness.closePages();

    // Four posts on Thursday 7 January: two chips and "+2 more", whose pop-up says the rule.
    const busy = clone(series);
    const extra = (index: number, title: string): CalendarPost => ({
      index,
      date: '2027-01-07',
      time: '15:00',
      platform: 'linkedin',
      title,
      status: 'draft',
      conflict: false,
      outsidePeriod: false,
    });
    busy.posts.push(extra(5, 'Extra one'), extra(6, 'Extra two'));
    await open(busy);
    await page.click(`${day('2027-01-07')} .sac-more-event`);
    assert.equal(await page.$$eval('.sac-popover [data-post-index]', (els) => els.length), 4);
    assert.deepEqual(
      await page.$$eval('.sac-popover .sac-popover-note', (els) => els.map((el) => el.textContent)),
      [WORDS],
    );
    await page.screenshot({ path: `${SCREENSHOTS}/calendar-series-popover.png` });
    await page.keyboard.press('Escape');
    await harness.closePages();

    await open(series, EN_SOLAR);
    assert.ok(await page.$('.sac-pgrid'));
    for (const date of ['2027-01-04', '2027-01-07', '2027-01-11', '2027-01-14']) {
      assert.equal(await page.getAttribute(`${day(date)} ${at(0, date)} .sac-repeat`, 'title'), WORDS, date);
    }
    assert.match((await page.getAttribute(at(0, '2027-01-11'), 'aria-label'))!, /, repeats every Monday/);
  });

  it("shades each shown platform's best times in the week, in its colour, with a key", async () => {
    await open();
    assert.equal(await page.$$eval('.sac-best-time', (els) => els.length), 0, 'not in the month');
    await page.click('.sac-button[data-view="week"]');
    assert.match((await page.textContent('.sac-title'))!, /January 4.*10, 2027/);
    const bands = async () =>
      page.$$eval('.sac-best-time', (els) =>
        els.map(
          (el) => `${(el as HTMLElement).dataset.bestPlatform} ${(el as HTMLElement).dataset.bestTime}`,
        ),
      );
    const counts = (list: string[]) =>
      Object.fromEntries([...new Set(list)].map((k) => [k, list.filter((x) => x === k).length]));
    assert.deepEqual(counts(await bands()), { 'insta 09:30': 7, 'insta 18:00': 7, 'linkedin 12:00': 7 });
    assert.equal(
      await page.getAttribute('.sac-best-time[data-best-platform="insta"][data-best-time="09:30"]', 'title'),
      'best time for Instagram 09:30',
    );
    assert.equal(await page.textContent('.sac-best-legend'), 'Best timesInstagram09:30, 18:00LinkedIn12:00');
    // From the best time itself, an hour long: a post placed there covers its band.
    const geometry = await page.evaluate(() => {
      const [band, nine, ten] = [
        'td[data-date="2027-01-05"] .sac-best-time[data-best-time="09:30"]',
        'td.fc-timegrid-slot-lane[data-time="09:00:00"]',
        'td.fc-timegrid-slot-lane[data-time="10:00:00"]',
      ].map((s) => document.querySelector(s)!.getBoundingClientRect());
      return {
        top: band.top - (nine.top + nine.height / 2),
        bottom: band.bottom - (ten.top + ten.height / 2),
      };
    });
    assert.ok(Math.abs(geometry.top) <= 2 && Math.abs(geometry.bottom) <= 2, JSON.stringify(geometry));
    // Posts stay on top of the shading and draggable through it.
    assert.ok(await page.$(`${at(0, '2027-01-04')}.fc-timegrid-event`));
    // Hidden platforms are not shaded.
    await page.click('.sac-legend-item[data-platform="insta"]');
    assert.deepEqual(counts(await bands()), { 'linkedin 12:00': 7 });
    assert.equal(await page.textContent('.sac-best-legend'), 'Best timesLinkedIn12:00');
    await page.click('.sac-legend-item[data-platform="linkedin"]');
    assert.deepEqual(await bands(), []);
    assert.equal(await page.isVisible('.sac-best-legend'), false);
  });

  it('best-time shading is visible but quiet in light and dark, and an outline in high contrast', async () => {
    for (const theme of ['light', 'dark', 'hc', 'hc-light'] as Theme[]) {
      await open(series, EN, theme);
      await page.click('.sac-button[data-view="week"]');
      const style = await page.evaluate(() => {
        const band = getComputedStyle(document.querySelector('.sac-best-time[data-best-platform="insta"]')!);
        return {
          fill: band.backgroundColor,
          edge: band.borderTopColor,
          edgeStyle: band.borderTopStyle,
          page: getComputedStyle(document.body).backgroundColor,
        };
      });
      const pageColour = parseColor(style.page);
      const edge = over(style.edge, pageColour);
      if (theme.startsWith('hc')) {
        assert.equal(style.fill, 'rgba(0, 0, 0, 0)', `${theme}: no fill behind outlined chips`);
        assert.equal(style.edgeStyle, 'dashed');
        assert.ok(contrast(edge, pageColour) >= 3, `${theme}: the edge at ${contrast(edge, pageColour)}:1`);
      } else {
        const shade = distance(over(style.fill, pageColour), pageColour);
        assert.ok(shade >= 0.02 && shade <= 0.12, `${theme}: the shade is ${shade.toFixed(3)} from the page`);
        assert.ok(contrast(edge, pageColour) >= 1.5, `${theme}: the edge marks the time`);
      }
      await harness.closePages();
    }
    await open();
  });

  it('dragging a later occurrence sends its date as occurrence; the first moves the series', async () => {
    // Tall enough that the week's 09:00 and 18:30 are both on screen: a drag that makes FullCalendar
    // scroll lands a snap away depending on how fast the machine scrolls.
    await open(series, EN, 'light', { width: 1200, height: 1600 });
    await clearPosted(page);
    await drag(
      page,
      await center(page, at(0, '2027-01-11')),
      await center(page, `${day('2027-01-19')} .fc-daygrid-day-frame`),
    );
    assert.deepEqual(await postedAtLeast(page, 1), [
      { type: 'reschedule', version: 1, index: 0, date: '2027-01-19', occurrence: '2027-01-11' },
    ]);
    // The user cancels: the extension sends the unchanged model, and the chip is back on its day.
    await update(page, { ...clone(series), version: 1 });
    assert.ok(await page.$(`${day('2027-01-11')} ${at(0, '2027-01-11')}`));
    assert.equal(await page.$(`${day('2027-01-19')} [data-post-index]`), null);

    await clearPosted(page);
    await drag(
      page,
      await center(page, at(0, '2027-01-04')),
      await center(page, `${day('2027-01-06')} .fc-daygrid-day-frame`),
    );
    assert.deepEqual(await postedAtLeast(page, 1), [
      { type: 'reschedule', version: 1, index: 0, date: '2027-01-06' },
    ]);

    // In the week, with the hour: Thursday 09:30 to Friday 18:30.
    await update(page, { ...clone(series), version: 2 });
    await page.click('.sac-button[data-view="week"]');
    await clearPosted(page);
    const event = await page.locator(at(0, '2027-01-07')).boundingBox();
    const column = await page.locator('td.fc-timegrid-col[data-date="2027-01-08"]').boundingBox();
    const nine = await page.locator('td.fc-timegrid-slot-lane[data-time="09:00:00"]').boundingBox();
    const six = await page.locator('td.fc-timegrid-slot-lane[data-time="18:00:00"]').boundingBox();
    assert.ok(event && column && nine && six);
    // Grabbed inside its first quarter hour, well clear of a snap boundary.
    const grab = event.y + 8;
    await drag(
      page,
      { x: event.x + event.width / 2, y: grab },
      { x: column.x + column.width / 2, y: six.y + (grab - nine.y) },
    );
    assert.deepEqual(await postedAtLeast(page, 1), [
      {
        type: 'reschedule',
        version: 2,
        index: 0,
        date: '2027-01-08',
        time: '18:30',
        occurrence: '2027-01-07',
      },
    ]);
  });

  it('the Solar Hijri grid sends occurrence on a drop of a later occurrence', async () => {
    await open(series, FA);
    await clearPosted(page);
    await page.dragAndDrop(at(0, '2027-01-11'), day('2027-01-12'));
    await page.dragAndDrop(at(0, '2027-01-04'), day('2027-01-05'));
    assert.deepEqual(await postedAtLeast(page, 2), [
      { type: 'reschedule', version: 1, index: 0, date: '2027-01-12', occurrence: '2027-01-11' },
      { type: 'reschedule', version: 1, index: 0, date: '2027-01-05' },
    ]);
  });

  it('Alt+arrow moves an occurrence; the focus follows the post by index and date', async () => {
    await open();
    await clearPosted(page);
    await page.focus(day('2027-01-14'));
    await page.keyboard.press('Enter');
    assert.equal(await focused(page), '0 2027-01-14');
    await page.keyboard.press('Alt+ArrowRight');
    assert.deepEqual((await posted(page)).pop(), {
      type: 'reschedule',
      version: 1,
      index: 0,
      date: '2027-01-15',
      occurrence: '2027-01-14',
    });
    // Cancelled: the same model comes back, and the focus is on the occurrence where it stayed.
    await update(page, { ...clone(series), version: 2 });
    assert.equal(await focused(page), '0 2027-01-14');

    // This post only: the occurrence leaves the series and comes back as post 1, after it.
    await page.keyboard.press('Alt+ArrowRight');
    assert.equal((await posted(page)).pop()?.occurrence, '2027-01-14');
    const detached = clone(series);
    detached.version = 3;
    const moved = detached.posts.find((p) => p.index === 0 && p.date === '2027-01-14')!;
    detached.posts = detached.posts
      .filter((p) => p !== moved)
      .map((p) => (p.index > 0 ? { ...p, index: p.index + 1 } : p));
    const single: CalendarPost = { ...moved, index: 1, date: '2027-01-15' };
    delete single.occurrence;
    detached.posts.splice(6, 0, single);
    await update(page, detached);
    assert.equal(await focused(page), '1 2027-01-15');
    assert.equal(await page.$(`${at(1, '2027-01-15')} .sac-repeat`), null);

    // The first date moves the series: no occurrence.
    await page.focus(day('2027-01-04'));
    await page.keyboard.press('Enter');
    assert.equal(await focused(page), '0 2027-01-04');
    await page.keyboard.press('Alt+ArrowLeft');
    assert.deepEqual((await posted(page)).pop(), {
      type: 'reschedule',
      version: 3,
      index: 0,
      date: '2027-01-03',
    });
  });

  it('screenshots: a series in month and week, light, dark and high contrast; the Solar Hijri month', async () => {
    const shots: [string, unknown, Theme][] = [
      ['light', EN, 'light'],
      ['dark', EN, 'dark'],
      ['hc', EN, 'hc'],
      ['solar', EN_SOLAR, 'light'],
    ];
    for (const [name, settings, theme] of shots) {
      await open(series, settings, theme);
      await page.screenshot({ path: `${SCREENSHOTS}/calendar-series-month-${name}.png`, fullPage: true });
      await page.click('.sac-button[data-view="week"]');
      await page.screenshot({ path: `${SCREENSHOTS}/calendar-series-week-${name}.png`, fullPage: true });
      if (name === 'light') {
        await page.click('.sac-button[data-view="list"]');
        await page.screenshot({ path: `${SCREENSHOTS}/calendar-series-list-${name}.png`, fullPage: true });
      }
      await harness.closePages();
    }
    await open();
  });
});
