// Posts on the same platform at the same date and time: the calendar/conflict rule and the calendar
// view both flag them. A recurring post clashes wherever one of its occurrences does; two occurrences
// of one series never clash with each other.
import type { StrategyModel } from '../engine/model';
import { calendarOccurrences } from './occurrences';
import { isTime } from './platforms';

export interface Clash {
  /** The other entry's index in `calendar`. */
  other: number;
  /** The day (UTC day number) of the clash. */
  day: number;
}

export interface Conflicts {
  /**
   * Per entry that clashes: every later entry maps to the first entry in the slot; the first maps to
   * the second. One clash per entry (its first, in file order, then by day).
   */
  byPost: Map<number, Clash>;
  /** The clashing occurrences, as `${index}:${day}`, for the calendar view. */
  occurrences: Set<string>;
}

export function postConflicts(model: StrategyModel): Conflicts {
  // Per platform, a slot number (day * 1440 + minute) to the first entry in it: no string per post.
  const firstInSlot = new Map<string, Map<number, number>>();
  const byPost = new Map<number, Clash>();
  const occurrences = new Set<string>();
  for (const { post, day } of calendarOccurrences(model)) {
    const { platform, time } = post.value;
    if (typeof platform !== 'string' || !isTime(time)) continue;
    const slot = day * 1440 + Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
    let slots = firstInSlot.get(platform);
    if (!slots) firstInSlot.set(platform, (slots = new Map<number, number>()));
    const first = slots.get(slot);
    if (first === undefined) {
      slots.set(slot, post.index);
      continue;
    }
    if (first === post.index) continue;
    if (!byPost.has(post.index)) byPost.set(post.index, { other: first, day });
    if (!byPost.has(first)) byPost.set(first, { other: post.index, day });
    occurrences.add(`${post.index}:${day}`);
    occurrences.add(`${first}:${day}`);
  }
  return { byPost, occurrences };
}
