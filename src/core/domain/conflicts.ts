// Posts on the same platform at the same date and time: the calendar/conflict rule and the calendar
// view both flag them.
import type { StrategyModel } from '../engine/model';
import { dayNumber } from './dates';
import { isTime } from './platforms';

/**
 * Posts that share platform, date and time with another post. Every later post maps to the first post
 * in that slot; the first maps to the second. Posts without a valid date or time never conflict.
 */
export function postConflicts(model: StrategyModel): Map<number, number> {
  // Per platform, a slot number (day * 1440 + minute) to the first post in it: no string per post.
  const firstInSlot = new Map<string, Map<number, number>>();
  const conflicts = new Map<number, number>();
  for (const post of model.calendar) {
    const { platform, date, time } = post.value;
    if (typeof platform !== 'string' || !isTime(time)) continue;
    const day = dayNumber(date);
    if (day === undefined) continue;
    const slot = day * 1440 + Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
    let slots = firstInSlot.get(platform);
    if (!slots) firstInSlot.set(platform, (slots = new Map<number, number>()));
    const first = slots.get(slot);
    if (first === undefined) {
      slots.set(slot, post.index);
      continue;
    }
    conflicts.set(post.index, first);
    if (!conflicts.has(first)) conflicts.set(first, post.index);
  }
  return conflicts;
}
