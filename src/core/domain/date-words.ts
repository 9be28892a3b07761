// Dates as a marketer writes them ("30 April 2027", "15–21 March 2027"), shared by every message
// that names a day or a span of days. In a file whose calendar system is Persian, spans are named by
// their Solar Hijri dates, with the Gregorian dates the file holds beside them.
import { toJalaali } from 'jalaali-js';
import type { CalendarSystem } from '../protocol';
import { WORDS } from '../text/words';

const MONTHS = WORDS.en.report.months;

/** The Solar Hijri months as English text writes them. */
const PERSIAN_MONTHS = WORDS.en.report.solarMonths;

function parts(date: string): [number, number, number] | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m || !MONTHS[Number(m[2]) - 1]) return undefined;
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** "30 April 2027" for 2027-04-30; anything else as written. */
export function longDate(date: string): string {
  const p = parts(date);
  return p ? `${p[2]} ${MONTHS[p[1] - 1]} ${p[0]}` : date;
}

/**
 * "15–21 March 2027", "29 March – 4 April 2027", "28 December 2026 – 3 January 2027" for two YYYY-MM-DD;
 * in the Persian calendar "1–7 Farvardin 1406 (21–27 March 2027)".
 */
export function dateRangeLabel(first: string, last: string, system: CalendarSystem = 'gregorian'): string {
  const { label, aside } = dateRange(first, last, system);
  return aside === undefined ? label : `${label} (${aside})`;
}

/**
 * A span of days named in the calendar system (`label`) and, in the Persian one, the Gregorian dates
 * the file holds (`aside`), for a caller that adds more inside the same parentheses.
 */
export function dateRange(
  first: string,
  last: string,
  system: CalendarSystem = 'gregorian',
): { label: string; aside?: string } {
  const a = parts(first);
  const b = parts(last);
  if (!a || !b) return { label: `${first} – ${last}` };
  const gregorian = spanLabel(a, b, MONTHS);
  if (system !== 'persian') return { label: gregorian };
  const jalaali = ([y, m, d]: [number, number, number]): [number, number, number] => {
    const j = toJalaali(y, m, d);
    return [j.jy, j.jm, j.jd];
  };
  return { label: spanLabel(jalaali(a), jalaali(b), PERSIAN_MONTHS), aside: gregorian };
}

function spanLabel(
  [y1, m1, d1]: [number, number, number],
  [y2, m2, d2]: [number, number, number],
  months: readonly string[],
): string {
  if (y1 === y2 && m1 === m2) return `${d1}–${d2} ${months[m2 - 1]} ${y2}`;
  if (y1 === y2) return `${d1} ${months[m1 - 1]} – ${d2} ${months[m2 - 1]} ${y2}`;
  return `${d1} ${months[m1 - 1]} ${y1} – ${d2} ${months[m2 - 1]} ${y2}`;
}
