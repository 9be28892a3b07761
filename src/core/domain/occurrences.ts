// Recurring posts (`repeat`, contract "Additions"): the days a post goes out. Everything that counts
// or draws posts (cadence, conflicts, mix, the calendar view, the report) reads these occurrences;
// the iCalendar export writes the same series as an RRULE, and a test holds the two to each other.
import type { Entity, Post, StrategyModel } from '../engine/model';
import { dayNumber, dayString, periodDays, weekday } from './dates';

/** A series that is never told where to end stops here (a safety net, not a plan). */
export const MAX_OCCURRENCES = 1000;

/** The last day a date can name (9999-12-31): a huge `interval` without an end stops here. */
const LAST_DAY = dayNumber('9999-12-31')!;

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** One day a post goes out: the entry in the file and the day (`nth` 0 is the entry's own date). */
export interface Occurrence {
  post: Entity<Post>;
  day: number;
  /** Position in the series before `except` dates are dropped; 0 is the post's own `date`. */
  nth: number;
}

/** Whether the post has a `repeat` the expansion understands (a valid `every`). */
export function isRecurring(post: Post): boolean {
  const every = post.repeat?.every;
  return every === 'day' || every === 'week' || every === 'month';
}

/**
 * The days (UTC day numbers, ascending) a post goes out: its `date`, then, with `repeat`, every
 * `interval`-th day, ISO week (on the `on` weekdays, default the date's) or month (on the date's day
 * of the month; months without it are skipped) after it, until the earliest of `until`, the
 * `count`-th occurrence and the period's end; `except` dates are dropped last (`count` counts them).
 * A post without a valid date has none.
 */
export function occurrenceDays(post: Post, periodEnd: number | undefined): { day: number; nth: number }[] {
  const start = dayNumber(post.date);
  if (start === undefined) return [];
  if (!isRecurring(post)) return [{ day: start, nth: 0 }];
  const r = post.repeat!;
  const interval = Number.isInteger(r.interval) && r.interval! >= 1 ? r.interval! : 1;
  const until = dayNumber(r.until);
  const count = Number.isInteger(r.count) && r.count! >= 1 ? r.count! : undefined;
  let last = LAST_DAY;
  if (until !== undefined) last = Math.min(last, until);
  if (periodEnd !== undefined) last = Math.min(last, periodEnd);
  const limit = Math.min(count ?? MAX_OCCURRENCES, MAX_OCCURRENCES);

  const days: number[] = [start];
  const push = (day: number): boolean => {
    if (day > last || days.length >= limit) return false;
    days.push(day);
    return true;
  };
  if (r.every === 'day') {
    for (let day = start + interval; push(day); day += interval);
  } else if (r.every === 'week') {
    const on = weekdaysOf(r.on, weekday(start));
    const monday = start - weekday(start);
    outer: for (let week = monday; ; week += 7 * interval) {
      for (const wd of on) {
        const day = week + wd;
        if (day <= start) continue;
        if (!push(day)) break outer;
      }
    }
  } else {
    const [y, m, d] = [
      Number(post.date!.slice(0, 4)),
      Number(post.date!.slice(5, 7)),
      Number(post.date!.slice(8, 10)),
    ];
    // A day no month has (the 30th of February every 12 months) would never end: give up after a century.
    for (let k = interval; k <= 1200; k += interval) {
      const month = m - 1 + k;
      const year = y + Math.floor(month / 12);
      const date = `${String(year).padStart(4, '0')}-${String((month % 12) + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      const day = dayNumber(date);
      if (day === undefined) {
        // This month has no such day (the 31st in April): skipped, as iCalendar does. Stop once past the end.
        const first = dayNumber(`${date.slice(0, 8)}01`);
        if (first === undefined || first > last) break;
        continue;
      }
      if (!push(day)) break;
    }
  }
  const except = new Set<number>();
  for (const date of r.except ?? []) {
    const day = dayNumber(date);
    if (day !== undefined) except.add(day);
  }
  const out: { day: number; nth: number }[] = [];
  days.forEach((day, nth) => {
    if (!except.has(day)) out.push({ day, nth });
  });
  return out;
}

/** The weekdays (Monday = 0) of `on`, sorted and unique; the fallback when none is valid. */
function weekdaysOf(on: readonly string[] | undefined, fallback: number): number[] {
  const set = new Set<number>();
  for (const name of on ?? []) {
    const i = (WEEKDAYS as readonly string[]).indexOf(name);
    if (i >= 0) set.add(i);
  }
  return set.size ? [...set].sort((a, b) => a - b) : [fallback];
}

/**
 * Each entity's occurrences, kept while the entity is the same object: the model builds a new entity
 * (and a new post value) whenever a post's text changes, so only an edited series is expanded again.
 */
const BY_ENTITY = new WeakMap<Entity<Post>, { periodEnd: number | undefined; list: Occurrence[] }>();

/** The last expansion, reused while the calendar's entities are the very same objects. */
let last:
  | { entities: readonly Entity<Post>[]; periodEnd: number | undefined; result: readonly Occurrence[] }
  | undefined;

/**
 * Every occurrence of every post, in file order, then by day. A post's occurrences are computed once
 * per entity (see BY_ENTITY: a re-lint after a keystroke expands only the series that was edited),
 * and the whole list once per lint: cadence,
 * conflicts, the mix and the views all read the same array (never modify it).
 */
export function calendarOccurrences(model: StrategyModel): readonly Occurrence[] {
  const periodEnd = periodDays(model.period)?.end;
  const calendar = model.calendar;
  if (
    last &&
    last.periodEnd === periodEnd &&
    last.entities.length === calendar.length &&
    calendar.every((entity, i) => entity === last!.entities[i])
  )
    return last.result;
  const out: Occurrence[] = [];
  for (const post of calendar) {
    let own = BY_ENTITY.get(post);
    if (!own || own.periodEnd !== periodEnd) {
      const list = occurrenceDays(post.value, periodEnd).map(({ day, nth }) => ({ post, day, nth }));
      own = { periodEnd, list };
      BY_ENTITY.set(post, own);
    }
    for (const o of own.list) out.push(o);
  }
  last = { entities: [...calendar], periodEnd, result: out };
  return out;
}

/** The date of an occurrence, `YYYY-MM-DD`. */
export function occurrenceDate(o: Occurrence): string {
  return o.nth === 0 ? o.post.value.date! : dayString(o.day);
}
