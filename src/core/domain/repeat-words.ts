// A post's `repeat` in words ("every Monday and Thursday until 30 June 2027, 25 posts"), for the
// hover, the calendar panel and the iCalendar description: a message (text/i18n `repeat.words.*`),
// rendered in the reader's language, its dates in the file's calendar system.
import type { Post, StrategyModel } from '../engine/model';
import { msg, type Arg, type Message } from '../text/i18n/message';
import { dayNumber, dayString, periodDays, weekday } from './dates';
import { andList } from './message-words';
import { isRecurring, occurrenceDays, WEEKDAYS } from './occurrences';

/** The most `except` dates the words list one by one. */
const MAX_LISTED = 5;

/** A weekday's name (Monday = 0, as `weekday` counts), "Monday". */
export function weekdayWords(weekdayIndex: number): Message {
  return msg('repeat.words.weekday', { day: WEEKDAYS[weekdayIndex] });
}

/** A day of the month as an ordinal: "1st", "22nd", "31st". */
export function ordinalWords(day: number): Message {
  return msg('repeat.words.ordinal', { day });
}

const dateArg = (day: number): Arg => ({ date: dayString(day) });

/**
 * The post's `repeat` in words, undefined when the post does not recur (no valid `every`) or has no
 * valid date: the rule, its end (`until`, `count`, else the period's end; where the period cuts the
 * series short), the `except` dates inside the series, and how many posts that makes.
 */
export function repeatWords(post: Post, model: StrategyModel): Message | undefined {
  const start = dayNumber(post.date);
  if (start === undefined || !isRecurring(post)) return undefined;
  const r = post.repeat!;
  const interval = Number.isInteger(r.interval) && r.interval! >= 1 ? r.interval! : 1;
  const dayOfMonth = Number(post.date!.slice(8, 10));
  const periodEnd = periodDays(model.period)?.end;
  const drawn = occurrenceDays(post, periodEnd);
  // The series before `except` drops anything, as `count` counts it.
  const series = occurrenceDays({ ...post, repeat: { ...r, except: [] } }, periodEnd);

  let text: Message;
  if (r.every === 'day') text = msg('repeat.words.day', { interval });
  else if (r.every === 'week') {
    const on = new Set(
      (r.on ?? []).map((d) => (WEEKDAYS as readonly string[]).indexOf(d)).filter((i) => i >= 0),
    );
    if (on.size === 0) on.add(weekday(start));
    const days = andList([...on].sort((a, b) => a - b).map(weekdayWords));
    text = msg('repeat.words.week', { interval, days });
  } else text = msg('repeat.words.month', { interval, day: ordinalWords(dayOfMonth) });

  const notes: Message[] = [];
  const until = dayNumber(r.until);
  const count = Number.isInteger(r.count) && r.count! >= 1 ? r.count! : undefined;
  const ends = until !== undefined || count !== undefined || periodEnd !== undefined;
  const periodEnds = () => msg('repeat.words.periodEnds', { date: dateArg(periodEnd!) });
  if (until !== undefined) {
    text = msg('repeat.words.until', { text, date: dateArg(until) });
    if (periodEnd !== undefined && periodEnd < until) notes.push(periodEnds());
  } else if (count !== undefined) {
    text = msg('repeat.words.times', { text, count });
    if (series.length < count && periodEnd !== undefined) notes.push(periodEnds());
  } else if (periodEnd !== undefined) text = msg('repeat.words.until', { text, date: dateArg(periodEnd) });
  if (r.every === 'month' && dayOfMonth >= 29)
    notes.push(msg('repeat.words.skipped', { day: ordinalWords(dayOfMonth) }));
  if (notes.length === 1) text = msg('repeat.words.note', { text, note: notes[0] });
  else if (notes.length === 2) text = msg('repeat.words.notes', { text, first: notes[0], second: notes[1] });

  // Only the dates the series would have had: an `except` elsewhere changes nothing.
  const kept = new Set(drawn.map((o) => o.day));
  const skipped = series.filter((o) => !kept.has(o.day)).map((o) => dateArg(o.day));
  if (skipped.length > MAX_LISTED) text = msg('repeat.words.exceptMany', { text, count: skipped.length });
  else if (skipped.length) text = msg('repeat.words.except', { text, dates: andList(skipped) });
  // "10 times" already says it, unless `except` or the period's end took some; a series without any
  // end has no number worth saying (the safety net of MAX_OCCURRENCES stops it).
  if (ends && drawn.length !== count) text = msg('repeat.words.posts', { text, count: drawn.length });
  return text;
}
