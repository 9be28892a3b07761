// The content calendar as iCalendar (RFC 5545) text, for import into Google Calendar, Outlook, Apple
// Calendar. ical-generator escapes text and folds lines at 75 octets without splitting a UTF-8 character.
import ical, { escape, ICalEventStatus } from 'ical-generator';
import type { Entity, Post, StrategyModel } from '../engine/model';
import { findPlatform, isTime, networkName } from '../domain/platforms';
import { dayNumber, dayString, periodDays, weekday } from '../domain/dates';
import { isRecurring, MAX_OCCURRENCES, occurrenceDays, WEEKDAYS } from '../domain/occurrences';
import { repeatWords } from '../domain/repeat-words';
import { fileCalendarSystem, fileLanguage } from '../domain/locale';
import { msg, render, type Message, type RenderContext } from '../text/i18n/message';
import { WORDS, type Language } from '../text/words';
import type { PostStatus } from '../protocol';

export interface ICalendarOptions {
  /** The calendar's name; defaults to the strategy's `name`. */
  name?: string;
  /** DTSTAMP of every event; pass a fixed date for reproducible output. Defaults to the current time. */
  now?: Date;
  /** The part of each UID after `@`. */
  uidDomain?: string;
  /** The language of the events' descriptions; default the file's own, else English. */
  language?: Language;
}

/** Characters some readers take for a line break (Python's icalendar splits on all of them). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const LINE_BREAKS = /\r\n|[\r\n\u000b\u000c\u001c-\u001e\u0085\u2028\u2029]/g;
/** Control characters RFC 5545 TEXT does not allow (it allows the tab). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;

/**
 * Text from the file, safe in any TEXT property: every kind of line break becomes a newline (which the
 * library writes as `\n`), other control characters are dropped. A name or a title can then never
 * end its line and start a property or an event of its own.
 */
function safeText(value: string): string {
  return value.replace(LINE_BREAKS, '\n').replace(CONTROLS, '');
}

const MS_PER_DAY = 86_400_000;
const POST_MINUTES = 30;

/**
 * Published and scheduled posts are settled (CONFIRMED); ideas and drafts may still move or vanish
 * (TENTATIVE), which calendar apps show as such.
 */
const STATUS: Record<string, ICalEventStatus> = {
  idea: ICalEventStatus.TENTATIVE,
  draft: ICalEventStatus.TENTATIVE,
  'in-review': ICalEventStatus.TENTATIVE,
  approved: ICalEventStatus.TENTATIVE,
  rejected: ICalEventStatus.CANCELLED,
  scheduled: ICalEventStatus.CONFIRMED,
  published: ICalEventStatus.CONFIRMED,
};

/** Two 64-bit FNV-1a hashes (different offset bases) over UTF-16 code units, each finished with
 * MurmurHash3's fmix64 so that near-identical inputs ("... 1", "... 2") look nothing alike: 32 hex digits. */
function hash128(text: string): string {
  const prime = 0x100000001b3n;
  const mask = 0xffffffffffffffffn;
  let a = 0xcbf29ce484222325n;
  let b = 0x84222325cbf29ce4n;
  for (let i = 0; i < text.length; i++) {
    const c = BigInt(text.charCodeAt(i));
    a = ((a ^ c) * prime) & mask;
    b = ((b ^ c) * prime) & mask;
  }
  const fmix = (h: bigint): bigint => {
    h = ((h ^ (h >> 33n)) * 0xff51afd7ed558ccdn) & mask;
    h = ((h ^ (h >> 33n)) * 0xc4ceb9fe1a85ec53n) & mask;
    return h ^ (h >> 33n);
  };
  return fmix(a).toString(16).padStart(16, '0') + fmix(b).toString(16).padStart(16, '0');
}

/**
 * A post's UID must survive re-exports so that importing again updates events instead of duplicating
 * them, and a rescheduled post (new date or time) must keep it. So the UID hashes what identifies a post
 * apart from when it happens: the strategy's name (two clients' calendars in one app must not collide),
 * the platform, the title, and the occurrence number of that platform + title pair in the list (a
 * weekly "Tip of the week" is several posts). Renaming a post, or the strategy, makes it a new event.
 */
