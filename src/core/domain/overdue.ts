// Overdue posts (contract "Additions", calendar/overdue): a post dated before today that is neither
// published nor rejected. A recurring post is a plan, not one post that can be late, so series are
// left out. The rule and the month report list the same posts.
import type { Entity, Post, StrategyModel } from '../engine/model';
import { dayNumber } from './dates';
import { isRecurring } from './occurrences';

/** The statuses with which a past post is settled. */
const DONE: ReadonlySet<string> = new Set(['published', 'rejected']);

export interface OverduePost {
  post: Entity<Post>;
  /** The post's date as a day number (domain/dates.ts). */
  day: number;
}

/** Whether a post dated `day` is overdue on `today` (both day numbers). */
export function isOverdue(post: Post, day: number | undefined, today: number): boolean {
  if (day === undefined || day >= today || isRecurring(post)) return false;
  return post.status === undefined || !DONE.has(post.status);
}

/** Every overdue post in file order; none without a valid `today` (YYYY-MM-DD). */
export function overduePosts(model: StrategyModel, today: string | undefined): OverduePost[] {
  const now = dayNumber(today);
  if (now === undefined) return [];
  const out: OverduePost[] = [];
  for (const post of model.calendar) {
    const day = dayNumber(post.value.date);
    if (isOverdue(post.value, day, now)) out.push({ post, day: day! });
  }
  return out;
}
