// A post's `repeat` in words ("every Monday and Thursday until 30 June 2027, 25 posts"), for the
// hover, the calendar panel and the iCalendar description. Every word is in REPEAT_WORDS, one table
// a language, so Persian is a second table of the same shape.
import type { Post, StrategyModel } from '../engine/model';
import { longDate } from './date-words';
import { dayNumber, dayString, periodDays, weekday } from './dates';
import { isRecurring, occurrenceDays, WEEKDAYS } from './occurrences';

export interface RepeatWordsTable {
  /** Monday first, as `WEEKDAYS`. */
  weekdays: readonly string[];
  /** "a", "a and b", "a, b and c". */
  list: (items: readonly string[]) => string;
  /** 1st, 2nd, 3rd, 31st. */
  ordinal: (n: number) => string;
  date: (date: string) => string;
  day: (interval: number) => string;
  week: (interval: number, days: string) => string;
  month: (interval: number, dayOfMonth: string) => string;
  until: (date: string) => string;
  times: (n: number) => string;
  /** The series is cut short by the period's end. */
  periodEnds: (date: string) => string;
  /** A monthly series on a day some months lack. */
  skipped: (dayOfMonth: string) => string;
  /** Asides after the end, in one pair of brackets. */
  notes: (notes: readonly string[]) => string;
  except: (dates: string) => string;
  /** More `except` dates than are worth listing. */
  exceptMany: (n: number) => string;
  posts: (n: number) => string;
  /** The hover: its heading, the list of dates (from today, else from the first) and what follows. */
  repeats: string;
  nextDates: string;
  firstDates: string;
  more: (n: number) => string;
  noneLeft: string;
  /** "Monday 1 March 2027". */
  dayLong: (weekday: string, date: string) => string;
}

const en: RepeatWordsTable = {
  weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  list: (items) =>
    items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`,
  ordinal: (n) => {
    const tens = n % 100;
    const suffix =
      tens >= 11 && tens <= 13
        ? 'th'
        : n % 10 === 1
          ? 'st'
          : n % 10 === 2
            ? 'nd'
            : n % 10 === 3
              ? 'rd'
              : 'th';
    return `${n}${suffix}`;
  },
  date: longDate,
  day: (n) => (n === 1 ? 'every day' : `every ${n} days`),
  week: (n, days) => (n === 1 ? `every ${days}` : `every ${n} weeks on ${days}`),
  month: (n, d) => (n === 1 ? `every month on the ${d}` : `every ${n} months on the ${d}`),
  until: (date) => ` until ${date}`,
  times: (n) => (n === 1 ? ', once' : `, ${n} times`),
  periodEnds: (date) => `the period ends ${date}`,
  skipped: (d) => `months without a ${d} skipped`,
  notes: (notes) => (notes.length ? ` (${notes.join('; ')})` : ''),
  except: (dates) => `, except ${dates}`,
  exceptMany: (n) => `, except ${n} dates`,
  posts: (n) => `, ${n} post${n === 1 ? '' : 's'}`,
  repeats: 'Repeats',
  nextDates: 'Next dates',
  firstDates: 'First dates',
  more: (n) => `and ${n} more`,
  noneLeft: 'No dates left in the series after today.',
  dayLong: (weekday, date) => `${weekday} ${date}`,
};

/** The most `except` dates the words list one by one. */
const MAX_LISTED = 5;

export const REPEAT_WORDS: Record<'en', RepeatWordsTable> = { en };

/**
 * The post's `repeat` in words, undefined when the post does not recur (no valid `every`) or has no
 * valid date: the rule, its end (`until`, `count`, else the period's end; where the period cuts the
 * series short), the `except` dates inside the series, and how many posts that makes.
 */
export function repeatWords(post: Post, model: StrategyModel): string | undefined {
  const start = dayNumber(post.date);
  if (start === undefined || !isRecurring(post)) return undefined;
  const w = REPEAT_WORDS.en;
  const r = post.repeat!;
  const interval = Number.isInteger(r.interval) && r.interval! >= 1 ? r.interval! : 1;
  const dayOfMonth = Number(post.date!.slice(8, 10));
  const periodEnd = periodDays(model.period)?.end;
  const drawn = occurrenceDays(post, periodEnd);
  // The series before `except` drops anything, as `count` counts it.
  const series = occurrenceDays({ ...post, repeat: { ...r, except: [] } }, periodEnd);

  let text: string;
  if (r.every === 'day') text = w.day(interval);
  else if (r.every === 'week') {
    const on = new Set(
      (r.on ?? []).map((d) => (WEEKDAYS as readonly string[]).indexOf(d)).filter((i) => i >= 0),
    );
    if (on.size === 0) on.add(weekday(start));
    text = w.week(interval, w.list([...on].sort((a, b) => a - b).map((i) => w.weekdays[i])));
  } else text = w.month(interval, w.ordinal(dayOfMonth));

  const notes: string[] = [];
  const until = dayNumber(r.until);
  const count = Number.isInteger(r.count) && r.count! >= 1 ? r.count! : undefined;
  const ends = until !== undefined || count !== undefined || periodEnd !== undefined;
  if (until !== undefined) {
    text += w.until(w.date(r.until!));
    if (periodEnd !== undefined && periodEnd < until) notes.push(w.periodEnds(w.date(dayString(periodEnd))));
  } else if (count !== undefined) {
    text += w.times(count);
    if (series.length < count && periodEnd !== undefined)
      notes.push(w.periodEnds(w.date(dayString(periodEnd))));
  } else if (periodEnd !== undefined) text += w.until(w.date(dayString(periodEnd)));
  if (r.every === 'month' && dayOfMonth >= 29) notes.push(w.skipped(w.ordinal(dayOfMonth)));
  text += w.notes(notes);

  // Only the dates the series would have had: an `except` elsewhere changes nothing.
  const kept = new Set(drawn.map((o) => o.day));
  const skipped = series.filter((o) => !kept.has(o.day)).map((o) => w.date(dayString(o.day)));
  if (skipped.length > MAX_LISTED) text += w.exceptMany(skipped.length);
  else if (skipped.length) text += w.except(w.list(skipped));
  // "10 times" already says it, unless `except` or the period's end took some; a series without any
  // end has no number worth saying (the safety net of MAX_OCCURRENCES stops it).
  if (ends && drawn.length !== count) text += w.posts(drawn.length);
  return text;
}
