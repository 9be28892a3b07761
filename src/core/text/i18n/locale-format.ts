// Numbers, dates and months as a reader of the file's language reads them (Persian digits and
// separators in Persian) in its calendar system (Solar Hijri dates with the Gregorian beside): the
// messages' arguments (message.ts) and the month report. Only values the tool computes or dates go
// through here, never text from the file: a title's own digits stay as written.
import { toJalaali } from 'jalaali-js';
import type { CalendarSystem } from '../../protocol';
import { formatNumber } from '../numbers';
import { WORDS, type Language, type Words } from '../words';

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

/** A date named in the file's calendar system, and (Persian calendar) the Gregorian date beside. */
export interface DateWords {
  main: string;
  aside?: string;
}

export class LocaleFormat {
  readonly words: Words;
  readonly w: Words['report'];

  constructor(
    readonly language: Language,
    readonly system: CalendarSystem,
  ) {
    this.words = WORDS[language];
    this.w = this.words.report;
  }

  /** Between two short facts on a line: a middle dot, which beside Persian digits reads as a zero. */
  get sep(): string {
    return this.language === 'fa' ? '، ' : ' · ';
  }

  /** ASCII digits, separators and signs of a formatted number in the language's own. */
  digits(text: string): string {
    if (this.language !== 'fa') return text;
    return text.replace(/[0-9.,%]/g, (c) =>
      c === '.' ? '٫' : c === ',' ? '٬' : c === '%' ? '٪' : PERSIAN_DIGITS[Number(c)],
    );
  }

  /** 12,345 or 12.5; a minus sign, not a hyphen. */
  number(n: number): string {
    const text = formatNumber(n);
    return this.digits(text.startsWith('-') ? `−${text.slice(1)}` : text);
  }

  /** "5,150 followers", "12%". */
  withUnit(n: number, unit: string | undefined): string {
    if (unit === undefined || unit === '') return this.number(n);
    return unit === '%' ? this.number(n) + this.digits('%') : `${this.number(n)} ${unit}`;
  }

  /** "+7.5%", "−7.7%", "0%": one decimal, as a change is read. */
  change(percent: number): string {
    const rounded = Math.round(percent * 10) / 10;
    return (rounded > 0 ? '+' : '') + this.number(rounded === 0 ? 0 : rounded) + this.digits('%');
  }

  /** "+3 leads": a change against a previous value of 0, which has no percentage. */
  changeBy(delta: number, unit: string | undefined): string {
    return (delta > 0 ? '+' : '') + this.withUnit(delta, unit);
  }

  /** 0.62 as "62%". */
  percent(fraction: number): string {
    return this.digits(`${Math.round(fraction * 100)}%`);
  }

  /** A whole count, "12". */
  count(n: number): string {
    return this.digits(String(n));
  }

  /** "30 June 2027"; in the Persian calendar "9 Tir 1406" with "30 June 2027" beside. */
  date(iso: string): DateWords {
    const m = DATE.exec(iso);
    const months = this.w.months;
    if (!m || !months[Number(m[2]) - 1]) return { main: iso };
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    // Not a real day (2027-05-32): as written, never a converted date that does not exist.
    if (d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return { main: iso };
    const gregorian = this.digits(`${d} ${months[mo - 1]} ${y}`);
    if (this.system !== 'persian') return { main: gregorian };
    const j = toJalaali(y, mo, d);
    return { main: this.digits(`${j.jd} ${this.w.solarMonths[j.jm - 1]} ${j.jy}`), aside: gregorian };
  }

  /** The date with its Gregorian aside in parentheses, for running text. */
  dateText(iso: string): string {
    const { main, aside } = this.date(iso);
    return aside === undefined ? main : `${main} (${aside})`;
  }

  /** The date in the file's calendar only (a sentence written into the file keeps it short). */
  dateShort(iso: string): string {
    return this.date(iso).main;
  }

  /** "January 2027" for 2027-01 (metric months are Gregorian months, whatever the calendar system). */
  month(month: string): string {
    const m = MONTH.exec(month);
    const name = m ? this.w.months[Number(m[2]) - 1] : undefined;
    return m && name ? this.digits(`${name} ${m[1]}`) : month;
  }

  /** "Jan" for an axis: a month's name, shortened in English. */
  monthShort(month: string): string {
    const m = MONTH.exec(month);
    const name = m ? this.w.months[Number(m[2]) - 1] : undefined;
    if (!m || !name) return month;
    return this.language === 'en' ? name.slice(0, 3) : name;
  }

  /** The year of a month, in the language's digits. */
  year(month: string): string {
    return this.digits(month.slice(0, 4));
  }

  /**
   * The report's month as a heading names it: "January 2027"; in the Persian calendar the Solar
   * Hijri days it spans ("12 Bahman – 9 Esfand 1405") with the Gregorian month beside.
   */
  monthSpan(month: string): DateWords {
    const gregorian = this.month(month);
    const m = MONTH.exec(month);
    if (this.system !== 'persian' || !m) return { main: gregorian };
    const [y, mo] = [Number(m[1]), Number(m[2])];
    const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
    const a = toJalaali(y, mo, 1);
    const b = toJalaali(y, mo, last);
    const names = this.w.solarMonths;
    const main =
      a.jy === b.jy
        ? `${a.jd} ${names[a.jm - 1]} – ${b.jd} ${names[b.jm - 1]} ${b.jy}`
        : `${a.jd} ${names[a.jm - 1]} ${a.jy} – ${b.jd} ${names[b.jm - 1]} ${b.jy}`;
    return { main: this.digits(main), aside: gregorian };
  }

  /**
   * A span of days: "15–21 March 2027"; in the Persian calendar "1–7 Farvardin 1406" with the
   * Gregorian span beside ("21–27 March 2027").
   */
  range(first: string, last: string): DateWords {
    const a = DATE.exec(first);
    const b = DATE.exec(last);
    if (!a || !b) return { main: `${first} – ${last}` };
    const ga: Ymd = [Number(a[1]), Number(a[2]), Number(a[3])];
    const gb: Ymd = [Number(b[1]), Number(b[2]), Number(b[3])];
    const gregorian = this.digits(span(ga, gb, this.w.months));
    if (this.system !== 'persian') return { main: gregorian };
    const ja = toJalaali(...ga);
    const jb = toJalaali(...gb);
    const main = span([ja.jy, ja.jm, ja.jd], [jb.jy, jb.jm, jb.jd], this.w.solarMonths);
    return { main: this.digits(main), aside: gregorian };
  }

  /** The span with its Gregorian aside in parentheses, for running text. */
  rangeText(first: string, last: string): string {
    const { main, aside } = this.range(first, last);
    return aside === undefined ? main : `${main} (${aside})`;
  }

  /** A template's `{name}` slots filled; a slot without a value stays as written. */
  fill(template: string, values: Record<string, string>): string {
    return template.replace(/\{(\w+)\}/g, (slot, name: string) => values[name] ?? slot);
  }
}

type Ymd = [number, number, number];

function span([y1, m1, d1]: Ymd, [y2, m2, d2]: Ymd, months: readonly string[]): string {
  if (y1 === y2 && m1 === m2) return `${d1}–${d2} ${months[m2 - 1]} ${y2}`;
  if (y1 === y2) return `${d1} ${months[m1 - 1]} – ${d2} ${months[m2 - 1]} ${y2}`;
  return `${d1} ${months[m1 - 1]} ${y1} – ${d2} ${months[m2 - 1]} ${y2}`;
}
