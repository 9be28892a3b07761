// Locale-aware formatting: digits, numbers and dates in the file's language and the calendar system
// the page draws in. The two are independent: an English file drawn in the Solar Hijri calendar reads
// "1 Farvardin 1406" in English words and digits, left to right.
import type { CalendarSystem } from '../../core/protocol';
import { WORDS, type Language } from '../../core/text/words';
import { parseIso } from './dates';
import { strings, type Strings } from './i18n';
import { isoToJalaali } from './persian';

export class Formatter {
  /** The BCP 47 tag Intl formats with: the language itself ('en', 'fa'). */
  readonly locale: string;
  readonly lang: Language;
  readonly rtl: boolean;
  readonly persian: boolean;
  readonly t: Strings;
  /** The locale with the Gregorian calendar forced (fa defaults to the Persian one). */
  readonly gregorianLocale: string;
  /** The Solar Hijri months in the language: Farvardin ... Esfand, or فروردین ... اسفند. */
  private readonly solarMonths: readonly string[];
  private readonly digitMap: string[];
  private readonly numbers = new Map<string, Intl.NumberFormat>();

  constructor(language: Language, calendarSystem: CalendarSystem) {
    this.persian = calendarSystem === 'persian';
    this.lang = language;
    this.locale = language;
    this.rtl = language === 'fa';
    this.t = strings(language);
    this.solarMonths = WORDS[language].report.solarMonths;
    this.gregorianLocale = new Intl.Locale(this.locale, { calendar: 'gregory' }).toString();
    const digits = new Intl.NumberFormat(this.locale, { useGrouping: false });
    this.digitMap = Array.from({ length: 10 }, (_, i) => digits.format(i));
  }

  /** ASCII digits in `text` written with the language's digits. */
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

  /** "4 January 2027"; in the Solar Hijri calendar "14 Dey 1405", or "۱۴ دی ۱۴۰۵" in Persian. */
  dateLong(iso: string): string {
    if (this.persian) {
      const { jy, jm, jd } = isoToJalaali(iso);
      return this.digits(`${jd} ${this.solarMonths[jm - 1]} ${jy}`);
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

  /** The Solar Hijri month containing `iso` and its year: "Farvardin 1406", "فروردین ۱۴۰۶". */
  solarMonth(iso: string): string {
    const { jy, jm } = isoToJalaali(iso);
    return this.digits(`${this.solarMonths[jm - 1]} ${jy}`);
  }

  /** A Gregorian date with explicit options, in the language's digits and script. */
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
