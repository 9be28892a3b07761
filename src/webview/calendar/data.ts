// What the calendar renderers draw: the model's posts after filters, grouped for fast lookup.
import type {
  CadenceShortfall,
  CalendarPlatform,
  CalendarPost,
  CalendarViewModel,
  PostStatus,
} from '../../core/protocol';

/** Posts a month cell shows, "+N more" included: keeps cells, and render time, bounded. */
export const DAY_MAX_EVENTS = 3;

export type ViewName = 'month' | 'week' | 'list';

/** Where a working day starts when no shown platform names its best times. */
export const WORKDAY_START = '09:00';

export interface Filters {
  /** Hidden rather than shown, so a platform or status new to the file starts visible. */
  hiddenPlatforms: string[];
  hiddenStatuses: PostStatus[];
  campaign: string;
  goal: string;
  query: string;
}

export const NO_FILTERS: Filters = {
  hiddenPlatforms: [],
  hiddenStatuses: [],
  campaign: '',
  goal: '',
  query: '',
};

export interface CalendarData {
  posts: CalendarPost[];
  byDate: Map<string, CalendarPost[]>;
  platforms: Map<string, CalendarPlatform>;
  /** Goal titles by id. */
  goals: Map<string, string>;
  /** The earliest best time of the shown platforms, else WORKDAY_START: where the week view starts. */
  dayStart: string;
  /** The shown platforms that name best times, in the model's order: what the week view shades. */
  bestTimes: CalendarPlatform[];
  period?: { start: string; end: string };
  today: string;
  /** Shortfalls of visible platforms by the first day of their week (the file's week). */
  shortfalls: Map<string, CadenceShortfall[]>;
  editable: boolean;
}

/** Lower-cased, NFKC, Arabic yeh and kaf written the Persian way, no zero-width non-joiners. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .toLocaleLowerCase()
    .replace(/\u064a/g, '\u06cc')
    .replace(/\u0643/g, '\u06a9')
    .replace(/\u200c/g, '');
}

export function matches(post: CalendarPost, filters: Filters, query: string): boolean {
  return (
    !filters.hiddenPlatforms.includes(post.platform) &&
    !filters.hiddenStatuses.includes(post.status) &&
    (!filters.campaign || post.campaign === filters.campaign) &&
    (!filters.goal || post.goal === filters.goal) &&
    (!query || normalizeText(post.title).includes(query))
  );
}

const byTime = (a: CalendarPost, b: CalendarPost) =>
  (a.time ?? '').localeCompare(b.time ?? '') || a.platform.localeCompare(b.platform) || a.index - b.index;

export function calendarData(model: CalendarViewModel, filters: Filters, editable: boolean): CalendarData {
  const query = normalizeText(filters.query.trim());
  const posts = model.posts.filter((p) => matches(p, filters, query));
  const byDate = new Map<string, CalendarPost[]>();
  for (const post of posts) {
    const day = byDate.get(post.date);
    if (day) day.push(post);
    else byDate.set(post.date, [post]);
  }
  for (const day of byDate.values()) day.sort(byTime);
  const shortfalls = new Map<string, CadenceShortfall[]>();
  for (const s of model.shortfalls) {
    if (filters.hiddenPlatforms.includes(s.platform)) continue;
    shortfalls.set(s.weekStart, [...(shortfalls.get(s.weekStart) ?? []), s]);
  }
  const shown = model.platforms.filter((p) => !filters.hiddenPlatforms.includes(p.id) && p.bestTimes?.length);
  const bestTimes = shown.flatMap((p) => p.bestTimes!).sort();
  return {
    posts,
    byDate,
    platforms: new Map(model.platforms.map((p) => [p.id, p])),
    goals: new Map(model.goals.map((g) => [g.id, g.title])),
    dayStart: bestTimes[0] ?? WORKDAY_START,
    bestTimes: shown,
    period: model.period,
    today: model.today,
    shortfalls,
    editable,
  };
}

/** The post `index` on `date` (one occurrence, for a recurring post) among the shown posts. */
export function postAt(data: CalendarData, index: number, date: string): CalendarPost | undefined {
  return data.byDate.get(date)?.find((p) => p.index === index);
}

/**
 * The date a move of `post` names as the occurrence it moved: a later occurrence of a series; none
 * for a single post or a series' first date (moving that moves the whole series).
 */
export function movedOccurrence(post: CalendarPost): string | undefined {
  return post.occurrence && post.occurrence.nth > 0 ? post.date : undefined;
}

/**
 * Where the calendar opens: the month of the next post from today, else of the first post, else the
 * period's start; undefined when the file has neither posts nor a period (then today it is).
 */
export function openingDate(model: CalendarViewModel): string | undefined {
  const dates = model.posts.map((p) => p.date).sort();
  return dates.find((d) => d >= model.today) ?? dates[0] ?? model.period?.start;
}
