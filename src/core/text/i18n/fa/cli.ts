// Persian messages of the command-line tool's text output: the ids and placeholders of en/cli.ts.
// Values from the file (ids, fields, titles) arrive inside bidi isolates; quote them with « ».
import type { cli as en } from '../en/cli';

export const cli: Record<keyof typeof en, string> = {
  'cli.lint.clean': 'هیچ مشکلی در {files, plural, other {# فایل}} نیست',
  'cli.lint.notesOnly':
    'هیچ خطا یا هشداری در {files, plural, other {# فایل}} نیست ({notes, plural, other {# یادداشت}})',
  'cli.lint.problems': '{problems, plural, other {# مشکل}} ({counts}) در {files, plural, other {# فایل}}',
  'cli.lint.errors': '{n, plural, other {# خطا}}',
  'cli.lint.warnings': '{n, plural, other {# هشدار}}',
  'cli.lint.infos': '{n, plural, other {# یادداشت}}',
  'cli.lint.fixed': '{n, plural, other {# مشکل}} در {file} درست شد:',
  'cli.trends.noMetrics': 'هنوز هیچ شاخصی مقدار ندارد.',
  'cli.trends.noGoals': 'هیچ هدفی با شاخصی تعریف‌شده سنجیده نمی‌شود.',
  'cli.calendar.wrote':
    '{events, plural, other {# رویداد}} در {target} نوشته شد{skipped, plural, =0 {} other { (# پست بدون تاریخ درست کنار گذاشته شد)}}',
  'cli.calendar.stdout': 'خروجی استاندارد',
  'cli.import.nothing': 'چیزی برای نوشتن در {file} نیست: شاخص‌هایش مقدار این ماه‌ها را دارند.',
  'cli.import.wrote': '{n, plural, other {# مقدار ماهانه}} در {file} نوشته شد:',
  'cli.import.wouldWrite': '{n, plural, other {# مقدار ماهانه}} در {file} نوشته می‌شد:',
  'cli.import.conflicts':
    '{n, plural, other {# مقدار}} که خروجی آمار با آن‌ها فرق دارد نگه داشته شد ({option} جایگزینشان می‌کند):',
  'cli.import.conflict': 'در فایل {file} است و در خروجی آمار {csv}',
  'cli.import.partial':
    '{n, plural, other {# ماه}} که خروجی آمار تا روز آخرش را ندارد کنار گذاشته شد ({option} واردشان می‌کند):',
  'cli.import.unmatched':
    'ستون‌هایی که هیچ شاخصی برنمی‌دارد (برای وارد کردن یکی، «{hint}» را به شاخصی بیفزایید): {columns}',
  'cli.review.added': 'بازبینی {month} به {file} افزوده شد؛ اقدام‌هایش را بنویسید.',
};
