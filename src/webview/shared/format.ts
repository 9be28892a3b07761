// Locale-aware formatting: digits, numbers and dates in the user's locale and calendar system.
import type { CalendarSystem } from '../../core/protocol';
import { parseIso } from './dates';
import { strings, type Strings } from './i18n';
import { isoToJalaali, PERSIAN_MONTHS } from './persian';

const RTL_LANGUAGES = new Set(['fa', 'ar', 'he', 'ur', 'ps', 'ckb']);

export class Formatter {
  readonly locale: string;
  readonly lang: 'en' | 'fa';
  readonly rtl: boolean;
  readonly persian: boolean;
  readonly t: Strings;
  /** The locale with the Gregorian calendar forced (fa defaults to the Persian one). */
  readonly gregorianLocale: string;
  private readonly digitMap: string[];
  private readonly numbers = new Map<string, Intl.NumberFormat>();

  constructor(locale: string, calendarSystem: CalendarSystem) {
    this.persian = calendarSystem === 'persian';
    // A Solar Hijri calendar reads in Persian: right to left, Persian digits.
    this.locale = this.persian && !locale.toLowerCase().startsWith('fa') ? 'fa' : locale;
    const language = new Intl.Locale(this.locale).language;
    this.lang = language === 'fa' ? 'fa' : 'en';
    this.rtl = RTL_LANGUAGES.has(language);
    this.t = strings(this.lang);
    this.gregorianLocale = new Intl.Locale(this.locale, { calendar: 'gregory' }).toString();
    const digits = new Intl.NumberFormat(this.locale, { useGrouping: false });
    this.digitMap = Array.from({ length: 10 }, (_, i) => digits.format(i));
  }

  /** ASCII digits in `text` written with the locale's digits. */
  digits(text: string): string {
    return text.replace(/[0-9]/g, (d) => this.digitMap[Number(d)] ?? d);
  }

  number(value: number, options: Intl.NumberFormatOptions = { maximumFractionDigits: 2 }): string {
    const key = JSON.stringify(options);
    let format = this.numbers.get(key);
    if (!format) {
      format = new Intl.NumberFormat(this.locale, options);
      this.numbers.set(key, format);
    }
    return format.format(value);
  }

  /** "4 January 2027", or "۱۴ دی ۱۴۰۵" in the Solar Hijri calendar. */
  dateLong(iso: string): string {
    if (this.persian) {
      const { jy, jm, jd } = isoToJalaali(iso);
      return this.digits(`${jd} ${PERSIAN_MONTHS[jm - 1]} ${jy}`);
    }
    const parts = new Intl.DateTimeFormat(this.gregorianLocale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).formatToParts(parseIso(iso));
    const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
    return `${part('day')} ${part('month')} ${part('year')}`;
  }

  /** A Gregorian date with explicit options, in the locale's digits and script. */
  gregorian(iso: string, options: Intl.DateTimeFormatOptions): string {
    return new Intl.DateTimeFormat(this.gregorianLocale, { ...options, timeZone: 'UTC' }).format(
      parseIso(iso),
    );
  }

  /** A YYYY-MM month of the data (always Gregorian), e.g. "Jan 2027". */
  month(month: string): string {
    return this.gregorian(`${month}-01`, { month: 'short', year: 'numeric' });
  }
}
