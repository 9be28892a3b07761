// The calendar's date math: dates are `YYYY-MM-DD` strings turned into UTC day numbers, so no time
// zone or local-time parsing can shift a day. Rules, views, the iCalendar export and the platform
// summary all count days here.

import type { CalendarSystem } from '../protocol';

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a valid `YYYY-MM-DD` (a real calendar day), else undefined. */
export function dayNumber(date: unknown): number | undefined {
  // Called for every post by several rules on every keystroke: digits are read directly, and the day
  // count is plain arithmetic (days from civil, proleptic Gregorian), with no Date object or regex.
  if (
    typeof date !== 'string' ||
    date.length !== 10 ||
    date.charCodeAt(4) !== 45 ||
    date.charCodeAt(7) !== 45
  )
    return undefined;
  const y = digits(date, 0, 4);
  const m = digits(date, 5, 7);
  const d = digits(date, 8, 10);
  if (y < 0 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The number written by text[from, to), or -1 unless every character is an ASCII digit. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** The `YYYY-MM-DD` of a UTC day number. */
export function dayString(day: number): string {
  const d = new Date(day * MS_PER_DAY);
  return (
    String(d.getUTCFullYear()).padStart(4, '0') +
    '-' +
    String(d.getUTCMonth() + 1).padStart(2, '0') +
    '-' +
    String(d.getUTCDate()).padStart(2, '0')
  );
}

/** Monday = 0 ... Sunday = 6 (1970-01-01 was a Thursday). */
export function weekday(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** The ISO week of a day, e.g. `2027-W02` (the week belongs to the year of its Thursday). */
export function isoWeekLabel(day: number): string {
  const thursday = day - weekday(day) + 3;
  const year = new Date(thursday * MS_PER_DAY).getUTCFullYear();
  const jan1 = Math.round(Date.UTC(year, 0, 1) / MS_PER_DAY);
  const week = Math.floor((thursday - jan1) / 7) + 1;
  return `${String(year).padStart(4, '0')}-W${String(week).padStart(2, '0')}`;
}

/** The weekday (Monday = 0) a week starts on: Monday in the ISO weeks, Saturday in the Persian ones. */
export function weekStartDay(system: CalendarSystem): number {
  return system === 'persian' ? 5 : 0;
}

/** The first day of the week (in the calendar system's weeks) that holds `day`. */
export function weekStart(day: number, system: CalendarSystem): number {
  return day - ((weekday(day) - weekStartDay(system) + 7) % 7);
}

/**
 * The period as day numbers; a bound that is missing or not a valid date is left open. An inverted
 * period (end before start) yields undefined: `schema/range` reports it, and flagging every post
 * against it would only add noise.
 */
export function periodDays(
  period: { start?: string; end?: string } | undefined,
): { start?: number; end?: number } | undefined {
  const start = dayNumber(period?.start);
  const end = dayNumber(period?.end);
  if (start !== undefined && end !== undefined && end < start) return undefined;
  return { start, end };
}

/**
 * Whether a valid date lies before the period's start or after its end (both inclusive). An invalid
 * date, a missing period or an inverted period is never "outside": other rules report those.
 */
export function isOutsidePeriod(
  date: string | undefined,
  period: { start?: string; end?: string } | undefined,
): boolean {
  const day = dayNumber(date);
  const p = periodDays(period);
  if (day === undefined || p === undefined) return false;
  return (p.start !== undefined && day < p.start) || (p.end !== undefined && day > p.end);
}

/** A moment's day in the local time zone as YYYY-MM-DD: what the adapters pass the core as "today". */
export function localDay(moment: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}
