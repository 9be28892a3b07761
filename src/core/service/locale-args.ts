// The figures, days and months a hover, a CodeLens, a view or an edit's message names, as message
// arguments. An English reader of a Gregorian file sees them as the editor always wrote them (the
// file's own `2027-06-30`, `12,000 followers`); every other reading gets the language's digits and the
// file's calendar (a Persian file: Solar Hijri dates with the Gregorian date beside).
import { formatNumber } from '../text/numbers';
import { LocaleFormat } from '../text/i18n/locale-format';
import type { Arg, RenderContext } from '../text/i18n/message';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;

/** An English reading in the Gregorian calendar: values stay as the file writes them. */
function asWritten(ctx: RenderContext): boolean {
  return ctx.language === 'en' && (ctx.calendar ?? 'gregorian') === 'gregorian';
}

/** A day of the file (YYYY-MM-DD): as written in English, else named in the calendar system. */
export function dayArg(iso: string, ctx: RenderContext): Arg {
  return asWritten(ctx) || !DAY.test(iso) ? iso : { date: iso };
}

/** A month of the metrics (YYYY-MM, always Gregorian): as written in English, else by its name. */
export function monthArg(month: string, ctx: RenderContext): Arg {
  return ctx.language === 'en' || !MONTH.test(month) ? month : { month };
}

/** "12,000 followers", "12%": a figure with the metric's unit, in the language's digits. */
export function figureArg(n: number, unit: string | undefined, ctx: RenderContext): Arg {
  if (ctx.language !== 'en') return unit === undefined || unit === '' ? { num: n } : { num: n, unit };
  if (unit === undefined || unit === '') return formatNumber(n);
  return unit === '%' ? `${formatNumber(n)}%` : `${formatNumber(n)} ${unit}`;
}

const formats = new Map<string, LocaleFormat>();

/** Numbers, percentages and separators in the reading's language. */
export function localeFormat(ctx: RenderContext): LocaleFormat {
  const key = `${ctx.language}|${ctx.calendar ?? 'gregorian'}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new LocaleFormat(ctx.language, ctx.calendar ?? 'gregorian')));
  return f;
}

const RLI = '\u2067';
const PDI = '\u2069';

/**
 * Text shown as a line of its own in a left-to-right list (a CodeLens, a view's description, a line
 * of a tooltip): in Persian inside a right-to-left isolate, as renderLine does for a message.
 */
export function asLine(text: string, ctx: RenderContext): string {
  return ctx.language === 'fa' && text !== '' ? `${RLI}${text}${PDI}` : text;
}
