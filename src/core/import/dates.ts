// The date forms analytics exports write (contract, "Importing analytics exports"), read as a whole
// column so an ambiguous form is decided once: `YYYY-MM-DD`, `YYYY-MM` (a monthly row), `YYYY/MM/DD`,
// `MM/DD/YYYY` (US exports), `DD.MM.YYYY`, ISO date-times, Solar Hijri `YYYY/MM/DD` (a year below
// 1700, converted to Gregorian; `YYYY-MM-DD` with such a year too), and `DD/MM/YYYY` where some day is above 12 and no month is.
// Persian and Arabic-Indic digits are read as digits.
import { isValidJalaaliDate, toGregorian } from 'jalaali-js';
import { dayNumber } from '../domain/dates';

export type DateForm = 'ymd' | 'ym' | 'ymd-slash' | 'jalaali' | 'mdy' | 'dmy' | 'dmy-dot' | 'iso-time';

export interface DateColumn {
  index: number;
  form: DateForm;
}

/** ۰-۹ and ٠-٩ to 0-9. */
export function latinDigits(text: string): string {
  return text.replace(/[\u06f0-\u06f9\u0660-\u0669]/g, (d) => {
    const code = d.charCodeAt(0);
    return String(code - (code >= 0x06f0 ? 0x06f0 : 0x0660));
  });
}

const FORMS: [DateForm, RegExp][] = [
  ['iso-time', /^(\d{4})-(\d{2})-(\d{2})[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/],
  ['ymd', /^(\d{4})-(\d{2})-(\d{2})$/],
  ['ym', /^(\d{4})-(\d{2})$/],
  ['ymd-slash', /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/],
  ['mdy', /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/],
  ['dmy-dot', /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/],
];

function formOf(cell: string): { form: DateForm; m: RegExpExecArray } | undefined {
  for (const [form, re] of FORMS) {
    const m = re.exec(cell);
    if (m) return { form, m };
  }
  return undefined;
}

/**
 * The form of a column's dates, when every non-empty cell is a date of one form (and there is at
 * least one); undefined otherwise.
 */
export function dateColumn(cells: readonly string[]): Omit<DateColumn, 'index'> | undefined {
  let form: DateForm | undefined;
  let seen = 0;
  let firstAbove12 = false;
  let secondAbove12 = false;
  for (const raw of cells) {
    const cell = latinDigits(raw.trim());
    if (cell === '') continue;
    const found = formOf(cell);
    if (!found) return undefined;
    let f = found.form;
    // A year below 1700 is a Solar Hijri date (no analytics export holds Gregorian dates that old).
    if ((f === 'ymd-slash' || f === 'ymd') && Number(found.m[1]) < 1700) f = 'jalaali';
    if (form !== undefined && form !== f) return undefined;
    form = f;
    if (f === 'mdy') {
      if (Number(found.m[1]) > 12) firstAbove12 = true;
      if (Number(found.m[2]) > 12) secondAbove12 = true;
    }
    seen++;
  }
  if (form === undefined || seen === 0) return undefined;
  if (form === 'mdy' && firstAbove12 && !secondAbove12) form = 'dmy';
  const column = { form };
  // Every cell must be a real day in the chosen reading.
  for (const raw of cells) {
    const cell = raw.trim();
    if (cell !== '' && isoDay(cell, column) === undefined) return undefined;
  }
  return column;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * A cell of a date column as a Gregorian `YYYY-MM-DD`; a monthly cell (`YYYY-MM`) as its month's
 * last day (a month's figure stands at its end). Undefined when it is not a real day.
 */
export function isoDay(raw: string, column: Pick<DateColumn, 'form'>): string | undefined {
  const cell = latinDigits(raw.trim());
  const found = formOf(cell);
  if (!found) return undefined;
  const m = found.m;
  let y: number;
  let mo: number;
  let d: number;
  switch (column.form) {
    case 'iso-time':
    case 'ymd':
      [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      break;
    case 'ym': {
      [y, mo] = [Number(m[1]), Number(m[2])];
      if (mo < 1 || mo > 12) return undefined;
      d = new Date(Date.UTC(y, mo, 0)).getUTCDate();
      break;
    }
    case 'ymd-slash':
      [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      break;
    case 'jalaali': {
      const [jy, jm, jd] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (!isValidJalaaliDate(jy, jm, jd)) return undefined;
      const g = toGregorian(jy, jm, jd);
      [y, mo, d] = [g.gy, g.gm, g.gd];
      break;
    }
    case 'mdy':
      [mo, d, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
      break;
    case 'dmy':
    case 'dmy-dot':
      [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
      break;
  }
  if (
    found.form !== column.form &&
    !(column.form === 'jalaali' && (found.form === 'ymd-slash' || found.form === 'ymd'))
  ) {
    if (!(column.form === 'dmy' && found.form === 'mdy')) return undefined;
  }
  const iso = `${String(y).padStart(4, '0')}-${pad2(mo)}-${pad2(d)}`;
  return dayNumber(iso) === undefined ? undefined : iso;
}
