// The words users see for a goal's verdict, its SMART letters and the trends' tables and charts, in
// every language the tool speaks: the core's sentences, the editor's views, the CLI and the webviews
// all read them here. A language is one object of English's shape; a unit test fails when one misses
// a key. Pure data with type-only imports, so the webviews import this file too.
import type { Verdict } from '../protocol';

export type Language = 'en' | 'fa';

/** SMART's letters, one rule each (smart/specific ... smart/time-bound). */
export type SmartLetter = 'S' | 'M' | 'A' | 'R' | 'T';

/** How closely a metric's monthly values follow its trend line, by R². */
export type Steadiness = 'steady' | 'fairly' | 'unsteady';

const en = {
  verdicts: {
    achieved: 'achieved',
    'insufficient-data': 'not enough data yet',
    'on-track': 'on track',
    'at-risk': 'at risk',
    'off-track': 'off track',
  } satisfies Record<Verdict, string>,
  smart: {
    S: 'specific',
    M: 'measurable',
    A: 'achievable',
    R: 'relevant',
    T: 'time-bound',
  } satisfies Record<SmartLetter, string>,
  /** Headings, columns and chart series, in sentence case (the CLI lower-cases a column's first letter). */
  trends: {
    metrics: 'Metrics',
    goals: 'Goals',
    metric: 'Metric',
    goal: 'Goal',
    name: 'Name',
    title: 'Title',
    last: 'Last',
    previous: 'Previous',
    mom: 'Change vs last month',
    slope: 'Trend per month',
    /** R² as a number (the CLI). */
    r2: 'Trend fit (R²)',
    /** R² as a steadiness word (the trends panel). */
    steadiness: 'How steady',
    steadinessHelp:
      'How closely the monthly values follow the trend line, by R² (1 is a straight line): steady from 0.8, fairly steady from 0.5, unsteady below.',
    ma3: '3-month average',
    series: 'Series',
    baseline: 'Baseline',
    target: 'Target',
    deadline: 'Deadline',
    forecast: 'Forecast',
    progress: 'Progress',
    verdict: 'Verdict',
    values: 'Values',
    trendLine: 'Trend line',
    projection: 'Projection',
  },
  steadiness: {
    steady: 'steady',
    fairly: 'fairly steady',
    unsteady: 'unsteady',
  } satisfies Record<Steadiness, string>,
};

export type Words = typeof en;

const fa: Words = {
  verdicts: {
    achieved: 'محقق شده',
    'insufficient-data': 'هنوز داده کافی نیست',
    'on-track': 'در مسیر',
    'at-risk': 'در خطر',
    'off-track': 'خارج از مسیر',
  },
  smart: {
    S: 'مشخص',
    M: 'قابل‌اندازه‌گیری',
    A: 'دست‌یافتنی',
    R: 'مرتبط',
    T: 'زمان‌دار',
  },
  trends: {
    metrics: 'شاخص‌ها',
    goals: 'هدف‌ها',
    metric: 'شاخص',
    goal: 'هدف',
    name: 'نام',
    title: 'عنوان',
    last: 'آخرین',
    previous: 'قبلی',
    mom: 'تغییر نسبت به ماه قبل',
    slope: 'روند در هر ماه',
    r2: 'برازش روند (R²)',
    steadiness: 'ثبات روند',
    steadinessHelp:
      'مقدارهای ماهانه چقدر به خط روند نزدیک‌اند، بر پایه R² (۱ یعنی کاملاً روی خط): از ۰٫۸ پایدار، از ۰٫۵ نسبتاً پایدار، کمتر از آن ناپایدار.',
    ma3: 'میانگین ۳ ماهه',
    series: 'مقدارهای ماهانه',
    baseline: 'مبنا',
    target: 'مقصد',
    deadline: 'مهلت',
    forecast: 'پیش‌بینی',
    progress: 'پیشرفت',
    verdict: 'ارزیابی',
    values: 'مقدارها',
    trendLine: 'خط روند',
    projection: 'پیش‌بینی',
  },
  steadiness: {
    steady: 'پایدار',
    fairly: 'نسبتاً پایدار',
    unsteady: 'ناپایدار',
  },
};

export const WORDS: Readonly<Record<Language, Words>> = { en, fa };

/** The language of a BCP 47 locale ("fa-IR" is Persian); English for every other. */
export function languageOf(locale: string): Language {
  return languageOfLocale(locale) ?? 'en';
}

/** The language of a locale tag as LANG or VS Code write it (`fa_IR.UTF-8`, `fa-IR`, `en`), if we speak it. */
export function languageOfLocale(tag: string | undefined): Language | undefined {
  const head = tag
    ?.trim()
    .toLowerCase()
    .split(/[-_.@]/)[0];
  return head === 'fa' ? 'fa' : head === 'en' ? 'en' : undefined;
}
