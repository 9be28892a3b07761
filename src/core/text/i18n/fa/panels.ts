// Persian messages of the panels section: the ids and placeholders of en/panels.ts. Values from the
// file (ids, titles, file names) arrive inside bidi isolates; quote them with « » in sentences.
import type { panels as en } from '../en/panels';

export const panels: Record<keyof typeof en, string> = {
  'panels.problem.line': 'خط {line}: {message}',
  'panels.platform.withHandle': '{network} {handle}',
  'panels.platform.withId': '{network} ({id})',
  'panels.network.instagram': 'اینستاگرام',
  'panels.network.facebook': 'فیسبوک',
  'panels.network.x': 'ایکس',
  'panels.network.linkedin': 'لینکدین',
  'panels.network.tiktok': 'تیک‌تاک',
  'panels.network.youtube': 'یوتیوب',
  'panels.network.pinterest': 'پینترست',
  'panels.network.telegram': 'تلگرام',
  'panels.network.threads': 'تردز',
  'panels.network.whatsapp': 'واتس‌اپ',
  'panels.network.aparat': 'آپارات',
  'panels.network.blog': 'وبلاگ',
  'panels.network.newsletter': 'خبرنامه',
  'panels.network.other': 'سایر',
  'panels.title.calendar': 'تقویم: {name}',
  'panels.title.trends': 'روندها: {name}',
  'panels.series.question': 'پست «{title}» تکرار می‌شود: {words}. فقط پستِ {from} جابه‌جا شود یا همهٔ تکرارها؟',
  'panels.series.detail':
    'فقط همین پست: تکرارِ {from} از برنامه کنار می‌رود و پستی جداگانه در {to} منتشر می‌شود. همهٔ تکرارها: همهٔ تاریخ‌های این پست به همان اندازه جابه‌جا می‌شوند.',
  'panels.series.one': 'فقط همین پست',
  'panels.series.all': 'همهٔ تکرارها',
  'panels.csv.copied': 'جدول به‌صورت CSV در کلیپ‌بورد کپی شد.',
  'panels.edit.unparsed':
    'فایل «{file}» خوانده نمی‌شود، پس تقویم نمی‌تواند آن را تغییر دهد. اول فایل را درست کنید.',
  'panels.report.title': 'گزارش: {name}',
};
