// What the engine says, as data: a message is an id in the catalogs (text/i18n/en, text/i18n/fa) and
// its arguments. It becomes text only at the edge (`render`), in the language and calendar system
// the adapter chose, so the core's findings, hovers and CodeLens are the same data in every language.
//
// The catalogs are ICU MessageFormat (plural, select, `#`), parsed by FormatJS's parser; the
// arguments are formatted here rather than by Intl's message runtime, so that numbers and dates
// follow the file's language and calendar system (Persian digits, Solar Hijri dates with the
// Gregorian date beside) and every value from the file or the YAML (ids, codes, titles, field names)
// sits inside a bidi isolate (U+2068…U+2069) in right-to-left text. Apostrophes are plain text in our
// catalogs: the English messages quote field names as 'title', which ICU would read as escapes.
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { CalendarSystem } from '../../protocol';
import type { Language } from '../words';
import { LocaleFormat } from './locale-format';
import { CATALOGS, type MessageId } from './catalog';

export type { MessageId };

/**
 * An argument of a message:
 * - a string: a value from the file or the YAML (an id, a field name, a title), shown as written;
 * - a number: a count, written as `${n}` would (no grouping), in the language's digits;
 * - `{ num, unit }`: a figure as a marketer reads it, unit optional ("5,150 followers", "12.5");
 * - `{ change }`: a change in percent ("+7.5%"); `{ pct }`: a fraction as a percentage ("62%");
 * - `{ date }`: a day (YYYY-MM-DD) in the calendar system, `{ from, to }`: a span of days;
 *   `{ month }`: a month (YYYY-MM) as the metrics record it;
 * - `{ list }`: values joined by commas ("a, b, c"; Persian "،"); with `type` as the language
 *   joins them in a sentence (Intl.ListFormat: "a, b, and c");
 * - `{ word }`: a word already in the reader's language (a status, a verdict from WORDS): no isolate;
 * - a `Message`: a phrase rendered in the same language.
 */
export type Arg =
  | string
  | number
  | Message
  | { num: number; unit?: string }
  | { change: number }
  | { pct: number }
  | { date: string }
  | { from: string; to: string }
  | { month: string }
  | { word: string }
  | { list: readonly Arg[]; type?: 'and' | 'or' };

export type Args = Readonly<Record<string, Arg>>;

export interface Message {
  id: MessageId;
  args?: Args;
}

/** A message: `msg('ref.unknown', { kind, id })`. */
export function msg(id: MessageId, args?: Args): Message {
  return args ? { id, args } : { id };
}

/** Where a message is read: its language and the file's calendar system. */
export interface RenderContext {
  language: Language;
  calendar?: CalendarSystem;
  /**
   * No isolates around values (text another program reads, such as an iCalendar description, where
   * a link with U+2069 after it would break): false. Default true.
   */
  isolates?: boolean;
}

export const ENGLISH: RenderContext = { language: 'en', calendar: 'gregorian' };

const FSI = '\u2068';
const PDI = '\u2069';
/** Stands for an apostrophe while ICU parses, so that it is never an escape. */
const APOSTROPHE = '\ue000';

const parsedCache = new Map<string, MessageFormatElement[]>();

