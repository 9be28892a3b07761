// Persian messages of the editor section: the ids and placeholders of en/editor.ts. Values from the file
// (ids, fields, titles) arrive inside bidi isolates; quote them with « ».
import type { editor as en } from '../en/editor';

export const editor: Record<keyof typeof en, string> = {
  'action.fixAll': 'رفع همهٔ مشکلات استراتژی که رفعشان بی‌خطر است',
  'action.disableLine': 'غیرفعال کردن {code} برای این سطر',
  'action.showDocumentation': 'نمایش راهنمای {code}',
  'action.draftReview': 'پیش‌نویس بازبینی ماه',
  'action.moveDate': 'بردن به تاریخی دیگر…',
  'lens.import.title': 'وارد کردن از CSV…',
  'lens.import.tooltip': 'وارد کردن مقدارهای ماهانه از خروجی‌های ابزارهای آماری به مقدارهای شاخص‌ها',
  'rename.notRenamable':
    'فقط شناسهٔ هدف‌های کلان، هدف‌ها، مخاطبان، شبکه‌ها و شاخص‌ها را می‌توان تغییر نام داد.',
};