function postUids(model: StrategyModel, domain: string): Map<number, string> {
  const occurrences = new Map<string, number>();
  const uids = new Map<number, string>();
  for (const post of model.calendar) {
    const key = [model.name ?? '', post.value.platform ?? '', post.value.title ?? ''].join('\u0000');
    const n = (occurrences.get(key) ?? 0) + 1;
    occurrences.set(key, n);
    uids.set(post.index, `${hash128(`${key}\u0000${n}`)}@${domain}`);
  }
  return uids;
}

/** "Instagram" when one platform uses that network, "Instagram (ig)" when several do, else the id. */
function summaryLabel(model: StrategyModel, id: string): string {
  const network = findPlatform(model, id)?.value.network;
  if (network === undefined) return id;
  const name = networkName(network) ?? network;
  const shared = model.platforms.filter((p) => p.value.network === network).length > 1;
  return shared ? `${name} (${id})` : name;
}

/** The event's description, a line a field, in the file's language. */
function description(model: StrategyModel, post: Post, status: string, ctx: RenderContext): string {
  const statusWord =
    ctx.language === 'en' ? status : (WORDS[ctx.language].report.statuses[status as PostStatus] ?? status);
  const lines: Message[] = [msg('ics.status', { status: { word: statusWord } })];
  const words = repeatWords(post, model);
  if (words !== undefined) lines.push(msg('ics.repeats', { words }));
  if (post.type) lines.push(msg('ics.type', { type: post.type }));
  if (post.goal) {
    const goal = model.goals.find((g) => g.value.id === post.goal)?.value;
    lines.push(
      goal?.title
        ? msg('ics.goalTitled', { title: goal.title, goal: post.goal })
        : msg('ics.goal', { goal: post.goal }),
    );
  }
  if (post.campaign) lines.push(msg('ics.campaign', { campaign: post.campaign }));
  if (post.link) lines.push(msg('ics.link', { link: post.link }));
  if (post.notes) lines.push(msg('ics.notes', { notes: post.notes }));
  return lines.map((line) => render(line, ctx)).join('\n');
}

/**
 * One VEVENT per post with a valid date: an all-day event without a time, else a 30-minute event in
 * floating time (no time zone: "09:00" means nine in the morning wherever the reader is). A recurring
 * post is one VEVENT with an RRULE and EXDATEs whose expansion is `domain/occurrences.ts`'s.
 */
export function toICalendar(model: StrategyModel, opts: ICalendarOptions = {}): string {
  // Plain text for calendar apps: no isolates (a link followed by U+2069 would not open).
  const ctx: RenderContext = {
    language: opts.language ?? fileLanguage(model) ?? 'en',
    calendar: fileCalendarSystem(model),
    isolates: false,
  };
  const cal = ical({
    // The library writes NAME and X-WR-CALNAME as given; every other text property it escapes itself.
    name: escape(safeText(opts.name ?? model.name ?? render(msg('ics.calendarName'), ctx)), false),
    prodId: { company: 'strategy-as-code', product: 'strategy-lint', language: 'EN' },
  });
  const stamp = opts.now ?? new Date();
  const uids = postUids(model, opts.uidDomain ?? 'strategy-as-code');
  for (const entity of model.calendar) addEvent(cal, model, entity, uids.get(entity.index)!, stamp, ctx);
  const text = cal.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}

function addEvent(
  cal: ReturnType<typeof ical>,
  model: StrategyModel,
  { value: post }: Entity<Post>,
  uid: string,
  stamp: Date,
  ctx: RenderContext,
): void {
  const day = dayNumber(post.date);
  if (day === undefined) return;
  const status =
    post.status !== undefined && Object.prototype.hasOwnProperty.call(STATUS, post.status)
      ? post.status
      : 'idea';
  const platform = post.platform;
  const title = post.title ?? render(msg('ics.untitled'), ctx);
  const network = networkName(findPlatform(model, platform)?.value.network);
  const categories = [network ?? platform, status].filter((c): c is string => !!c);
  // UTC fields of these Dates carry the wall-clock values; ical-generator writes floating and all-day
  // values from the UTC fields, so the host's time zone never enters.
  const timed = isTime(post.time);
  const start = timed
    ? new Date(
        day * MS_PER_DAY + (Number(post.time!.slice(0, 2)) * 60 + Number(post.time!.slice(3))) * 60_000,
      )
    : new Date(day * MS_PER_DAY);
  const end = timed ? new Date(start.getTime() + POST_MINUTES * 60_000) : new Date((day + 1) * MS_PER_DAY);
  const repeating = recurrence(post, day, timed ? post.time! : undefined, model);
  cal.createEvent({
    id: uid,
    ...(repeating ? { repeating } : {}),
    stamp,
    start,
    end,
    allDay: !timed,
    floating: timed,
    summary: safeText(platform ? `[${summaryLabel(model, platform)}] ${title}` : title),
    description: safeText(description(model, post, status, ctx)),
    categories: categories.map((name) => ({ name: safeText(name) })),
    status: STATUS[status],
    ...(post.link ? { location: safeText(post.link), url: safeText(post.link) } : {}),
  });
}