/** A catalog text parsed, apostrophes kept as they are. */
export function parseCatalogText(text: string): MessageFormatElement[] {
  return parse(text.replace(/'/g, APOSTROPHE), { ignoreTag: true });
}

function elements(language: Language, id: MessageId): MessageFormatElement[] {
  const key = `${language}\u0000${id}`;
  let els = parsedCache.get(key);
  if (!els) {
    // An id missing from a catalog (a type error, caught by the tests) still says something.
    const text = CATALOGS[language][id] ?? CATALOGS.en[id] ?? String(id);
    els = parseCatalogText(text);
    parsedCache.set(key, els);
  }
  return els;
}

const formats = new Map<string, LocaleFormat>();
function formatFor(ctx: RenderContext): LocaleFormat {
  const key = `${ctx.language}|${ctx.calendar ?? 'gregorian'}`;
  let f = formats.get(key);
  if (!f) {
    f = new LocaleFormat(ctx.language, ctx.calendar ?? 'gregorian');
    formats.set(key, f);
  }
  return f;
}

const pluralRules = new Map<string, Intl.PluralRules>();
/** The plural category of a number: cardinal ("1 day") or ordinal (selectordinal: "2nd"). */
function plural(language: Language, n: number, type: 'cardinal' | 'ordinal'): string {
  const key = `${language}|${type}`;
  let rules = pluralRules.get(key);
  if (!rules) {
    rules = new Intl.PluralRules(language, { type });
    pluralRules.set(key, rules);
  }
  return rules.select(n);
}

function isMessage(a: Arg): a is Message {
  return typeof a === 'object' && a !== null && 'id' in a && typeof a.id === 'string';
}

/** The text of a message in a language. */
export function render(message: Message, ctx: RenderContext = ENGLISH): string {
  return renderElements(elements(ctx.language, message.id), message.args ?? {}, ctx, undefined);
}

/** Whether a value needs an isolate: right-to-left text around it, or right-to-left text in it. */
function isolate(text: string, ctx: RenderContext): string {
  return ctx.language === 'fa' && text !== '' && ctx.isolates !== false ? `${FSI}${text}${PDI}` : text;
}

/** A formatted date, or the text as written (isolated) when it is not a real day. */
function dated(text: string, written: string, ctx: RenderContext): string {
  return text === written ? isolate(written, ctx) : text;
}

function renderArg(arg: Arg | undefined, ctx: RenderContext, name: string): string {
  const f = formatFor(ctx);
  if (arg === undefined) return `{${name}}`;
  if (typeof arg === 'string') return isolate(arg, ctx);
  if (typeof arg === 'number') return f.count(arg);
  // Whatever else reaches here from untyped data (null, a boolean, a stray object) is said as text:
  // rendering never throws.
  if (arg === null || typeof arg !== 'object') return isolate(String(arg), ctx);
  if (isMessage(arg)) return render(arg, ctx);
  // A unit is the file's own word ("followers", «نفر»): isolated like any value from the file.
  if ('num' in arg)
    return arg.unit === undefined || arg.unit === '' || arg.unit === '%'
      ? f.withUnit(arg.num, arg.unit)
      : `${f.number(arg.num)} ${isolate(arg.unit, ctx)}`;
  if ('change' in arg) return f.change(arg.change);
  if ('pct' in arg) return f.percent(arg.pct);
  if ('date' in arg) return dated(f.dateText(arg.date), arg.date, ctx);
  if ('from' in arg) return f.rangeText(arg.from, arg.to);
  if ('month' in arg) return f.month(arg.month);
  if ('word' in arg) return arg.word;
  const list: unknown = (arg as { list?: unknown }).list;
  if (!Array.isArray(list)) return isolate(JSON.stringify(arg), ctx);
  const items = (list as Arg[]).map((a) => renderArg(a, ctx, name));
  if (arg.type === undefined) return items.join(ctx.language === 'fa' ? '، ' : ', ');
  return listFormat(ctx.language, arg.type).format(items);
}

const lists = new Map<string, Intl.ListFormat>();
function listFormat(language: Language, type: 'and' | 'or'): Intl.ListFormat {
  const key = `${language}|${type}`;
  let l = lists.get(key);
  if (!l) {
    l = new Intl.ListFormat(language, { type: type === 'and' ? 'conjunction' : 'disjunction' });
    lists.set(key, l);
  }
  return l;
}

function numeric(arg: Arg | undefined): number | undefined {
  if (typeof arg === 'number') return arg;
  if (arg && typeof arg === 'object' && 'num' in arg) return arg.num;
  return undefined;
}

function renderElements(
  els: readonly MessageFormatElement[],
  args: Args,
  ctx: RenderContext,
  pound: Arg | undefined,
): string {
  let out = '';
  for (const el of els) {
    switch (el.type) {
      case TYPE.literal:
        out += el.value.replace(/\ue000/g, "'");
        break;
      case TYPE.argument:
      case TYPE.number:
      case TYPE.date:
      case TYPE.time:
        out += renderArg(args[el.value], ctx, el.value);
        break;
      case TYPE.pound:
        out += pound === undefined ? '#' : renderArg(numeric(pound) ?? pound, ctx, '#');
        break;
      case TYPE.plural: {
        const arg = args[el.value];
        const n = numeric(arg) ?? 0;
        const option =
          el.options[`=${n}`] ??
          el.options[
            plural(ctx.language, n - el.offset, el.pluralType === 'ordinal' ? 'ordinal' : 'cardinal')
          ] ??
          el.options.other;
        out += option ? renderElements(option.value, args, ctx, arg) : '';
        break;
      }
      case TYPE.select: {
        // A select chooses by a word or a number; any other argument takes 'other'.
        const arg = args[el.value];
        const key = typeof arg === 'string' || typeof arg === 'number' ? String(arg) : 'other';
        const option = el.options[key] ?? el.options.other;
        out += option ? renderElements(option.value, args, ctx, pound) : '';
        break;
      }
      case TYPE.tag:
        out += renderElements(el.children, args, ctx, pound);
        break;
    }
  }
  return out;
}

/** The argument names a catalog text uses (its placeholders), for the catalogs' tests. */
export function placeholders(text: string): string[] {
  const names = new Set<string>();
  const walk = (els: readonly MessageFormatElement[]) => {
    for (const el of els) {
      if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
      if (el.type === TYPE.tag) {
        walk(el.children);
        continue;
      }
      names.add(el.value);
      if (el.type === TYPE.plural || el.type === TYPE.select)
        for (const o of Object.values(el.options)) walk(o.value);
    }
  };
  walk(parseCatalogText(text));
  return [...names].sort();
}

const RLI = '\u2067';

/**
 * A message as one line of its own (a finding in the Problems panel, a line of the CLI): in
 * right-to-left languages inside a right-to-left isolate, so that its punctuation and its Latin
 * values keep their places in a left-to-right list or terminal.
 */
export function renderLine(message: Message, ctx: RenderContext = ENGLISH): string {
  const text = render(message, ctx);
  return ctx.language === 'fa' ? `${RLI}${text}${PDI}` : text;
}
