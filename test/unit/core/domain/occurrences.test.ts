// The expansion of `repeat` (contract "Additions", Repeat), against dates counted by hand on a paper
// calendar. 2027-03-01 is a Monday; 2027-01-31 a Sunday; 2028 is a leap year.
import assert from 'node:assert/strict';
import { parseDocument } from 'yaml';
import { buildModel } from '../../../../src/core/engine/model-build';
import type { Post, Repeat } from '../../../../src/core/engine/model';
import {
  calendarOccurrences,
  isRecurring,
  MAX_OCCURRENCES,
  occurrenceDate,
  occurrenceDays,
} from '../../../../src/core/domain/occurrences';
import { dayNumber, dayString } from '../../../../src/core/domain/dates';

/** The dates of a post dated `date` with `repeat`, in a period ending `end` (none: open). */
function dates(date: string, repeat: Repeat | undefined, end?: string): string[] {
  const post: Post = { date, platform: 'ig', title: 't', ...(repeat ? { repeat } : {}) };
  return occurrenceDays(post, dayNumber(end)).map((o) => dayString(o.day));
}

describe('occurrences: expanding a repeat', () => {
  it('weekly on Monday and Thursday until a date: 5 Mondays and 4 Thursdays in March 2027', () => {
    assert.deepEqual(dates('2027-03-01', { every: 'week', on: ['mon', 'thu'], until: '2027-03-31' }), [
      '2027-03-01',
      '2027-03-04',
      '2027-03-08',
      '2027-03-11',
      '2027-03-15',
      '2027-03-18',
      '2027-03-22',
      '2027-03-25',
      '2027-03-29',
    ]);
  });

  it('every 2 weeks: the ISO weeks of 1, 15 and 29 March and 12 April', () => {
    assert.deepEqual(
      dates('2027-03-01', { every: 'week', interval: 2, on: ['thu', 'mon'], until: '2027-04-15' }),
      [
        '2027-03-01',
        '2027-03-04',
        '2027-03-15',
        '2027-03-18',
        '2027-03-29',
        '2027-04-01',
        '2027-04-12',
        '2027-04-15',
      ],
    );
  });

  it('the default weekday is the date’s own', () => {
    assert.deepEqual(dates('2027-03-03', { every: 'week', until: '2027-03-24' }), [
      '2027-03-03',
      '2027-03-10',
      '2027-03-17',
      '2027-03-24',
    ]);
  });

  it('a date whose weekday is not in `on` still comes first (iCalendar’s DTSTART)', () => {
    // Wednesday 3 March, then Thursday of the same week, then the Mondays and Thursdays after.
    assert.deepEqual(dates('2027-03-03', { every: 'week', on: ['mon', 'thu'], until: '2027-03-15' }), [
      '2027-03-03',
      '2027-03-04',
      '2027-03-08',
      '2027-03-11',
      '2027-03-15',
    ]);
    // Friday 5 March, every other week on Monday: Monday 1 March is before the date, so the next is
    // the Monday two ISO weeks on from the date's week.
    assert.deepEqual(dates('2027-03-05', { every: 'week', interval: 2, on: ['mon'], until: '2027-03-31' }), [
      '2027-03-05',
      '2027-03-15',
      '2027-03-29',
    ]);
  });

  it('counts the date in `count`', () => {
    assert.deepEqual(dates('2027-03-03', { every: 'week', on: ['mon'], count: 3 }), [
      '2027-03-03',
      '2027-03-08',
      '2027-03-15',
    ]);
  });

  it('daily with `count` and an `except` inside: the except date is counted, then dropped', () => {
    const post: Post = {
      date: '2027-03-01',
      repeat: { every: 'day', count: 5, except: ['2027-03-03', '2027-04-01', 'not a date'] },
    };
    const days = occurrenceDays(post, undefined);
    assert.deepEqual(
      days.map((o) => [dayString(o.day), o.nth]),
      [
        ['2027-03-01', 0],
        ['2027-03-02', 1],
        ['2027-03-04', 3],
        ['2027-03-05', 4],
      ],
    );
    assert.deepEqual(dates('2027-03-01', { every: 'day', interval: 3, count: 4 }), [
      '2027-03-01',
      '2027-03-04',
      '2027-03-07',
      '2027-03-10',
    ]);
  });

  it('`except` may drop the date itself', () => {
    assert.deepEqual(dates('2027-03-01', { every: 'day', count: 3, except: ['2027-03-01'] }), [
      '2027-03-02',
      '2027-03-03',
    ]);
  });

  it('monthly on the 31st: months without a 31st are skipped and not counted (RFC 5545)', () => {
    assert.deepEqual(dates('2027-01-31', { every: 'month', until: '2027-12-31' }), [
      '2027-01-31',
      '2027-03-31',
      '2027-05-31',
      '2027-07-31',
      '2027-08-31',
      '2027-10-31',
      '2027-12-31',
    ]);
    assert.deepEqual(dates('2027-01-31', { every: 'month', count: 3 }), [
      '2027-01-31',
      '2027-03-31',
      '2027-05-31',
    ]);
  });

  it('monthly from 29 February: the 29th of every month, February only in a leap year', () => {
    const all = dates('2028-02-29', { every: 'month', count: 13 });
    assert.equal(all.length, 13);
    assert.deepEqual(all.slice(0, 2), ['2028-02-29', '2028-03-29']);
    assert.deepEqual(all.slice(-3), ['2028-12-29', '2029-01-29', '2029-03-29']);
    // Every 12 months: the next 29 February is four years on.
    assert.deepEqual(dates('2028-02-29', { every: 'month', interval: 12, count: 3 }), [
      '2028-02-29',
      '2032-02-29',
      '2036-02-29',
    ]);
  });

  it('every 2 months until a date (inclusive)', () => {
    assert.deepEqual(dates('2027-01-15', { every: 'month', interval: 2, until: '2027-09-15' }), [
      '2027-01-15',
      '2027-03-15',
      '2027-05-15',
      '2027-07-15',
      '2027-09-15',
    ]);
    assert.equal(dates('2027-01-15', { every: 'month', interval: 2, until: '2027-09-14' }).length, 4);
  });

  it('a series with neither `until` nor `count` ends at the period’s end', () => {
    // Tuesday 1 June 2027, weekly, in a period ending 30 June.
    assert.deepEqual(dates('2027-06-01', { every: 'week' }, '2027-06-30'), [
      '2027-06-01',
      '2027-06-08',
      '2027-06-15',
      '2027-06-22',
      '2027-06-29',
    ]);
    // The earliest bound wins: the period's end before `until`, before the `count`-th.
    assert.equal(dates('2027-06-01', { every: 'day', until: '2027-12-31' }, '2027-06-30').length, 30);
    assert.deepEqual(dates('2027-06-28', { every: 'day', count: 10 }, '2027-06-30'), [
      '2027-06-28',
      '2027-06-29',
      '2027-06-30',
    ]);
    // Without any end, a safety net.
    assert.equal(dates('2027-06-01', { every: 'day' }).length, MAX_OCCURRENCES);
  });

  it('stops at 9999-12-31 when nothing else ends a series', () => {
    for (const every of ['day', 'week', 'month'])
      assert.deepEqual(dates('2027-06-01', { every, interval: 1e9, count: 3 }), ['2027-06-01'], every);
    assert.deepEqual(dates('9999-10-31', { every: 'month', count: 5 }), ['9999-10-31', '9999-12-31']);
  });

  it('`until` (or the period’s end) before the date leaves the date alone', () => {
    assert.deepEqual(dates('2027-06-01', { every: 'day', until: '2027-05-01' }), ['2027-06-01']);
    assert.deepEqual(dates('2027-06-01', { every: 'day' }, '2027-05-31'), ['2027-06-01']);
  });

  it('an invalid `every` gives just the date; a post without a valid date gives nothing', () => {
    assert.deepEqual(dates('2027-06-01', { every: 'year', count: 3 }), ['2027-06-01']);
    assert.deepEqual(dates('2027-06-01', {}), ['2027-06-01']);
    assert.equal(isRecurring({ repeat: { every: 'year' } }), false);
    assert.equal(isRecurring({ repeat: { every: 'month' } }), true);
    assert.deepEqual(dates('2027-02-30', { every: 'day', count: 3 }), []);
    assert.deepEqual(occurrenceDays({ repeat: { every: 'day', count: 3 } }, undefined), []);
  });

  it('ignores weekday names it does not know, and `on` outside a weekly series', () => {
    assert.deepEqual(dates('2027-03-01', { every: 'week', on: ['monday', 'thu'], count: 3 }), [
      '2027-03-01',
      '2027-03-04',
      '2027-03-11',
    ]);
    assert.deepEqual(dates('2027-03-01', { every: 'week', on: ['funday'], count: 2 }), [
      '2027-03-01',
      '2027-03-08',
    ]);
    assert.deepEqual(dates('2027-03-01', { every: 'day', on: ['fri'], count: 2 }), [
      '2027-03-01',
      '2027-03-02',
    ]);
  });

  it('calendarOccurrences: every post’s days in file order, bounded by the period; dates as written', () => {
    const model = buildModel(
      parseDocument(`version: 1
period: {start: 2027-03-01, end: 2027-03-10}
calendar:
  - {date: 2027-03-08, platform: ig, title: a, repeat: {every: day}}
  - {date: 2027-03-02, platform: ig, title: b}
  - {date: 2027-02-31, platform: ig, title: c}
`).toJS(),
    );
    const occ = calendarOccurrences(model);
    assert.deepEqual(
      occ.map((o) => [o.post.index, occurrenceDate(o), o.nth]),
      [
        [0, '2027-03-08', 0],
        [0, '2027-03-09', 1],
        [0, '2027-03-10', 2],
        [1, '2027-03-02', 0],
      ],
    );
  });
});
