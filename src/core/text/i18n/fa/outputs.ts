// Persian messages of the outputs section: the ids and placeholders of en/outputs.ts. Values from the file
// (ids, fields, titles) arrive inside bidi isolates; quote them with « ».
import type { outputs as en } from '../en/outputs';

export const outputs: Record<keyof typeof en, string> = {
  'ics.status': 'وضعیت: {status}',
  'ics.repeats': 'تکرار: {words}',
  'ics.type': 'نوع: {type}',
  'ics.goal': 'هدف: {goal}',
  'ics.goalTitled': 'هدف: {title} ({goal})',
  'ics.campaign': 'کمپین: {campaign}',
  'ics.link': 'پیوند: {link}',
  'ics.notes': 'یادداشت: {notes}',
  'ics.calendarName': 'تقویم محتوا',
  'ics.untitled': 'پست بی‌عنوان',
};
