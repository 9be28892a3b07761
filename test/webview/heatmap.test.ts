// The heatmap's pure functions (src/webview/calendar/heatmap.ts; weekdays come from shared/dates.ts):
// row order, the default platform, counting and shading.
import * as assert from 'node:assert/strict';
import type { CalendarPlatform, CalendarPost } from '../../src/core/protocol';
import {
  ALL_PLATFORMS,
  defaultPlatform,
  heatmap,
  hourOf,
  level,
  weekdayOrder,
} from '../../src/webview/calendar/heatmap';
import { sundayWeekday } from '../../src/webview/shared/dates';

const post = (index: number, date: string, platform: string, time?: string): CalendarPost => ({
  index,
  date,
  ...(time ? { time } : {}),
  platform,
  title: `Post ${index}`,
  status: 'scheduled',
  conflict: false,
  outsidePeriod: false,
});

const platforms: CalendarPlatform[] = [
  { id: 'a', network: 'instagram', label: 'A', bestTimes: ['09:30', '18:00'] },
  { id: 'b', network: 'linkedin', label: 'B', bestTimes: ['09:00'] },
  { id: 'c', network: 'telegram', label: 'C' },
];

describe('heatmap (pure)', () => {
  it('finds weekdays from the date string, whatever the time zone', () => {
    // 0 = Sunday: 4 Jan 2027 is a Monday, 29 Feb 2024 a Thursday, 1 Jan 2000 a Saturday, 21 Mar 2027 a Sunday.
    assert.equal(sundayWeekday('2027-01-04'), 1);
    assert.equal(sundayWeekday('2024-02-29'), 4);
    assert.equal(sundayWeekday('2000-01-01'), 6);
    assert.equal(sundayWeekday('2027-03-21'), 0);
    assert.equal(sundayWeekday('2026-12-31'), 4);
    for (let day = 1; day <= 31; day++) {
      const iso = `2027-03-${String(day).padStart(2, '0')}`;
      assert.equal(sundayWeekday(iso), new Date(`${iso}T00:00:00Z`).getUTCDay(), iso);
    }
  });

  it('orders rows Monday first, or Saturday first for the Solar Hijri calendar', () => {
    assert.deepEqual(weekdayOrder(false), [1, 2, 3, 4, 5, 6, 0]);
    assert.deepEqual(weekdayOrder(true), [6, 0, 1, 2, 3, 4, 5]);
  });

  it('reads hours from valid times only', () => {
    assert.equal(hourOf('09:30'), 9);
    assert.equal(hourOf('23:59'), 23);
    assert.equal(hourOf('24:00'), undefined);
    assert.equal(hourOf('9:30'), undefined);
    assert.equal(hourOf(undefined), undefined);
  });

  it('defaults to the platform with the most posts, the first on a tie', () => {
    assert.equal(defaultPlatform([post(0, '2027-01-04', 'b'), post(1, '2027-01-05', 'c')], platforms), 'b');
    assert.equal(defaultPlatform([post(0, '2027-01-04', 'c'), post(1, '2027-01-05', 'c')], platforms), 'c');
    assert.equal(defaultPlatform([], platforms), 'a');
    assert.equal(defaultPlatform([], []), ALL_PLATFORMS);
  });

  it('counts posts by weekday and hour, marks best times and counts posts without a time', () => {
    const posts = [
      post(0, '2027-01-04', 'a', '09:00'),
      post(1, '2027-01-11', 'a', '09:45'),
      post(2, '2027-01-05', 'a', '18:10'),
      post(3, '2027-01-04', 'b', '09:15'),
      post(4, '2027-01-06', 'a'),
      post(5, '2027-01-09', 'c', '23:00'),
    ];
    const a = heatmap(posts, platforms, 'a', false);
    assert.deepEqual(
      a.cells[1][9].posts.map((p) => p.index),
      [0, 1],
    );
    assert.equal(a.cells[2][18].posts.length, 1);
    assert.equal(a.max, 2);
    assert.deepEqual(
      a.untimed.map((p) => p.index),
      [4],
    );
    assert.deepEqual(a.cells[3][9].best, ['a']);
    assert.deepEqual(a.cells[3][10].best, []);
    assert.equal(a.timed, 3);
    assert.equal(a.atBest, 3);
    const all = heatmap(posts, platforms, ALL_PLATFORMS, true);
    assert.deepEqual(all.weekdays, [6, 0, 1, 2, 3, 4, 5]);
    assert.equal(all.cells[1][9].posts.length, 3);
    assert.deepEqual(all.cells[0][9].best, ['a', 'b']);
    assert.equal(all.cells[6][23].posts.length, 1);
    assert.equal(all.timed, 5);
    assert.equal(all.atBest, 4, "C's post has no best time");
    assert.equal(heatmap(posts, platforms, 'c', false).hasBest, false);
  });

  it('shades in four equal steps of the busiest cell', () => {
    assert.deepEqual(
      [0, 1, 2, 3, 4, 5, 8].map((n) => level(n, 8)),
      [0, 1, 1, 2, 2, 3, 4],
    );
    assert.equal(level(1, 1), 4);
    assert.equal(level(0, 0), 0);
  });
});
