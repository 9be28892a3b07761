// The best-times heatmap as data: planned posts counted by weekday and hour for one platform (or all),
// with the hours of the platform's best times. Pure: posts in, grid out; heatmap-view.ts draws it.
import type { CalendarPlatform, CalendarPost } from '../../core/protocol';
import { sundayWeekday } from '../shared/dates';

/** The select's value for every platform at once. */
export const ALL_PLATFORMS = '*';

export interface HeatCell {
  /** 0 = Sunday ... 6 = Saturday. */
  weekday: number;
  hour: number;
  /** The posts planned in this weekday and hour, by date and time. */
  posts: CalendarPost[];
  /** The platforms (ids) with a best time in this hour; the same on every weekday. */
  best: string[];
}

export interface Heatmap {
  /** The rows' weekdays in display order: Monday first, or Saturday first in the Solar Hijri calendar. */
  weekdays: number[];
  /** cells[weekday][hour], weekday counted from Sunday. */
  cells: HeatCell[][];
  /** The largest count in a cell (0 when no post has a time). */
  max: number;
  /** The platform's posts that have no time, so have no cell. */
  untimed: CalendarPost[];
  /** Posts with a time, and how many of them are in an hour of their own platform's best times. */
  timed: number;
  atBest: number;
  /** Whether the platform (or any, for all) names best times. */
  hasBest: boolean;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The hour of an HH:MM time, or undefined when there is no (valid) time. */
export function hourOf(time: string | undefined): number | undefined {
  return time && TIME.test(time) ? Number(time.slice(0, 2)) : undefined;
}

/** Rows in display order: a Solar Hijri week starts on Saturday, the ISO week on Monday. */
export function weekdayOrder(persian: boolean): number[] {
  const first = persian ? 6 : 1;
  return Array.from({ length: 7 }, (_, i) => (first + i) % 7);
}

/** The platform with the most posts (the first listed on a tie), else the first platform, else all. */
export function defaultPlatform(posts: CalendarPost[], platforms: CalendarPlatform[]): string {
  const counts = new Map<string, number>();
  for (const p of posts) counts.set(p.platform, (counts.get(p.platform) ?? 0) + 1);
  let best: string | undefined;
  for (const p of platforms) {
    if ((counts.get(p.id) ?? 0) > (best === undefined ? 0 : (counts.get(best) ?? 0))) best = p.id;
  }
  return best ?? platforms[0]?.id ?? ALL_PLATFORMS;
}

/** The grid for `platform` (an id or ALL_PLATFORMS) from the posts the filters leave. */
export function heatmap(
  posts: CalendarPost[],
  platforms: CalendarPlatform[],
  platform: string,
  persian: boolean,
): Heatmap {
  const all = platform === ALL_PLATFORMS;
  const cells = Array.from({ length: 7 }, (_, weekday) =>
    Array.from({ length: 24 }, (_, hour): HeatCell => ({ weekday, hour, posts: [], best: [] })),
  );
  for (const p of platforms) {
    if (!all && p.id !== platform) continue;
    for (const time of p.bestTimes ?? []) {
      const hour = hourOf(time);
      if (hour === undefined) continue;
      for (const row of cells) {
        const cell = row[hour];
        if (!cell.best.includes(p.id)) cell.best.push(p.id);
      }
    }
  }
  const untimed: CalendarPost[] = [];
  const sorted = posts
    .filter((p) => all || p.platform === platform)
    .sort(
      (a, b) =>
        a.date.localeCompare(b.date) || (a.time ?? '').localeCompare(b.time ?? '') || a.index - b.index,
    );
  for (const post of sorted) {
    const hour = hourOf(post.time);
    if (hour === undefined) untimed.push(post);
    else cells[sundayWeekday(post.date)][hour].posts.push(post);
  }
  const flat = cells.flat();
  const max = Math.max(0, ...flat.map((c) => c.posts.length));
  const timed = flat.reduce((n, c) => n + c.posts.length, 0);
  const atBest = flat.reduce((n, c) => n + c.posts.filter((p) => c.best.includes(p.platform)).length, 0);
  const hasBest = flat.some((c) => c.best.length > 0);
  return { weekdays: weekdayOrder(persian), cells, max, untimed, timed, atBest, hasBest };
}

/** How dark a cell is: 0 for none, else 1 to 4 in equal steps of the busiest cell's count. */
export function level(count: number, max: number): number {
  return count <= 0 || max <= 0 ? 0 : Math.min(4, Math.ceil((count / max) * 4));
}