const FREQ: Record<string, string> = { day: 'DAILY', week: 'WEEKLY', month: 'MONTHLY' };

/** A day as iCalendar writes it: `20270630` all day, `20270630T090000` at a floating time. */
function icsDate(day: number, time: string | undefined): string {
  const date = dayString(day).replace(/-/g, '');
  return time === undefined ? date : `${date}T${time.slice(0, 2)}${time.slice(3, 5)}00`;
}

/**
 * The RRULE (and EXDATE, RDATE) lines of a recurring post, written by hand: ical-generator's
 * `repeating` object writes UNTIL as a UTC date-time even for an all-day event, where RFC 5545 wants a
 * DATE like DTSTART's. The series ends where the expansion does: at `count` when it is reached, else
 * at the earliest of `until` and the period's end, else (the safety net) after MAX_OCCURRENCES.
 */
function recurrence(
  post: Post,
  start: number,
  time: string | undefined,
  model: StrategyModel,
): string | undefined {
  if (!isRecurring(post)) return undefined;
  const r = post.repeat!;
  const periodEnd = periodDays(model.period)?.end;
  // The series before `except`: COUNT and EXDATE work on it, as `count` and `except` do.
  const series = occurrenceDays({ ...post, repeat: { ...r, except: [] } }, periodEnd).map((o) => o.day);
  const parts = [`FREQ=${FREQ[r.every!]}`];
  const interval = Number.isInteger(r.interval) && r.interval! >= 1 ? r.interval! : 1;
  if (interval > 1) parts.push(`INTERVAL=${interval}`);
  // A weekly series whose date is not on one of its weekdays: RFC 5545 calls such a DTSTART
  // unsynchronized and readers differ (ical.js and others leave it out, and then COUNT counts one
  // more weekday). So the date is also an RDATE and the series ends by UNTIL: the same days for all.
  let synchronized = true;
  if (r.every === 'week') {
    const on = WEEKDAYS.filter((d) => r.on?.includes(d));
    if (on.length) parts.push(`BYDAY=${on.map((d) => d.slice(0, 2).toUpperCase()).join(',')}`);
    synchronized = !on.length || on.includes(WEEKDAYS[weekday(start)]);
    // ISO weeks, as the expansion counts them (also iCalendar's default; said for an INTERVAL).
    if (interval > 1) parts.push('WKST=MO');
  }
  const count = Number.isInteger(r.count) && r.count! >= 1 ? r.count! : undefined;
  const ends = [dayNumber(r.until), periodEnd].filter((d): d is number => d !== undefined);
  const end = ends.length ? Math.min(...ends) : undefined;
  if (!synchronized) parts.push(`UNTIL=${icsDate(series[series.length - 1], time)}`);
  else if (count !== undefined && series.length === count) parts.push(`COUNT=${count}`);
  else if (end !== undefined && end >= start && series.length < MAX_OCCURRENCES)
    parts.push(`UNTIL=${icsDate(end, time)}`);
  else parts.push(`COUNT=${series.length}`);
  const lines = [`RRULE:${parts.join(';')}`];
  const type = time === undefined ? ';VALUE=DATE' : '';
  const kept = new Set(occurrenceDays(post, periodEnd).map((o) => o.day));
  if (!synchronized && kept.has(start)) lines.push(`RDATE${type}:${icsDate(start, time)}`);
  const skipped = series.filter((d) => !kept.has(d)).map((d) => icsDate(d, time));
  if (skipped.length) lines.push(`EXDATE${type}:${skipped.join(',')}`);
  return lines.join('\n');
}
