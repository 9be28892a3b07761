// The weeks a platform's cadence is checked in and the weeks it falls short, named as people name
// them: the calendar/cadence rule, the calendar view and the Platforms view count the same weeks.
import { daySpan } from './date-words';
import { msg, type Arg, type Message } from '../text/i18n/message';
import type { StrategyModel } from '../engine/model';
import type { CadenceShortfall, CalendarSystem } from '../protocol';
import { dayNumber, dayString, periodDays, weekday, weekStartDay } from './dates';
import { fileCalendarSystem } from './locale';
import { calendarOccurrences } from './occurrences';

/**
 * The first days of the weeks the cadence is checked in (day numbers), in order: whole weeks of the
 * file's calendar system (Monday to Sunday, or Saturday to Friday in a Persian file) between the
 * calendar's first and last post and inside the period.
 */
export function cadenceWeeks(model: StrategyModel): number[] {
  let earliest: number | undefined;
  let last: number | undefined;
  for (const { day } of calendarOccurrences(model)) {
    if (earliest === undefined || day < earliest) earliest = day;
    if (last === undefined || day > last) last = day;
  }
  const period = periodDays(model.period);
  if (earliest === undefined || last === undefined || !period) return [];
  const lo = period.start !== undefined ? Math.max(earliest, period.start) : earliest;
  const hi = period.end !== undefined ? Math.min(last, period.end) : last;
  const weeks: number[] = [];
  const first = weekStartDay(fileCalendarSystem(model));
  for (let start = lo + ((7 + first - weekday(lo)) % 7); start + 6 <= hi; start += 7) weeks.push(start);
  return weeks;
}

/**
 * For every platform with `cadence.postsPerWeek`, the checked weeks in which it has fewer posts (any
 * status; each occurrence of a recurring post counts) than planned; ordered by platform, then week. A repeated platform id is counted once.
 * `weeks` is `cadenceWeeks(model)`, passed in by a caller that needs the weeks too.
 */
export function cadenceShortfalls(model: StrategyModel, weeks = cadenceWeeks(model)): CadenceShortfall[] {
  if (weeks.length === 0) return [];
  const firstWeek = weeks[0];
  const counts = new Map<string, number[]>();
  for (const { post, day } of calendarOccurrences(model)) {
    const { platform } = post.value;
    if (typeof platform !== 'string') continue;
    const week = Math.floor((day - firstWeek) / 7);
    if (week < 0 || week >= weeks.length) continue;
    let perWeek = counts.get(platform);
    if (!perWeek) counts.set(platform, (perWeek = new Array<number>(weeks.length).fill(0)));
    perWeek[week]++;
  }
  const seen = new Set<string>();
  const shortfalls: CadenceShortfall[] = [];
  for (const { value } of model.platforms) {
    const { id, postsPerWeek } = value;
    if (id === undefined || seen.has(id)) continue;
    seen.add(id);
    if (typeof postsPerWeek !== 'number' || !Number.isFinite(postsPerWeek)) continue;
    const perWeek = counts.get(id);
    weeks.forEach((start, i) => {
      const actual = perWeek?.[i] ?? 0;
      if (actual < postsPerWeek) {
        shortfalls.push({ platform: id, weekStart: dayString(start), planned: postsPerWeek, actual });
      }
    });
  }
  return shortfalls;
}

/** "1 post", "3 posts". */
export function posts(n: number): Message {
  return msg('calendar.cadence.posts', { posts: n });
}

/** "1 week", "3 weeks". */
export function weeksWord(n: number): Message {
  return msg('calendar.cadence.weeks', { weeks: n });
}

/** The span of days from `first` to `last` (day numbers), as people write it in the calendar system. */
export function dayRangeLabel(first: number, last: number, system: CalendarSystem = 'gregorian'): Message {
  return daySpan(first, last, system);
}

/** Runs of consecutive weeks (their first days, ordered) for which `same` holds between neighbours. */
export function runs<T extends { weekStart: string }>(items: T[], same: (a: T, b: T) => boolean): T[][] {
  const out: T[][] = [];
  for (const item of items) {
    const run = out[out.length - 1];
    const prev = run?.[run.length - 1];
    if (prev && dayNumber(item.weekStart) === dayNumber(prev.weekStart)! + 7 && same(prev, item))
      run.push(item);
    else out.push([item]);
  }
  return out;
}

/**
 * A run of weeks with what is said of it in parentheses: "18–31 January 2027 (2 weeks)", or in the
 * Persian calendar "3–9 Bahman 1405 (23–29 January 2027, 1 week)".
 */
export function runWords(run: { weekStart: string }[], system: CalendarSystem, detail: Arg): Message {
  const first = dayNumber(run[0].weekStart)!;
  const last = dayNumber(run[run.length - 1].weekStart)! + 6;
  return daySpan(first, last, system, detail);
}

/**
 * "11–17 January 2027 (1 post), 18–31 January 2027 (2 weeks, 0 posts each)": weeks named by their dates,
 * consecutive weeks with the same count merged.
 */
export function describeWeeks(shortfalls: CadenceShortfall[], system: CalendarSystem = 'gregorian'): Message {
  const items = runs(shortfalls, (a, b) => a.actual === b.actual).map((run) =>
    runWords(
      run,
      system,
      run.length === 1
        ? posts(run[0].actual)
        : msg('calendar.cadence.weeksEach', { weeks: run.length, posts: run[0].actual }),
    ),
  );
  return msg('words.list', { items: { list: items } });
}

/** The checked weeks (their first days) in which the calendar has no post at all, on any platform. */
export function emptyWeeks(model: StrategyModel, weeks: number[]): Set<number> {
  const busy = new Set<number>();
  if (weeks.length === 0) return busy;
  const first = weeks[0];
  for (const { day } of calendarOccurrences(model)) {
    const week = Math.floor((day - first) / 7);
    if (week >= 0 && week < weeks.length) busy.add(first + 7 * week);
  }
  return new Set(weeks.filter((start) => !busy.has(start)));
}
