// The words users see for a goal's verdict, its SMART letters and the trends' tables and charts, in
// every language the tool speaks: the core's sentences, the editor's views, the CLI and the webviews
// all read them here. A language is one object of English's shape; a unit test fails when one misses
// a key. Pure data with type-only imports, so the webviews import this file too.
import type { PostStatus, Verdict } from '../protocol';

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
  /**
   * The month report (`strategy-lint report`, outputs/report) and the review it drafts
   * (outputs/review.ts). Templates name their values in braces: `{goal}`, `{value}`...
   */
  report: {
    heading: 'Month report',
    overview: 'Overview',
    overviewHelp: 'One row per strategy, the most goals off pace first: start reading at the top.',
    strategy: 'Strategy',
    file: 'File',
    owner: 'Owner',
    period: 'Period',
    month: 'Month',
    prepared: 'Prepared',
    goalsByVerdict: 'Goals by verdict',
    publishedOfPlanned: 'Published / planned',
    offPace: '{count} off pace',
    errors: 'Errors',
    warnings: 'Warnings',
    goalsTile: 'Goals',
    publishedTile: 'Published this month',
    overdueTile: 'Overdue posts',
    findingsTile: 'Errors and warnings',
    ofPlanned: 'of {planned} planned',
    noPlan: 'no cadence planned',
    goals: 'Goals',
    noGoals: 'No goal has a metric to measure it yet.',
    metrics: 'Metrics',
    noMetrics: 'No metric has a value yet.',
    execution: 'Calendar execution',
    executionHelp:
      'Posts dated in the month, each occurrence of a recurring post counted; planned is the weekly cadence over the days of the month inside the period.',
    platform: 'Platform',
    planned: 'Planned',
    posts: 'In the calendar',
    published: 'Published',
    noPlatforms: 'No platforms.',
    overdue: 'Overdue posts',
    overdueHelp: 'Dated before today and neither published nor rejected.',
    noOverdue: 'No overdue posts.',
    date: 'Date',
    title: 'Title',
    status: 'Status',
    findings: 'Findings by code',
    noFindings: 'No findings: the file is clean.',
    code: 'Code',
    severity: 'Severity',
    count: 'Count',
    line: 'Line',
    message: 'Message',
    severities: { error: 'error', warning: 'warning', info: 'note' },
    /** A post's status (the calendar panel's words). */
    statuses: {
      idea: 'idea',
      draft: 'draft',
      'in-review': 'in review',
      approved: 'approved',
      rejected: 'rejected',
      scheduled: 'scheduled',
      published: 'published',
    } satisfies Record<PostStatus, string>,
    review: 'Review',
    draftReview: 'Review (draft)',
    draftNote:
      'Draft: no review in the file looks back on this month yet. It was prepared from the figures; the actions are for you to write.',
    reviewDate: 'Date',
    reviewMonth: 'Looks back on',
    reviewGoals: 'Goals it adjusts',
    reviewFindings: 'What we found',
    reviewActions: 'What will change',
    emptyAction: '(to be written)',
    noActions: 'No actions noted.',
    chartValues: 'Monthly values',
    chartTrend: 'Trend line',
    chartTarget: 'Target at the deadline',
    chartMonth: 'Month',
    chartValue: 'Value',
    chartLast: 'Last value {value} ({month})',
    /** Gregorian month names (the months metric values are recorded in). */
    months: [
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
    ],
    /** Solar Hijri month names, for a file whose calendar system is Persian. */
    solarMonths: [
      'Farvardin',
      'Ordibehesht',
      'Khordad',
      'Tir',
      'Mordad',
      'Shahrivar',
      'Mehr',
      'Aban',
      'Azar',
      'Dey',
      'Bahman',
      'Esfand',
    ],
    /** The drafted review's findings: one sentence per goal and per metric with a value that month. */
    goalForecast:
      '{goal}: {value} in {month}, target {target} by {deadline}; at the current trend {forecast} ({verdict}).',
    goalNoForecast: '{goal}: {value} in {month}, target {target} by {deadline} ({verdict}).',
    goalNoTarget: '{goal}: {value} in {month} ({verdict}).',
    metricChange: '{metric}: {value} in {month}, {change} on {previousMonth}.',
    metricFirst: '{metric}: {value} in {month}.',
  },
};

export type Words = typeof en;

