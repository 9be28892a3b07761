// Dates as a marketer writes them ("30 April 2027", "15–21 March 2027"), shared by every message
// that names a day or a span of days.

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

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

/** "15–21 March 2027", "29 March – 4 April 2027", "28 December 2026 – 3 January 2027" for two YYYY-MM-DD. */
export function dateRangeLabel(first: string, last: string): string {
  const a = parts(first);
  const b = parts(last);
  if (!a || !b) return `${first} – ${last}`;
  const [y1, m1, d1] = a;
  const [y2, m2, d2] = b;
  if (y1 === y2 && m1 === m2) return `${d1}–${d2} ${MONTHS[m2 - 1]} ${y2}`;
  if (y1 === y2) return `${d1} ${MONTHS[m1 - 1]} – ${d2} ${MONTHS[m2 - 1]} ${y2}`;
  return `${d1} ${MONTHS[m1 - 1]} ${y1} – ${d2} ${MONTHS[m2 - 1]} ${y2}`;
}
