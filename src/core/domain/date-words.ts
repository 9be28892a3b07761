// Spans of days as a marketer writes them ("15–21 March 2027", "29 March – 4 April 2027"), as
// messages. In a file whose calendar system is Persian, a span is named by its Solar Hijri dates with
// the Gregorian dates the file holds beside them, and what is said of the span shares their
// parentheses: "3–9 Bahman 1405 (23–29 January 2027, 1 week)". A single day is a `{ date }` argument.
import { toJalaali } from 'jalaali-js';
import type { CalendarSystem } from '../protocol';
import { msg, type Arg, type Message } from '../text/i18n/message';
import type { MessageId } from '../text/i18n/catalog';

/** The select keys of the month names (text/i18n `date.month`, `date.solarMonth`), January first. */
const GREGORIAN_MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const SOLAR_MONTHS = [
  'farvardin',
  'ordibehesht',
  'khordad',
  'tir',
  'mordad',
  'shahrivar',
  'mehr',
  'aban',
  'azar',
  'dey',
  'bahman',
  'esfand',
];

type Ymd = [number, number, number];

const MS_PER_DAY = 86_400_000;

function gregorian(day: number): Ymd {
  const d = new Date(day * MS_PER_DAY);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

function solar(day: number): Ymd {
  const [y, m, d] = gregorian(day);
  const j = toJalaali(y, m, d);
  return [j.jy, j.jm, j.jd];
}

function span([y1, m1, d1]: Ymd, [y2, m2, d2]: Ymd, names: readonly string[], id: MessageId): Message {
  const month = (m: number): Message => msg(id, { month: names[m - 1] });
  if (y1 === y2 && m1 === m2)
    return msg('date.span.month', { firstDay: d1, lastDay: d2, month: month(m2), year: y2 });
  if (y1 === y2)
    return msg('date.span.year', {
      firstDay: d1,
      firstMonth: month(m1),
      lastDay: d2,
      month: month(m2),
      year: y2,
    });
  return msg('date.span.years', {
    firstDay: d1,
    firstMonth: month(m1),
    firstYear: y1,
    lastDay: d2,
    month: month(m2),
    year: y2,
  });
}

/**
 * The days `first` to `last` (UTC day numbers, domain/dates.ts) in the calendar system: "15–21 March
 * 2027"; in the Persian calendar "1–7 Farvardin 1406 (21–27 March 2027)". A `note` goes inside the
 * parentheses: "15–21 March 2027 (1 post)", "1–7 Farvardin 1406 (21–27 March 2027, 1 post)".
 */
export function daySpan(
  first: number,
  last: number,
  system: CalendarSystem = 'gregorian',
  note?: Arg,
): Message {
  const plain = span(gregorian(first), gregorian(last), GREGORIAN_MONTHS, 'date.month');
  if (system !== 'persian') return note === undefined ? plain : msg('date.span.note', { span: plain, note });
  const main = span(solar(first), solar(last), SOLAR_MONTHS, 'date.solarMonth');
  return note === undefined
    ? msg('date.span.aside', { span: main, aside: plain })
    : msg('date.span.asideNote', { span: main, aside: plain, note });
}