const fa: Words = {
  verdicts: {
    achieved: 'محقق شده',
    'insufficient-data': 'هنوز دادهٔ کافی نیست',
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
  report: {
    heading: 'گزارش ماهانه',
    overview: 'نمای کلی',
    overviewHelp: 'هر استراتژی یک سطر، آن که هدف‌های بیشتری از برنامه عقب دارد بالاتر: از بالا شروع کنید.',
    strategy: 'استراتژی',
    file: 'فایل',
    owner: 'مسئول',
    period: 'بازه',
    month: 'ماه',
    prepared: 'تاریخ گزارش',
    goalsByVerdict: 'هدف‌ها بر پایهٔ ارزیابی',
    publishedOfPlanned: 'منتشرشده / برنامه',
    offPace: '{count} عقب از برنامه',
    errors: 'خطا',
    warnings: 'هشدار',
    goalsTile: 'هدف‌ها',
    publishedTile: 'منتشرشده در این ماه',
    overdueTile: 'پست‌های عقب‌افتاده',
    findingsTile: 'خطا و هشدار',
    ofPlanned: 'از {planned} پست برنامه',
    noPlan: 'بدون برنامهٔ هفتگی',
    goals: 'هدف‌ها',
    noGoals: 'هنوز هیچ هدفی شاخصی برای سنجش ندارد.',
    metrics: 'شاخص‌ها',
    noMetrics: 'هنوز هیچ شاخصی مقدار ندارد.',
    execution: 'اجرای تقویم',
    executionHelp:
      'پست‌هایی که تاریخشان در این ماه است، با شمردن هر نوبت از پست‌های تکرارشونده؛ برنامه یعنی تعداد پست در هفته برای روزهایی از ماه که درون بازهٔ استراتژی است.',
    platform: 'شبکه',
    planned: 'برنامه',
    posts: 'در تقویم',
    published: 'منتشرشده',
    noPlatforms: 'هیچ شبکه‌ای تعریف نشده است.',
    overdue: 'پست‌های عقب‌افتاده',
    overdueHelp: 'تاریخشان گذشته و نه منتشر شده‌اند و نه کنار گذاشته شده‌اند.',
    noOverdue: 'پست عقب‌افتاده‌ای نیست.',
    date: 'تاریخ',
    title: 'عنوان',
    status: 'وضعیت',
    findings: 'یافته‌های بررسی بر پایهٔ کد',
    noFindings: 'یافته‌ای نیست: فایل پاکیزه است.',
    code: 'کد',
    severity: 'شدت',
    count: 'تعداد',
    line: 'سطر',
    message: 'پیام',
    severities: { error: 'خطا', warning: 'هشدار', info: 'یادداشت' },
    statuses: {
      idea: 'ایده',
      draft: 'پیش‌نویس',
      'in-review': 'در حال بررسی',
      approved: 'تأییدشده',
      rejected: 'ردشده',
      scheduled: 'زمان‌بندی‌شده',
      published: 'منتشرشده',
    },
    review: 'بازبینی',
    draftReview: 'بازبینی (پیش‌نویس)',
    draftNote:
      'پیش‌نویس: هنوز هیچ بازبینی‌ای در فایل به این ماه نمی‌پردازد. این متن از روی ارقام آماده شده و نوشتن اقدام‌ها با شماست.',
    reviewDate: 'تاریخ',
    reviewMonth: 'ماه بازبینی‌شده',
    reviewGoals: 'هدف‌هایی که اصلاح می‌شوند',
    reviewFindings: 'یافته‌ها',
    reviewActions: 'آنچه تغییر می‌کند',
    emptyAction: '(نوشته شود)',
    noActions: 'اقدامی ثبت نشده است.',
    chartValues: 'مقدار ماهانه',
    chartTrend: 'خط روند',
    chartTarget: 'مقصد در مهلت',
    chartMonth: 'ماه',
    chartValue: 'مقدار',
    chartLast: 'آخرین مقدار {value} ({month})',
    months: [
      'ژانویه',
      'فوریه',
      'مارس',
      'آوریل',
      'مه',
      'ژوئن',
      'ژوئیه',
      'اوت',
      'سپتامبر',
      'اکتبر',
      'نوامبر',
      'دسامبر',
    ],
    solarMonths: [
      'فروردین',
      'اردیبهشت',
      'خرداد',
      'تیر',
      'مرداد',
      'شهریور',
      'مهر',
      'آبان',
      'آذر',
      'دی',
      'بهمن',
      'اسفند',
    ],
    goalForecast:
      '{goal}: {value} در {month}، مقصد {target} تا {deadline}؛ با روند کنونی {forecast} ({verdict}).',
    goalNoForecast: '{goal}: {value} در {month}، مقصد {target} تا {deadline} ({verdict}).',
    goalNoTarget: '{goal}: {value} در {month} ({verdict}).',
    metricChange: '{metric}: {value} در {month}، {change} نسبت به {previousMonth}.',
    metricFirst: '{metric}: {value} در {month}.',
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
