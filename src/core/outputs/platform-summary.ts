// Per platform: the plan, this week's posts (the file's weeks) and the weeks that fell short. Built on the cadence
// rule's own helpers, so the Platforms view and the calendar/cadence warning count the same weeks.
import type { StrategyModel } from '../engine/model';
import { cadenceShortfalls } from '../domain/cadence';
import { dayNumber, weekStart } from '../domain/dates';
import { fileCalendarSystem } from '../domain/locale';
import { calendarOccurrences } from '../domain/occurrences';

export interface PlatformSummary {
  /** The platform's index in `platforms`. */
  index: number;
  id: string | undefined;
  /** `cadence.postsPerWeek`, when planned. */
  planned: number | undefined;
  /** Posts (any status) for the platform in the calendar: each occurrence of a series, and undated posts. */
  posts: number;
  /** Posts dated in the week (the file's: Monday to Sunday, or Saturday to Friday) that contains `today`. */
  thisWeek: number;
  /** Checked weeks with fewer posts than planned (the weeks calendar/cadence reports). */
  shortWeeks: number;
}

/** One summary per platform entry, in file order; `today` is `YYYY-MM-DD` (the caller's clock). */
export function platformSummaries(model: StrategyModel, today: string): PlatformSummary[] {
  const day = dayNumber(today);
  const first = day === undefined ? undefined : weekStart(day, fileCalendarSystem(model));
  const short = new Map<string, number>();
  for (const s of cadenceShortfalls(model)) short.set(s.platform, (short.get(s.platform) ?? 0) + 1);
  const posts = new Map<string, number>();
  const thisWeek = new Map<string, number>();
  // Every occurrence of a series counts, as it does for the cadence rule; a post without a valid
  // date has no day but is still one of the platform's posts.
  for (const { value } of model.calendar) {
    if (typeof value.platform === 'string' && dayNumber(value.date) === undefined)
      posts.set(value.platform, (posts.get(value.platform) ?? 0) + 1);
  }
  for (const { post, day } of calendarOccurrences(model)) {
    const { platform } = post.value;
    if (typeof platform !== 'string') continue;
    posts.set(platform, (posts.get(platform) ?? 0) + 1);
    if (first !== undefined && day >= first && day < first + 7) {
      thisWeek.set(platform, (thisWeek.get(platform) ?? 0) + 1);
    }
  }
  return model.platforms.map((p) => {
    const { id, postsPerWeek } = p.value;
    const planned =
      typeof postsPerWeek === 'number' && Number.isFinite(postsPerWeek) ? postsPerWeek : undefined;
    return {
      index: p.index,
      id,
      planned,
      posts: id === undefined ? 0 : (posts.get(id) ?? 0),
      thisWeek: id === undefined ? 0 : (thisWeek.get(id) ?? 0),
      shortWeeks: id === undefined || planned === undefined ? 0 : (short.get(id) ?? 0),
    };
  });
}
